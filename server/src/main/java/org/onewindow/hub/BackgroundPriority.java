package org.onewindow.hub;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

/**
 * Gives the calling thread the lowest scheduling priority (Linux nice 19), so that on a Pi's few cores the
 * forecast's plays and the advisor's what-ifs run on what the desk, the event loops and the printers leave:
 * a play holds a core for tens of milliseconds, and beside the desk on two cores it put that into the tail of
 * every ticket and every call. Java's own thread priorities do nothing on Linux without root; {@code renice}
 * (util-linux, in every Debian and Raspberry Pi OS) on the thread's id does it for any user. Where that is not
 * possible (not Linux, no renice) the thread keeps its priority and the hub says so once in its log.
 */
final class BackgroundPriority {
    static final int NICE = 19;
    private static final Logger LOG = Logger.getLogger(BackgroundPriority.class.getName());

    private BackgroundPriority() {
    }

    /** Lowers the calling thread; false (and logged) where it could not. */
    static boolean lowerCurrentThread() {
        Path self = Path.of("/proc/thread-self");
        try {
            if (!Files.isSymbolicLink(self)) {
                return notLowered("no /proc/thread-self");
            }
            String thread = Files.readSymbolicLink(self).getFileName().toString();
            Process renice = new ProcessBuilder("renice", "-n", String.valueOf(NICE), "-p", thread)
                    .redirectErrorStream(true).start();
            String said = new String(renice.getInputStream().readAllBytes()).trim();
            if (!renice.waitFor(5, TimeUnit.SECONDS) || renice.exitValue() != 0) {
                return notLowered("renice said: " + said);
            }
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
