package org.onewindow.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onewindow.tickets.Channel;
import org.onewindow.tickets.Hall;
import org.onewindow.tickets.Priority;
import org.onewindow.tickets.Ticket;

/** A hub that dies without closing its store still has every ticket it acknowledged. */
class HallStoreCrashTest {
    @TempDir
    Path dataDir;

    @Test
    void haltedHubKeepsEveryCommittedTicket() throws Exception {
        Process child = start(25);
        List<String> printed = readLines(child, Integer.MAX_VALUE);
        assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(child.exitValue()).isZero();
        assertThat(printed).hasSize(25);

        assertEveryPrintedTicketIsStored(printed);
    }

    @Test
    void killedHubKeepsEveryCommittedTicket() throws Exception {
        Process child = start(-1);
        List<String> printed = readLines(child, 30);
        child.destroyForcibly(); // SIGKILL: quite possibly in the middle of the next transaction
        assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();

        assertEveryPrintedTicketIsStored(printed);
    }

    private void assertEveryPrintedTicketIsStored(List<String> printed) {
        try (HallStore store = HallStore.open(dataDir, TestHall.ZONE)) {
            List<Ticket> stored = store.ticketsOf(TestHall.DAY);
            assertThat(stored).extracting(t -> t.id() + " " + t.number()).containsAll(printed);
            assertThat(store.eventCount()).isEqualTo(stored.size()); // no half-written event
            Hall hall = TestHall.hall(java.time.Clock.fixed(TestHall.MORNING, TestHall.ZONE));
            StoredDay day = store.restore(TestHall.DAY);
            hall.restore(day.tickets(), day.counters(), day.lastDay());
            assertThat(hall.issue(TestHall.COMMERCE, Priority.NORMAL, Channel.KIOSK, "zh").ticket().number())
                    .isEqualTo(String.format("A%03d", stored.size() + 1));
        }
    }

    private Process start(int count) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                AppendAndHalt.class.getName(), dataDir.toString(), Integer.toString(count))
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
    }

    private static List<String> readLines(Process child, int limit) throws IOException {
        List<String> lines = new ArrayList<>();
        BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
        String line;
        while (lines.size() < limit && (line = out.readLine()) != null) {
            lines.add(line);
        }
        return lines;
    }
}
