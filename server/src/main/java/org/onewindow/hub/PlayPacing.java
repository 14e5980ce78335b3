package org.onewindow.hub;

/**
 * When the desk may start the next forecast play: one at a time, and after a play that took {@code d}, none for
 * {@link #PAUSE_FACTOR} × {@code d}, so under a burst of changes forecasts take at most a twentieth of a core
 * whatever the queue. A change refused meanwhile is remembered ({@link #wanted}) and played once the pause is
 * over, from the hall as it is then: the newest version wins. Times are {@link System#nanoTime} readings.
 * Thread-safe.
 */
final class PlayPacing {
    /** Pause after a play, in multiples of its time: forecasts take at most 1 / (1 + 19) of a core. */
    static final int PAUSE_FACTOR = 19;
    private boolean playing;
    private boolean wanted;
    private boolean started;
    private long resumeAt;

    /** Starts a play if none is in flight and the pause is over; otherwise remembers that one is wanted. */
    synchronized boolean tryStart(long now) {
        if (playing || (started && now - resumeAt < 0)) {
            wanted = true;
            return false;
        }
        playing = true;
        started = true;
        wanted = false;
        return true;
    }

    /** The play in flight ended (done or failed) at {@code now} after {@code took} nanoseconds. */
    synchronized void finished(long now, long took) {
        playing = false;
        resumeAt = now + PAUSE_FACTOR * Math.max(0, took);
    }

    /** Whether a change came since the last play started, so another is due. */
    synchronized boolean wanted() {
        return wanted;
    }

    /** Nanoseconds until a play may start; negative while one is in flight (its end decides). */
    synchronized long waitNanos(long now) {
        if (playing) {
            return -1;
        }
        return started ? Math.max(0, resumeAt - now) : 0;
    }
}
