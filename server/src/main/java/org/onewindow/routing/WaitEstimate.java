package org.onewindow.routing;

/**
 * How many tickets will be called before one, and roughly how long it waits: {@code minutes} where half
 * the waits end earlier, and a range {@code [low, high]} that about six waits in ten fall in.
 */
public record WaitEstimate(int ahead, double minutes, double low, double high) {
    public WaitEstimate(int ahead, double minutes) {
        this(ahead, minutes, minutes, minutes);
    }

    public int roundedMinutes() {
        return (int) Math.ceil(minutes);
    }

    /** The range in whole minutes for people: [floor(low), ceil(high)], never below 0. */
    public int[] roundedRange() {
        int from = (int) Math.max(0, Math.floor(low));
        return new int[] {from, Math.max(from, (int) Math.ceil(high))};
    }
}
