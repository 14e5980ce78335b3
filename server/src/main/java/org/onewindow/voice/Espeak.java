package org.onewindow.voice;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * espeak-ng (Debian package {@code espeak-ng}) with its Mandarin voice {@code cmn}, and {@code en} for the
 * English sentence; each sentence to a temporary WAV, then joined. Offline, a few hundred milliseconds.
 */
public final class Espeak implements Synthesizer {
    private static final Logger LOG = Logger.getLogger(Espeak.class.getName());
    static final long TIMEOUT_SECONDS = 10;
    private final String binary;

    Espeak(String binary) {
        this.binary = binary;
    }

    /** espeak-ng on the PATH with a Mandarin voice, if there is one. */
    public static Optional<Espeak> find() {
        Espeak espeak = new Espeak("espeak-ng");
        return espeak.hasMandarin() ? Optional.of(espeak) : Optional.empty();
    }

    boolean hasMandarin() {
        try {
            Process p = new ProcessBuilder(binary, "--voices=cmn").redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes());
            return p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS) && p.exitValue() == 0 && out.contains("cmn");
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    @Override
    public Optional<byte[]> render(Announcement announcement) {
        try {
            List<Wav> parts = new ArrayList<>();
            parts.add(speak("cmn", 150, announcement.zh()));
            if (announcement.en() != null) {
                parts.add(speak("en", 150, announcement.en()));
            }
            return Optional.of(Wav.join(parts, 400).bytes());
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "espeak-ng could not say '" + announcement.zh() + "': " + e.getMessage());
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    private Wav speak(String voice, int wordsPerMinute, String text) throws IOException, InterruptedException {
        Path out = Files.createTempFile("onewindow-say", ".wav");
        try {
            Process p = new ProcessBuilder(binary, "-v", voice, "-s", String.valueOf(wordsPerMinute), "-w", out.toString(), "--", text)
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IOException("espeak-ng took longer than " + TIMEOUT_SECONDS + " s");
            }
            if (p.exitValue() != 0) {
                throw new IOException("espeak-ng exited with " + p.exitValue());
            }
            return Wav.read(Files.readAllBytes(out));
        } finally {
            Files.deleteIfExists(out);
        }
    }

    @Override
    public String describe() {
        return "espeak-ng (cmn)";
    }
}
