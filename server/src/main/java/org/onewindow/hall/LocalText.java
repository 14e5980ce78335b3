package org.onewindow.hall;

import java.util.Objects;

/** A visible string in Simplified Chinese first, English second. */
public record LocalText(String zh, String en) {
    public LocalText {
        Objects.requireNonNull(zh, "zh");
        Objects.requireNonNull(en, "en");
    }
}
