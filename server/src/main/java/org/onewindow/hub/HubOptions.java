package org.onewindow.hub;

import java.nio.file.Path;

/** Parses the hub's command line: --hall FILE, --data DIR, --port N, --host ADDR, --public-url URL. */
final class HubOptions {
    private HubOptions() {
    }

    static HubSettings parse(String[] args) {
        Path hall = null;
        Path data = HubSettings.DEFAULT_DATA;
        String host = HubSettings.DEFAULT_HOST;
        int port = HubSettings.DEFAULT_PORT;
        String publicUrl = null;
        for (int i = 0; i < args.length; i++) {
            String option = args[i];
            if (i + 1 >= args.length) {
                throw new UsageException(option + " needs a value");
            }
            String value = args[++i];
            switch (option) {
                case "--hall" -> hall = Path.of(value);
                case "--data" -> data = Path.of(value);
                case "--host" -> host = value;
                case "--port" -> port = port(value);
                case "--public-url" -> publicUrl = publicUrl(value);
                default -> throw new UsageException("unknown option " + option);
            }
        }
        return new HubSettings(hall, data, host, port, publicUrl);
    }

    private static String publicUrl(String value) {
        if (!value.matches("https?://[^/\\s]+")) {
            throw new UsageException("--public-url must look like http://192.168.1.20:8080 (no path), not '" + value + "'");
        }
        return value;
    }

    private static int port(String value) {
        try {
            int port = Integer.parseInt(value);
            if (port >= 0 && port <= 65535) {
                return port;
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        throw new UsageException("--port must be a number from 0 to 65535, not '" + value + "'");
    }

    /** A command line the hub cannot run with; the message is shown as is. */
    static final class UsageException extends RuntimeException {
        UsageException(String message) {
            super(message, null, false, false);
        }
    }
}
