package org.onewindow.hub;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Forecast plays under a burst: one in flight, a pause of 19 times the last play, the change meanwhile played after it. */
class PlayPacingTest {
    private static final long MS = 1_000_000;

    @Test
    void theFirstPlayStartsAtOnceAndOnlyOneIsInFlight() {
        PlayPacing pacing = new PlayPacing();
        assertThat(pacing.waitNanos(0)).isZero();
        assertThat(pacing.tryStart(0)).isTrue();
        assertThat(pacing.wanted()).isFalse();
        assertThat(pacing.tryStart(1 * MS)).as("one play in flight").isFalse();
        assertThat(pacing.wanted()).as("the change is remembered").isTrue();
        assertThat(pacing.waitNanos(1 * MS)).as("the play in flight decides what comes next").isNegative();
    }

    @Test
    void afterAPlayThePauseIsNineteenTimesItsLength() {
        PlayPacing pacing = new PlayPacing();
        pacing.tryStart(0);
        pacing.finished(30 * MS, 30 * MS);
        assertThat(pacing.waitNanos(30 * MS)).isEqualTo(570 * MS);
        assertThat(pacing.tryStart(599 * MS)).isFalse();
        assertThat(pacing.wanted()).isTrue();
        assertThat(pacing.waitNanos(599 * MS)).isEqualTo(1 * MS);
        assertThat(pacing.tryStart(600 * MS)).isTrue();
        assertThat(pacing.wanted()).as("the newest hall is being played").isFalse();
    }

    @Test
    void aQuietHallPlaysEachChangeAtOnce() {
        PlayPacing pacing = new PlayPacing();
        pacing.tryStart(0);
        pacing.finished(5 * MS, 5 * MS);
        assertThat(pacing.wanted()).isFalse();
        assertThat(pacing.tryStart(2_000 * MS)).isTrue();
    }
}
