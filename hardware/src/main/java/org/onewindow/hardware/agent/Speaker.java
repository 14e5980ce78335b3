package org.onewindow.hardware.agent;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Optional;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.Clip;
import javax.sound.sampled.LineEvent;
import javax.sound.sampled.LineUnavailableException;
import javax.sound.sampled.UnsupportedAudioFileException;

/**
 * Plays the hub's announcement WAVs (CONTRACT §8) on this machine's sound output, one at a time: the
 * caller runs it on a single thread, so announcements keep their order and never overlap.
 */
final class Speaker {
    /** What a WAV is: its length in seconds, or empty when the bytes are not a WAV this JVM can read. */
    static Optional<Double> seconds(byte[] wav) {
        try (AudioInputStream in = AudioSystem.getAudioInputStream(new ByteArrayInputStream(wav))) {
            return Optional.of(in.getFrameLength() / (double) in.getFormat().getFrameRate());
        } catch (UnsupportedAudioFileException | IOException e) {
            return Optional.empty();
        }
    }

    /**
     * Plays the WAV to its end; false when the machine has no sound output (a server, a test), so the
     * caller can say so once.
     */
    boolean play(byte[] wav) throws InterruptedException {
        try (AudioInputStream in = AudioSystem.getAudioInputStream(new ByteArrayInputStream(wav));
             Clip clip = AudioSystem.getClip()) {
            Object done = new Object();
            boolean[] ended = {false};
            clip.addLineListener(event -> {
                if (event.getType() == LineEvent.Type.STOP) {
                    synchronized (done) {
                        ended[0] = true;
                        done.notifyAll();
                    }
                }
            });
            clip.open(in);
            clip.start();
            synchronized (done) {
                while (!ended[0]) {
                    done.wait();
                }
            }
            return true;
        } catch (LineUnavailableException | IllegalArgumentException | UnsupportedAudioFileException | IOException e) {
            return false;
        }
    }
}
