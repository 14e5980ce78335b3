package org.onewindow.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** A stored time is the formatter's text, character for character: the log's hash chain covers it. */
class RowsTest {
    @Test
    void writesTimesExactlyAsTheFormatter() {
        SplittableRandom random = new SplittableRandom(7);
        long from = Instant.parse("1000-01-01T00:00:00Z").getEpochSecond();
        long to = Instant.parse("9999-12-31T23:59:59Z").getEpochSecond();
        for (int i = 0; i < 20_000; i++) {
            Instant at = Instant.ofEpochSecond(random.nextLong(from, to + 1), random.nextInt(1_000_000_000));
            assertThat(Rows.text(at)).isEqualTo(Rows.formatted(at));
        }
        for (String edge : new String[] {"2026-01-05T01:00:00Z", "2026-12-31T23:59:59.999999999Z", "2024-02-29T12:00:00.000000001Z",
                "1000-01-01T00:00:00Z", "9999-12-31T23:59:59.999999999Z", "0999-12-31T23:59:59Z", "+10000-01-01T00:00:00Z"}) {
            Instant at = Instant.parse(edge);
            assertThat(Rows.text(at)).isEqualTo(Rows.formatted(at));
            assertThat(Rows.instant(Rows.text(at))).isEqualTo(at);
        }
    }
}
