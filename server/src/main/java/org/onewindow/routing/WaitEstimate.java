package org.onewindow.routing;

/** How many tickets will be called before one, and roughly how long it waits. */
public record WaitEstimate(int ahead, double minutes) {
    public int roundedMinutes() {
        return (int) Math.ceil(minutes);
    }
}
