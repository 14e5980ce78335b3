package org.onewindow.voice;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;

/**
 * The hall's voice: names each announcement by a hash of its words, renders it once with the
 * synthesizer and keeps the WAV in a cache directory, so a recall or the same number tomorrow costs
 * nothing. Rendering blocks: the hub calls {@link #file} on a worker, never on an event loop.
 */
public final class Announcer {
    private static final Logger LOG = Logger.getLogger(Announcer.class.getName());
    public static final String PATH = "/api/v1/voice/";
    private final Synthesizer synthesizer;
    private final Path cacheDir;
    private final Map<String, Announcement> known = new ConcurrentHashMap<>();

    public Announcer(Synthesizer synthesizer, Path cacheDir) {
        this.synthesizer = synthesizer;
        this.cacheDir = cacheDir;
    }

    /**
     * The voice the hub can have: a recorded pack in {@code packDir} (a hall that recorded one means it), else
     * espeak-ng's Mandarin voice, else none (announcements carry no audio; boards fall back on their own).
     */
    public static Optional<Synthesizer> choose(Path packDir) {
        if (packDir != null && VoicePack.looksLikePack(packDir)) {
            return Optional.of(new VoicePack(packDir));
        }
        return Espeak.find().map(Synthesizer.class::cast);
    }

    public String describe() {
        return synthesizer.describe();
    }

    /** The hub path the announcement will be served at; it is rendered on the first {@link #file} for it. */
    public String path(Announcement announcement) {
        String name = name(announcement);
        known.putIfAbsent(name, announcement);
        return PATH + name + ".wav";
    }

    /** The rendered WAV of an announcement named by {@link #path}; empty if unknown or it cannot be rendered. Blocking. */
    public Optional<Path> file(String name) {
        Path cached = cacheDir.resolve(name + ".wav");
        if (Files.isRegularFile(cached)) {
            return Optional.of(cached);
        }
        Announcement announcement = known.get(name);
        if (announcement == null) {
            return Optional.empty();
        }
        synchronized (this) {
            if (Files.isRegularFile(cached)) {
                return Optional.of(cached);
            }
            Optional<byte[]> wav = synthesizer.render(announcement);
            if (wav.isEmpty()) {
                return Optional.empty();
            }
            try {
                Files.createDirectories(cacheDir);
                Path partial = cacheDir.resolve(name + ".part");
                Files.write(partial, wav.get());
                Files.move(partial, cached, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            LOG.fine("voice: rendered '" + announcement.zh() + "'");
            return Optional.of(cached);
        }
    }

    /** An announcement's file name: the same words, the same file. */
    static String name(Announcement announcement) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(announcement.cacheKey().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
