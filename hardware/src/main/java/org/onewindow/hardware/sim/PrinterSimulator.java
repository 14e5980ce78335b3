package org.onewindow.hardware.sim;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.onewindow.hardware.escpos.EscPosDecoder;
import org.onewindow.hardware.escpos.PrinterFault;
import org.onewindow.hardware.escpos.PrinterStatus;
import org.onewindow.hardware.escpos.Printout;

/**
 * A network ESC/POS printer on raw TCP, for tests, demos and technicians: it answers {@code DLE EOT}
 * as a printer does, prints (saves) each job up to its cut, and can run out of paper, now or part-way
 * through the next job. A job printed while out of paper is saved as far as it got, marked partial.
 */
public final class PrinterSimulator implements AutoCloseable {
    /** A job as it came out of the printer. */
    public record Job(int number, Path file, byte[] bytes, boolean complete) {
        public Printout printout() {
            return EscPosDecoder.decode(bytes);
        }
    }

    private final ServerSocket server;
    private final Path dir;
    private final List<Job> jobs = new CopyOnWriteArrayList<>();
    private final List<Socket> open = new CopyOnWriteArrayList<>();
    private final Consumer<String> log;
    private final EnumSet<PrinterFault> faults = EnumSet.noneOf(PrinterFault.class);
    private long paperLeft = Long.MAX_VALUE;

    private PrinterSimulator(ServerSocket server, Path dir, Consumer<String> log) {
        this.server = server;
        this.dir = dir;
        this.log = log;
    }

    /** Listens on the address and port (0: any free port), saving jobs into dir. */
    public static PrinterSimulator start(InetAddress address, int port, Path dir, Consumer<String> log) {
        try {
            Files.createDirectories(dir);
            ServerSocket server = new ServerSocket();
            server.setReuseAddress(true);
            server.bind(new InetSocketAddress(address, port));
            PrinterSimulator sim = new PrinterSimulator(server, dir, log);
            Thread acceptor = new Thread(sim::accept, "printer-sim-" + server.getLocalPort());
            acceptor.setDaemon(true);
            acceptor.start();
            log.accept("printer simulator listening on " + address.getHostAddress() + ":" + server.getLocalPort()
                    + ", jobs in " + dir);
            return sim;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot listen on port " + port, e);
        }
    }

    public static PrinterSimulator onLoopback(Path dir) {
        return start(InetAddress.getLoopbackAddress(), 0, dir, line -> { });
    }

    public int port() {
        return server.getLocalPort();
    }

    public String uri() {
        return "tcp://127.0.0.1:" + port();
    }

    public List<Job> jobs() {
        return List.copyOf(jobs);
    }

    public synchronized PrinterStatus status() {
        return new PrinterStatus(faults);
    }

    public synchronized void paperOut() {
        set(PrinterFault.PAPER_OUT, true);
    }

    /** A new roll: prints again, and the near-end sensor clears. */
    public synchronized void paperIn() {
        paperLeft = Long.MAX_VALUE;
        set(PrinterFault.PAPER_OUT, false);
        set(PrinterFault.PAPER_LOW, false);
    }

    public synchronized void paperLow(boolean low) {
        set(PrinterFault.PAPER_LOW, low);
    }

    public synchronized void coverOpen(boolean open) {
        set(PrinterFault.COVER_OPEN, open);
    }

    /** The roll ends after this many more bytes of print: part-way through the next job. */
    public synchronized void paperRunsOutAfter(long bytes) {
        paperLeft = bytes;
        set(PrinterFault.PAPER_LOW, true);
    }

    private void set(PrinterFault fault, boolean on) {
        if (on ? faults.add(fault) : faults.remove(fault)) {
            log.accept("printer " + (on ? "fault " : "cleared ") + fault.wire());
        }
    }

    /** A control line, as typed on the simulator's standard input. */
    public String control(String line) {
        String[] words = line.trim().toLowerCase(java.util.Locale.ROOT).split("\\s+");
        switch (String.join(" ", words.length > 3 ? java.util.Arrays.copyOf(words, 3) : words)) {
            case "paper out" -> paperOut();
            case "paper in" -> paperIn();
            case "paper low" -> paperLow(true);
            case "cover open" -> coverOpen(true);
            case "cover closed", "cover close" -> coverOpen(false);
            case "run out after" -> paperRunsOutAfter(Long.parseLong(words[3]));
            case "status" -> { }
            default -> {
                return "commands: paper out | paper in | paper low | cover open | cover closed | run out after N | status";
            }
        }
        return "status: " + (status().faults().isEmpty() ? "ready" : status().faults().stream().map(PrinterFault::wire).toList());
    }

    private void accept() {
        while (!server.isClosed()) {
            try {
                Socket socket = server.accept();
                open.add(socket);
                Thread reader = new Thread(() -> serve(socket), "printer-sim-conn");
                reader.setDaemon(true);
                reader.start();
            } catch (IOException e) {
                return;
            }
        }
    }

    private void serve(Socket socket) {
        try (socket; InputStream in = socket.getInputStream(); OutputStream out = socket.getOutputStream()) {
            byte[] buf = new byte[1 << 16];
            int end = 0;
            ByteArrayOutputStream job = new ByteArrayOutputStream();
            boolean cutShort = false;
            int read;
            while ((read = in.read(buf, end, buf.length - end)) >= 0) {
                end += read;
                int at = 0;
                while (at < end) {
                    CommandScanner.Step step = CommandScanner.at(buf, at, end);
                    if (step.kind() == CommandScanner.Kind.INCOMPLETE) {
                        break;
                    }
                    if (step.kind() == CommandScanner.Kind.STATUS_REQUEST) {
                        out.write(answer(step.argument()));
                        out.flush();
                    } else if (print(buf, at, step.length())) {
                        job.write(buf, at, step.length());
                    } else {
                        cutShort = true;
                    }
                    if (step.kind() == CommandScanner.Kind.CUT) {
                        finish(job.toByteArray(), !cutShort);
                        job.reset();
                        cutShort = false;
                    }
                    at += step.length();
                }
                System.arraycopy(buf, at, buf, 0, end - at);
                end -= at;
                if (end == buf.length) {
                    buf = java.util.Arrays.copyOf(buf, buf.length * 2);
                }
            }
            if (job.size() > 0) {
                finish(job.toByteArray(), false);
            }
        } catch (IOException e) {
            // The other side went away: a real printer just waits for the next connection.
        } finally {
            open.remove(socket);
        }
    }

    private synchronized int answer(int n) {
        return n >= 1 && n <= 4 ? new PrinterStatus(faults).answer(n) : 0x12;
    }

    /** Whether these bytes reach the paper; they use it up, and the roll may end among them. */
    private synchronized boolean print(byte[] buf, int at, int length) {
        if (!new PrinterStatus(faults).canPrint()) {
            return false;
        }
        if (paperLeft != Long.MAX_VALUE) {
            paperLeft -= length;
            if (paperLeft < 0) {
                set(PrinterFault.PAPER_OUT, true);
                return false;
            }
        }
        return true;
    }

    private void finish(byte[] bytes, boolean complete) throws IOException {
        int number = jobs.size() + 1;
        Path file = dir.resolve(String.format("job-%04d%s.bin", number, complete ? "" : ".partial"));
        Files.write(file, bytes);
        String summary = summary(bytes);
        Files.writeString(dir.resolve(String.format("job-%04d%s.txt", number, complete ? "" : ".partial")), summary);
        jobs.add(new Job(number, file, bytes, complete));
        log.accept("job " + number + (complete ? "" : " (PARTIAL: paper ran out)") + ": " + bytes.length + " bytes → " + file.getFileName()
                + firstLines(summary));
    }

    private static String summary(byte[] bytes) {
        try {
            Printout printout = EscPosDecoder.decode(bytes);
            List<String> lines = new ArrayList<>(printout.lines());
            printout.qrCodes().forEach(qr -> lines.add("[QR] " + qr));
            lines.add("[cuts] " + printout.cuts());
            return String.join("\n", lines) + "\n";
        } catch (IllegalArgumentException e) {
            return "[not readable: " + e.getMessage() + "]\n";
        }
    }

    private static String firstLines(String summary) {
        return " (" + String.join(" | ", summary.lines().limit(2).toList()) + ")";
    }

    public Set<Socket> connections() {
        return Set.copyOf(open);
    }

    @Override
    public void close() {
        try {
            server.close();
            for (Socket socket : open) {
                socket.close();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
