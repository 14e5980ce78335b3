package org.onewindow.hall;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The built-in demo hall (classpath {@code demo-hall.yaml}) the hub runs when started without --hall. */
public final class DemoHall {
    public static final String RESOURCE = "demo-hall.yaml";

    private DemoHall() {
    }

    /** Read through {@link HallFile} like any hall file, so the demo is held to the same rules. */
    public static HallConfig config() {
        return Holder.CONFIG;
    }

    /** The demo hall file's text, for a technician to copy as the start of a real one. */
    public static String yaml() {
        try (InputStream in = DemoHall.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final class Holder {
        static final HallConfig CONFIG = HallFile.parse(yaml(), "classpath:" + RESOURCE);
    }
}
