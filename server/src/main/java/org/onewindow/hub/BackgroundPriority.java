package org.onewindow.hub;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

/**
 * Gives a thread (the forecast's worker) the lowest scheduling priority (Linux nice 19), so that on a Pi's few cores the
 * forecast's plays and the advisor's what-ifs run on what the desk, the event loops and the printers leave:
 * a play holds a core for tens of milliseconds, and beside the desk on two cores it put that into the tail of
 * every ticket and every call. Java's own thread priorities do nothing on Linux without root; {@code renice}
 * (util-linux, in every Debian and Raspberry Pi OS) on the thread's id does it for any user. Where that is not
 * possible (not Linux, no renice) the thread keeps its priority and the hub says so once in its log.
 */
final class BackgroundPriority {
    static final int NICE = 19;
    /** What the log says once the worker is lowered, before its thread id. */
    static final String LOWERED = "forecast worker at nice " + NICE + ", thread ";
    private static final Logger LOG = Logger.getLogger(BackgroundPriority.class.getName());

    private BackgroundPriority() {
    }

    /** The calling thread's id as Linux knows it (for {@link #lower}); null where there is no /proc/thread-self. */
    static String currentThreadId() {
        try {
            Path self = Path.of("/proc/thread-self");
            return Files.isSymbolicLink(self) ? Files.readSymbolicLink(self).getFileName().toString() : null;
        } catch (IOException e) {
            return null;
        }
    }

    /**
     * Lowers the thread of that id; false (and logged) where it could not. Call it from another thread than the
     * one lowered: Linux gives a new thread its creator's priority, and starting {@code renice} may start the JDK's
     * process reaper, which the voice's espeak runs also need at full priority.
     */
    static boolean lower(String threadId) {
        if (threadId == null) {
            return notLowered("no /proc/thread-self");
        }
        try {
            Process renice = new ProcessBuilder("renice", "-n", String.valueOf(NICE), "-p", threadId)
                    .redirectErrorStream(true).start();
            String said = new String(renice.getInputStream().readAllBytes()).trim();
            if (!renice.waitFor(5, TimeUnit.SECONDS) || renice.exitValue() != 0) {
                return notLowered("renice said: " + said);
            }
            LOG.info(LOWERED + threadId);
            return true;
        } catch (IOException e) {
            return notLowered(e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return notLowered("interrupted");
        }
    }

    private static boolean notLowered(String why) {
        LOG.warning("forecast thread keeps its priority (" + why + "): forecasts compete with tickets for the CPU");
        return false;
    }
}
