package org.onewindow.hardware.agent;

import java.io.DataInputStream;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.onewindow.hardware.escpos.PrinterStatus;

/**
 * The transport to the agent's own printer: a USB printer device file (usb:/dev/usb/lp0), any file
 * (file:/PATH, each job appended) or a network printer (tcp://HOST:9100, whose DLE EOT answer is read).
 */
final class LocalPrinter {
    private final String uri;

    LocalPrinter(String uri) {
        this.uri = uri;
    }

    /** Sends the job; the printer's state after it (READY where a file cannot tell). */
    PrinterStatus print(byte[] job) throws IOException {
        if (uri.startsWith("tcp://")) {
            URI parsed = URI.create(uri);
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress(parsed.getHost(), parsed.getPort() < 0 ? 9100 : parsed.getPort()), 3000);
                socket.setSoTimeout(5000);
                socket.getOutputStream().write(PrinterStatus.query());
                byte[] answer = new byte[3];
                DataInputStream in = new DataInputStream(socket.getInputStream());
                in.readFully(answer);
                PrinterStatus before = PrinterStatus.parse(answer);
                if (!before.canPrint()) {
                    return before;
                }
                socket.getOutputStream().write(job);
                socket.getOutputStream().write(PrinterStatus.query());
                in.readFully(answer);
                return PrinterStatus.parse(answer);
            }
        }
        Path path = Path.of(uri.substring(uri.indexOf(':') + 1));
        Files.write(path, job, StandardOpenOption.CREATE, StandardOpenOption.APPEND, StandardOpenOption.WRITE);
        return PrinterStatus.READY;
    }
}
