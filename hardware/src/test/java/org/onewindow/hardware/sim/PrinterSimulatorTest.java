package org.onewindow.hardware.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.DataInputStream;
import java.io.IOException;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onewindow.hardware.escpos.PaperWidth;
import org.onewindow.hardware.escpos.PrinterFault;
import org.onewindow.hardware.escpos.PrinterStatus;
import org.onewindow.hardware.escpos.QrMode;
import org.onewindow.hardware.escpos.TicketLayout;
import org.onewindow.hardware.escpos.TicketPrint;

/** The simulator over real TCP on loopback, as the hub and the agent will talk to it. */
class PrinterSimulatorTest {
    @TempDir
    Path dir;
    PrinterSimulator sim;

    @BeforeEach
    void start() {
        sim = PrinterSimulator.onLoopback(dir);
    }

    @AfterEach
    void stop() {
        sim.close();
    }

    static byte[] ticket(String number) {
        return new TicketLayout(PaperWidth.MM80, QrMode.RASTER).render(new TicketPrint("测试大厅", number, "企业开办", null, 0, 5,
                null, null, "2026-11-26 10:00", List.of("身份证"), "http://hub/t/x?key=k"));
    }

    /** Sends the bytes followed by a status request, and reads the answer: the job has been taken in by then. */
    private PrinterStatus send(byte[] job) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", sim.port())) {
            socket.getOutputStream().write(job);
            socket.getOutputStream().write(PrinterStatus.query());
            byte[] answer = new byte[3];
            new DataInputStream(socket.getInputStream()).readFully(answer);
            return PrinterStatus.parse(answer);
        }
    }

    private void awaitJobs(int count) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(5));
        while (sim.jobs().size() < count) {
            assertThat(Instant.now()).as("jobs saved").isBefore(deadline);
            Thread.onSpinWait();
        }
    }

    @Test
    void aJobIsSavedUpToItsCutAndReadsBack() throws IOException {
        assertThat(send(ticket("A001"))).isEqualTo(PrinterStatus.READY);
        awaitJobs(1);
        PrinterSimulator.Job job = sim.jobs().get(0);
        assertThat(job.complete()).isTrue();
        assertThat(job.printout().biggestLine()).isEqualTo("A001");
        assertThat(job.printout().qrCodes()).containsExactly("http://hub/t/x?key=k");
        assertThat(Files.readString(dir.resolve("job-0001.txt"))).contains("A001", "[QR] http://hub/t/x?key=k");
    }

    @Test
    void statusRequestsAnswerThePaperState() throws IOException {
        sim.paperOut();
        assertThat(send(new byte[0]).faults()).containsExactly(PrinterFault.PAPER_OUT);
        sim.paperIn();
        sim.coverOpen(true);
        assertThat(send(new byte[0]).faults()).containsExactly(PrinterFault.COVER_OPEN);
        assertThat(sim.jobs()).isEmpty();
    }

    @Test
    void paperRunningOutDuringAJobLeavesAPartialTicketAndSaysSo() throws IOException {
        sim.paperRunsOutAfter(200);
        PrinterStatus after = send(ticket("A002"));
        assertThat(after.faults()).contains(PrinterFault.PAPER_OUT);
        awaitJobs(1);
        assertThat(sim.jobs().get(0).complete()).isFalse();
        assertThat(sim.jobs().get(0).file().getFileName().toString()).isEqualTo("job-0001.partial.bin");

        sim.control("paper in");
        assertThat(send(ticket("A003"))).isEqualTo(PrinterStatus.READY);
        awaitJobs(2);
        assertThat(sim.jobs().get(1).printout().biggestLine()).isEqualTo("A003");
    }

    @Test
    void controlLinesSwitchThePaper() {
        assertThat(sim.control("paper out")).contains("paper-out");
        assertThat(sim.control("paper in")).isEqualTo("status: ready");
        assertThat(sim.control("help")).startsWith("commands:");
    }
}
