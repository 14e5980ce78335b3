package org.onewindow.reports;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Set;
import org.onewindow.hall.DemoHall;
import org.onewindow.hall.HallConfig;
import org.onewindow.store.HallStore;
import org.onewindow.store.ReportReader;

/**
 * How long the manager waits for a month's window report and a year's assessments on a district hall's
 * year of data. Run by bench/reports.sh; prints, never asserts.
 *
 * <p>usage: ReportBenchmark DATA_DIR [TICKETS_PER_WORKING_DAY=3000] [YEAR=2025] [--no-write]. The year is written
 * through the store (a day's events in one transaction, as the hub group-commits a burst) into the demo hall's
 * windows unless DATA_DIR already holds it; then the month report (the busiest month) and the twelve
 * monthly assessments are each timed over several runs, the median printed.
 */
public final class ReportBenchmark {
    private ReportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path data = Path.of(args[0]);
        int perDay = args.length > 1 ? Integer.parseInt(args[1]) : 3000;
        int year = args.length > 2 ? Integer.parseInt(args[2]) : 2025;
        HallConfig hall = DemoHall.config();
        LocalDate first = LocalDate.of(year, 1, 1);
        LocalDate last = LocalDate.of(year, 12, 31);
        LocalDate resume = lastDayWritten(data);
        boolean write = !(args.length > 3 && args[3].equals("--no-write")); // time what is there, write nothing
        if (write && (resume == null || resume.isBefore(last))) {
            // A run stopped halfway goes on from the day after the last one it wrote (that day may be short).
            LocalDate from = resume == null ? first : resume.plusDays(1);
            long t0 = System.nanoTime();
            HallHistory history = new HallHistory(hall, from.toEpochDay(), Set.of("8"));
            try (HallStore store = HallStore.open(data, hall.timezone())) {
                history.write(store, from, last, perDay);
            }
            System.out.printf("wrote %d tickets (%d a working day, %s to %s) through the store in %.0f s%n",
                    history.tickets, perDay, from, last, (System.nanoTime() - t0) / 1e9);
        }
        System.out.printf("database: %.0f MB%n", Files.size(data.resolve(HallStore.FILE_NAME)) / 1e6);
        ReportReader reader = ReportReader.of(data);
        Instant now = Instant.parse((year + 1) + "-01-15T00:00:00Z");
        YearMonth march = YearMonth.of(year, 3);
        double[] month = new double[5];
        int served = 0;
        for (int i = 0; i < month.length; i++) {
            long t0 = System.nanoTime();
            PeriodReport report = report(reader, hall, Period.month(march), now);
            month[i] = (System.nanoTime() - t0) / 1e6;
            served = report.total().served();
        }
        double[] raw = new double[5];
        for (int i = 0; i < raw.length; i++) {
            long t0 = System.nanoTime();
            rawRead(data, Period.month(march));
            raw[i] = (System.nanoTime() - t0) / 1e6;
        }
        double[] assessments = new double[3];
        int flagged = 0;
        for (int i = 0; i < assessments.length; i++) {
            long t0 = System.nanoTime();
            flagged = 0;
            for (int m = 1; m <= 12; m++) {
                YearMonth ym = YearMonth.of(year, m);
                flagged += WindowAssessment.of(ym, report(reader, hall, Period.month(ym), now), hall.reports().minItemsPerMonth()).flagged().size();
            }
            assessments[i] = (System.nanoTime() - t0) / 1e6;
        }
        long t0 = System.nanoTime();
        PeriodReport whole = report(reader, hall, new Period(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)), now);
        double yearMs = (System.nanoTime() - t0) / 1e6;
        System.out.printf("baseline: reading the month's ticket rows as text through JDBC: median %.0f ms over %d runs%n",
                median(raw), raw.length);
        System.out.printf("month report (%s, %d served): median %.0f ms over %d runs (%.1f× the baseline)%n", march, served,
                median(month), month.length, median(month) / median(raw));
        System.out.printf("year's assessment (12 months, %d windows flagged in all): median %.0f ms over %d runs%n",
                flagged, median(assessments), assessments.length);
        System.out.printf("one report over the whole year (%d served): %.0f ms%n", whole.total().served(), yearMs);
    }

    private static LocalDate lastDayWritten(Path data) throws Exception {
        if (!Files.exists(data.resolve(HallStore.FILE_NAME))) {
            return null;
        }
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + data.resolve(HallStore.FILE_NAME));
             java.sql.ResultSet r = c.createStatement().executeQuery("SELECT max(day) FROM tickets")) {
            return r.next() && r.getString(1) != null ? LocalDate.parse(r.getString(1)) : null;
        }
    }

    private static PeriodReport report(ReportReader reader, HallConfig hall, Period period, Instant now) {
        ReportReader.Facts facts = reader.read(period);
        return PeriodReport.of(period, hall, facts.visits(), facts.scores(), facts.changes(), now, facts.archivedBefore());
    }

    /** The month's ticket rows read as text, every column, and nothing made of them: the floor a report stands on. */
    private static long rawRead(Path data, Period period) throws Exception {
        long chars = 0;
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + data.resolve(HallStore.FILE_NAME));
             java.sql.PreparedStatement s = c.prepareStatement("SELECT day, counter, service, status, issued_at, called_at,"
                     + " completed_at FROM tickets WHERE day BETWEEN ? AND ?")) {
            s.setString(1, period.from().toString());
            s.setString(2, period.to().toString());
            try (java.sql.ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    for (int i = 1; i <= 7; i++) {
                        String text = r.getString(i);
                        chars += text == null ? 0 : text.length();
                    }
                }
            }
        }
        return chars;
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        java.util.Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
