package org.onewindow.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.onewindow.hall.CounterSpec;
import org.onewindow.hall.HallConfig;
import org.onewindow.hall.LocalText;
import org.onewindow.hall.ServiceSpec;
import org.onewindow.hall.Timetable;
import org.onewindow.tickets.Channel;
import org.onewindow.tickets.Priority;
import org.onewindow.tickets.Rating;
import org.onewindow.tickets.Ticket;
import org.onewindow.tickets.TicketStatus;

/** Every expected number below is worked out by hand in the comments next to the tickets. */
class DailyReportTest {
    private static final LocalDate DAY = LocalDate.of(2025, 3, 3);
    private static final Instant NINE = Instant.parse("2025-03-03T01:00:00Z"); // 09:00 in Shanghai
    private static final HallConfig HALL = new HallConfig("test-hall", new LocalText("测试大厅", "Test hall"),
            ZoneId.of("Asia/Shanghai"), Timetable.ALWAYS,
            List.of(service("commerce", "A"), service("tax", "B")),
            List.of(counter("1", "*"), counter("2", "tax")), List.of());

    // Times in minutes after nine: issued, called, done. Trailing comments: wait, service minutes.
    private static final Ticket A001 = t("A001", "commerce", "1", 0, 2.0, 12.0, TicketStatus.COMPLETED); // 2      10
    private static final Ticket A002 = t("A002", "commerce", "1", 1, 5.0, 20.0, TicketStatus.COMPLETED); // 4      15
    private static final Ticket A003 = t("A003", "commerce", "1", 2, 8.0, 10.0, TicketStatus.NO_SHOW);   // 6      -
    private static final Ticket A004 = t("A004", "commerce", null, 3, null, 4.0, TicketStatus.CANCELLED); // -     -
    private static final Ticket A005 = t("A005", "commerce", null, 4, null, null, TicketStatus.WAITING);  // -     -
    private static final Ticket B001 = t("B001", "tax", "2", 0, 1.0, 6.0, TicketStatus.COMPLETED);        // 1      5
    private static final Ticket B002 = t("B002", "tax", "2", 0.5, 3.0, 10 + 1 / 3.0, TicketStatus.COMPLETED); // 2.5 7⅓
    private static final Ticket B003 = t("B003", "tax", "1", 1, 21.0, null, TicketStatus.CALLED);         // 20     -
    /** Yesterday's ticket, carried over and served today: not part of today's report. */
    private static final Ticket YESTERDAY = new Ticket("Y001", DAY.minusDays(1), "A099", "commerce", Priority.NORMAL,
            Channel.KIOSK, "zh", TicketStatus.COMPLETED, 0, "1", null, NINE.minusSeconds(3600),
            NINE.plusSeconds(60), NINE.plusSeconds(120), 0, 0, true, "key-y");

    private static final List<Rating> RATINGS = List.of(
            rating(A001, 5), rating(A002, 4), rating(B001, 5), rating(B002, 1), rating(YESTERDAY, 3));

    private final DailyReport report = DailyReport.of(DAY, HALL,
            List.of(A001, A002, A003, A004, A005, B001, B002, B003, YESTERDAY), RATINGS);

    @Test
    void linesFollowTheHallFile() {
        assertThat(report.day()).isEqualTo(DAY);
        assertThat(report.services()).extracting(ReportLine::id).containsExactly("commerce", "tax");
        assertThat(report.counters()).extracting(ReportLine::id).containsExactly("1", "2");
        assertThat(report.total().id()).isEqualTo(DailyReport.TOTAL);
    }

    @Test
    void servicesCountIssuedCalledAndFinishedTickets() {
        // waits 2, 4, 6: mean 4.0, p90 rank ceil(2.7) = 3 -> 6.0; service 10, 15: mean 12.5
        assertThat(report.services().get(0)).isEqualTo(new ReportLine("commerce", 5, 3, 2, 1, 1,
                4.0, 6.0, 12.5, scores(0, 0, 0, 1, 1)));
        // waits 1, 2.5, 20: mean 7.83 -> 7.8, p90 rank 3 -> 20.0; service 5, 7⅓: mean 6.17 -> 6.2
        assertThat(report.services().get(1)).isEqualTo(new ReportLine("tax", 3, 3, 2, 0, 0,
                7.8, 20.0, 6.2, scores(1, 0, 0, 0, 1)));
    }

    @Test
    void windowsCountTheTicketsTheyCalled() {
        // window 1 called A001, A002, A003, B003: waits 2, 4, 6, 20: mean 8.0, p90 rank ceil(3.6) = 4 -> 20.0
        assertThat(report.counters().get(0)).isEqualTo(new ReportLine("1", 4, 4, 2, 1, 0,
                8.0, 20.0, 12.5, scores(0, 0, 0, 1, 1)));
        // window 2 called B001, B002: waits 1, 2.5: mean 1.75 -> 1.8 (half up), p90 rank ceil(1.8) = 2 -> 2.5
        assertThat(report.counters().get(1)).isEqualTo(new ReportLine("2", 2, 2, 2, 0, 0,
                1.8, 2.5, 6.2, scores(1, 0, 0, 0, 1)));
    }

    @Test
    void totalCoversTheWholeHallDay() {
        // waits 2, 4, 6, 1, 2.5, 20: mean 35.5 / 6 = 5.92 -> 5.9, p90 rank ceil(5.4) = 6 -> 20.0
        // service 10, 15, 5, 7⅓: mean 37⅓ / 4 = 9.33 -> 9.3; yesterday's ticket and its 3 are left out
        ReportLine total = report.total();
        assertThat(total).isEqualTo(new ReportLine(DailyReport.TOTAL, 8, 6, 4, 1, 1,
                5.9, 20.0, 9.3, scores(1, 0, 0, 1, 2)));
        assertThat(total.ratingCount()).isEqualTo(4);
    }

    @Test
    void aQuietDayHasNothingToMeasure() {
        DailyReport quiet = DailyReport.of(DAY, HALL, List.of(A005), List.of());
        ReportLine commerce = quiet.services().get(0);
        assertThat(commerce.issued()).isEqualTo(1);
        assertThat(commerce.meanWaitMinutes()).isNull();
        assertThat(commerce.p90WaitMinutes()).isNull();
        assertThat(commerce.meanServiceMinutes()).isNull();
        assertThat(commerce.ratings()).containsExactly(Map.entry(1, 0), Map.entry(2, 0), Map.entry(3, 0),
                Map.entry(4, 0), Map.entry(5, 0));
        assertThat(quiet.counters()).allSatisfy(line -> assertThat(line.issued()).isZero());
    }

    /** Minutes after nine; a null call time means never called, a null done time means not finished. */
    private static Ticket t(String number, String service, String counter, double issued, Double called,
                            Double done, TicketStatus status) {
        return new Ticket(number, DAY, number, service, Priority.NORMAL, Channel.KIOSK, "zh", status, 0, counter,
                null, at(issued), called == null ? null : at(called), done == null ? null : at(done), 0, 0, false, "key-" + number);
    }

    private static Instant at(double minutesAfterNine) {
        return NINE.plusMillis(Math.round(minutesAfterNine * 60_000));
    }

    private static Rating rating(Ticket ticket, int score) {
        return new Rating(ticket.id(), ticket.service(), ticket.counter(), score, List.of(), null, ticket.completedAt());
    }

    private static Map<Integer, Integer> scores(int one, int two, int three, int four, int five) {
        return Map.of(1, one, 2, two, 3, three, 4, four, 5, five);
    }

    private static ServiceSpec service(String id, String prefix) {
        return new ServiceSpec(id, prefix, new LocalText(id, id), 10, null, List.of());
    }

    private static CounterSpec counter(String id, String profile) {
        return new CounterSpec(id, new LocalText(id + "号窗口", "Window " + id), Set.of(profile), Set.of("*"));
    }
}
