package org.onewindow.hardware.agent;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.onewindow.hardware.gpio.Pins;

/** {@code --hub URL --config FILE [--gpio mock]}: runs the agent until stopped. */
public final class AgentCommand {
    private AgentCommand() {
    }

    static int run(String[] args) throws Exception {
        return run(args, System.in, System.out);
    }

    public static int run(String[] args, InputStream in, PrintStream out) throws Exception {
        String hub = null;
        Path config = null;
        boolean mock = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--hub" -> hub = i + 1 < args.length ? args[++i] : null;
                case "--config" -> config = i + 1 < args.length ? Path.of(args[++i]) : null;
                case "--gpio" -> mock = i + 1 < args.length && args[++i].equals("mock");
                default -> {
                    out.println("unknown option " + args[i]);
                    return usage(out);
                }
            }
        }
        if (hub == null || config == null) {
            return usage(out);
        }
        AgentConfig settings;
        try {
            settings = AgentConfig.load(config);
        } catch (AgentConfig.Invalid e) {
            out.println("config: " + e.getMessage());
            return 2;
        }
        java.util.function.Consumer<String> log = line -> {
            synchronized (out) {
                out.println(line);
                out.flush();
            }
        };
        boolean mocked = mock;
        try (Pins pins = mock ? Pins.mock(log) : Pins.board(log);
             Agent agent = new Agent(settings, URI.create(hub), pins, log)) {
            agent.start();
            if (!mocked) {
                Thread.currentThread().join();
            }
            // --gpio mock: "press 17" presses and releases pin 17; the agent runs until standard input ends.
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = lines.readLine()) != null) {
                String[] words = line.trim().split("\\s+");
                if (words.length == 2 && words[0].equals("press") && words[1].matches("\\d+")) {
                    if (!pins.press(Integer.parseInt(words[1]))) {
                        log.accept("pin " + words[1] + " is not an input of this config");
                    }
                } else if (!line.isBlank()) {
                    log.accept("type: press PIN");
                }
            }
        }
        return 0;
    }

    private static int usage(PrintStream out) {
        out.println("usage: java -jar onewindow-agent.jar --hub URL --config FILE [--gpio mock]");
        out.println("       java -jar onewindow-agent.jar printer-sim [--port 9100] [--dir DIR]");
        return 2;
    }
}
