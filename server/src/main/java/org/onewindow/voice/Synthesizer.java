package org.onewindow.voice;

import java.util.Optional;

/** Renders an announcement to WAV bytes (RIFF, 16-bit PCM); blocking, so callers keep it off event loops. */
public interface Synthesizer {
    /** The WAV, or empty when this announcement cannot be rendered (a clip missing, the engine failed). */
    Optional<byte[]> render(Announcement announcement);

    /** For the log: which engine speaks. */
    String describe();
}
