package org.onewindow.cases;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.onewindow.tickets.Rating;

/** A rating of 1 (非常不满意) or 2 (不满意) opens a case; the due dates count from the rating's hall date. */
public final class CaseOpening {
    public static final int WORST_GOOD_ENOUGH = 3;

    private CaseOpening() {
    }

    public static boolean opens(Rating rating) {
        return rating.score() < WORST_GOOD_ENOUGH;
    }

    /**
     * @param number the ticket's number, as the visitor and the clerk know it
     * @param clerk  the staff member who served the visitor, or null when nobody is known
     */
    public static Optional<Case> of(Rating rating, String number, String clerk, WorkingCalendar calendar, ZoneId zone) {
        if (!opens(rating)) {
            return Optional.empty();
        }
        LocalDate day = LocalDate.ofInstant(rating.at(), zone);
        return Optional.of(new Case(rating.ticketId(), rating.ticketId(), number, rating.counter(), clerk, rating.service(),
                rating.score(), rating.tags(), rating.comment(), rating.at(),
                calendar.dueDate(day, Case.CALLBACK_WORKING_DAYS), calendar.dueDate(day, Case.RECTIFY_WORKING_DAYS), List.of()));
    }
}
