package org.onewindow.voice;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Recorded clips a hall made itself, joined by the hub. The layout (README, "Voice pack"):
 * {@code zh/please.wav} 请, {@code zh/number.wav} 号, {@code zh/to.wav} 到, {@code zh/digit-0.wav} … {@code digit-9.wav},
 * {@code zh/letter-A.wav} … , {@code zh/counter-1.wav} "1号窗口" (one per window id), and for English
 * {@code en/number.wav}, {@code en/please-go-to.wav}, {@code en/digit-*}, {@code en/letter-*}, {@code en/counter-*};
 * optionally {@code zh/your-number-is.wav}, {@code zh/please-wait.wav} and {@code zh/service-ID.wav} for the kiosk.
 * Every clip: PCM WAV, one format for the whole pack (for example 16 kHz, 16-bit, mono).
 */
public final class VoicePack implements Synthesizer {
    private static final Logger LOG = Logger.getLogger(VoicePack.class.getName());
    private final Path dir;

    public VoicePack(Path dir) {
        this.dir = dir;
    }

    /** A pack is a directory with at least the Mandarin digits. */
    public static boolean looksLikePack(Path dir) {
        return Files.isRegularFile(dir.resolve("zh/digit-0.wav")) && Files.isRegularFile(dir.resolve("zh/please.wav"));
    }

    @Override
    public Optional<byte[]> render(Announcement announcement) {
        List<Wav> clips = new ArrayList<>();
        for (String clip : announcement.clips()) {
            Path file = dir.resolve(clip + ".wav");
            if (!Files.isRegularFile(file)) {
                LOG.warning("voice pack " + dir + " has no " + clip + ".wav: '" + announcement.zh() + "' stays silent");
                return Optional.empty();
            }
            try {
                clips.add(Wav.read(Files.readAllBytes(file)));
            } catch (IOException | IllegalArgumentException e) {
                LOG.warning("voice pack clip " + file + ": " + e.getMessage());
                return Optional.empty();
            }
        }
        try {
            return Optional.of(Wav.join(clips, 120).bytes());
        } catch (IllegalArgumentException e) {
            LOG.warning("voice pack " + dir + ": " + e.getMessage());
            return Optional.empty();
        }
    }

    @Override
    public String describe() {
        return "voice pack " + dir;
    }
}
