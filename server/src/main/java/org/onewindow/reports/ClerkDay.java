package org.onewindow.reports;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.onewindow.hall.LocalText;

/**
 * One clerk's own day, for the counter console: the tickets they served (completed after their call),
 * their mean service minutes and the ratings those visitors gave, counted as the period reports count a
 * window's line.
 *
 * @param line the clerk's figures; its share and open minutes mean nothing here and are left out of the API
 */
public record ClerkDay(String staff, LocalDate day, PeriodLine line) {
    /**
     * @param visits the day's tickets whose latest call was this clerk's
     * @param scores the ratings of those tickets
     */
    public static ClerkDay of(String staff, String name, LocalDate day, List<Visit> visits, List<Score> scores) {
        return new ClerkDay(staff, day, PeriodLine.of(staff, new LocalText(name, name), visits, scores, null, 0));
    }

    public int served() {
        return line.served();
    }

    public int noShows() {
        return line.noShows();
    }

    public Double meanServiceMinutes() {
        return line.meanServiceMinutes();
    }

    /** Rating counts by score, 1 (非常不满意) to 5 (非常满意), every key present. */
    public Map<Integer, Integer> ratings() {
        return line.ratings();
    }
}
