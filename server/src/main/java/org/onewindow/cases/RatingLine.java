package org.onewindow.cases;

import java.time.LocalDate;
import org.onewindow.tickets.Rating;

/** A rating as the manager's list shows it: with the ticket's number and hall date. */
public record RatingLine(String number, LocalDate day, Rating rating) {
}
