package org.onewindow.hardware.sim;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * {@code printer-sim --port 9100 --dir DIR [--host ADDR]}: runs the simulator until standard input ends,
 * reading control lines ({@code paper out}, {@code paper in}, …) from it.
 */
public final class PrinterSimCommand {
    private PrinterSimCommand() {
    }

    public static int run(String[] args) throws Exception {
        int port = 9100;
        Path dir = Path.of("printer-jobs");
        String host = "0.0.0.0";
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--port" -> port = Integer.parseInt(value(args, ++i));
                case "--dir" -> dir = Path.of(value(args, ++i));
                case "--host" -> host = value(args, ++i);
                default -> {
                    System.err.println("unknown option " + args[i] + "; usage: printer-sim [--port 9100] [--dir DIR] [--host ADDR]");
                    return 2;
                }
            }
        }
        try (PrinterSimulator sim = PrinterSimulator.start(InetAddress.getByName(host), port, dir, System.out::println)) {
            System.out.println("type: paper out | paper in | paper low | cover open | cover closed | run out after N | status");
            BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
            String line;
            while ((line = in.readLine()) != null) {
                if (!line.isBlank()) {
                    System.out.println(sim.control(line));
                }
            }
            // Standard input closed (a service with no terminal): keep printing until stopped.
            Thread.currentThread().join();
        }
        return 0;
    }

    private static String value(String[] args, int i) {
        if (i >= args.length) {
            throw new IllegalArgumentException(args[i - 1] + " needs a value");
        }
        return args[i];
    }
}
