package org.onewindow.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.onewindow.tickets.Channel;
import org.onewindow.tickets.Priority;
import org.onewindow.tickets.Ticket;
import org.onewindow.tickets.TicketStatus;

class ArrivalsTest {
    private static final ZoneId UTC = ZoneId.of("UTC");
    private final Arrivals arrivals = new Arrivals();
    private int ids;

    private void arrive(String at) {
        Instant issued = Instant.parse(at);
        arrivals.issued(new Ticket("t" + ++ids, null, "A" + ids, "a", Priority.NORMAL, Channel.KIOSK, "zh",
                TicketStatus.WAITING, ids, null, null, issued, null, null, 0, 0, false, null), UTC);
    }

    /** A usual day: two visitors every half hour from 08:00 to 18:00. */
    private void aUsualDay() {
        Instant start = Instant.parse("2026-01-05T08:00:00Z");
        for (int i = 0; i < 40; i++) {
            arrive(start.plusSeconds(i * 15 * 60L).toString());
        }
    }

    @Test
    void theUsualDaysHalfHoursGiveTheRate() {
        aUsualDay();
        arrive("2026-01-06T08:05:00Z");
        double[] rates = arrivals.rates(Instant.parse("2026-01-06T08:10:00Z"), UTC).get("a");
        double usual = 2 / 30.0;
        assertThat(rates[1 + 20]).as("10:00").isBetween(0.9 * usual, 1.1 * usual);
        assertThat(rates[1 + 4]).as("02:00: nobody came").isZero();
    }

    /** Eight visitors in the first twenty minutes, four times the usual: mostly chance, not a day four times as busy. */
    @Test
    void aMorningsFirstFewVisitorsMoveTheRateOnlyALittle() {
        aUsualDay();
        for (int minute = 0; minute < 20; minute += 2) {
            arrive("2026-01-06T08:%02d:00Z".formatted(minute));
        }
        double[] rates = arrivals.rates(Instant.parse("2026-01-06T08:20:00Z"), UTC).get("a");
        double usual = 2 / 30.0;
        assertThat(rates[1 + 20]).as("10:00").isGreaterThan(usual).isLessThan(1.4 * usual);
    }
}
