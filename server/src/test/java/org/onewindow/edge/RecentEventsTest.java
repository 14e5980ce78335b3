package org.onewindow.edge;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.onewindow.testing.MutableClock;
import org.onewindow.testing.TestHub;

/** The counting behind the limits: a sliding window per key, with memory that stays bounded. */
class RecentEventsTest {
    private final MutableClock clock = TestHub.morningClock();

    @Test
    void aKeyWaitsUntilItsOldestCountedEventLeavesTheWindow() {
        RecentEvents events = new RecentEvents(clock, Duration.ofMinutes(1), 2, 100);
        events.record("a");
        clock.advance(Duration.ofSeconds(20));
        events.record("a");
        assertThat(events.waitFor("a")).contains(Duration.ofSeconds(40));
        assertThat(events.waitFor("b")).isEmpty();
        clock.advance(Duration.ofSeconds(40));
        assertThat(events.waitFor("a")).isEmpty();
    }

    @Test
    void addressesThatWentQuietAreForgotten() {
        RecentEvents events = new RecentEvents(clock, Duration.ofMinutes(1), 6, 1_000_000);
        for (int i = 0; i < 5000; i++) {
            events.record("10.0." + (i / 256) + "." + (i % 256));
        }
        assertThat(events.size()).isEqualTo(5000);
        clock.advance(Duration.ofMinutes(1));
        events.record("10.9.9.9");
        assertThat(events.size()).isEqualTo(1);
    }

    @Test
    void neverMoreKeysThanTheBound() {
        RecentEvents events = new RecentEvents(clock, Duration.ofMinutes(1), 6, 100);
        for (int i = 0; i < 10_000; i++) {
            events.record("key-" + i);
        }
        assertThat(events.size()).isEqualTo(100);
    }

    @Test
    void signInThrottleCountsStaffAndAddressSeparately() {
        SignInThrottle throttle = new SignInThrottle(clock);
        for (int i = 0; i < 5; i++) {
            throttle.failed("s01", "10.0.0." + i);
        }
        assertThat(throttle.waitFor("s01", "10.0.0.99")).contains(Duration.ofMinutes(15));
        assertThat(throttle.waitFor("s02", "10.0.0.1")).isEmpty();
        for (int i = 0; i < 20; i++) {
            throttle.failed("x" + i, "10.0.0.7");
        }
        assertThat(throttle.waitFor("s02", "10.0.0.7")).isPresent();
        clock.advance(Duration.ofMinutes(15));
        assertThat(throttle.waitFor("s01", "10.0.0.7")).isEmpty();
    }
}
