package org.onewindow.hub;

import java.nio.file.Path;

/**
 * How the hub is started.
 *
 * @param hallFile the hall file, or null for the built-in demo hall
 * @param port     HTTP port; 0 picks a free one (tests)
 */
public record HubSettings(Path hallFile, Path dataDir, String host, int port) {
    public static final int DEFAULT_PORT = 8080;
    public static final String DEFAULT_HOST = "0.0.0.0";
    public static final Path DEFAULT_DATA = Path.of("data");
}
