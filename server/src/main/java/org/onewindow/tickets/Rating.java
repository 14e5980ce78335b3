package org.onewindow.tickets;

import java.time.Instant;
import java.util.List;

/** A visitor's 好差评 for one served ticket: 1 (very dissatisfied) to 5 (very satisfied). */
public record Rating(String ticketId, String service, String counter, int score, List<String> tags,
                     String comment, Instant at) {
    public Rating {
        tags = List.copyOf(tags);
    }
}
