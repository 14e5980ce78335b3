package org.onewindow.hub;

import java.nio.file.Path;

/**
 * How the hub is started.
 *
 * @param hallFile the hall file, or null for the built-in demo hall
 * @param port      HTTP port; 0 picks a free one (tests)
 * @param publicUrl the address phones reach the hub at (for ticket QR codes), e.g.
 *                  http://192.168.1.20:8080; null: the address each request came in on
 */
public record HubSettings(Path hallFile, Path dataDir, String host, int port, String publicUrl) {
    public static final int DEFAULT_PORT = 8080;
    public static final String DEFAULT_HOST = "0.0.0.0";
    public static final Path DEFAULT_DATA = Path.of("data");

    public HubSettings(Path hallFile, Path dataDir, String host, int port) {
        this(hallFile, dataDir, host, port, null);
    }
}
