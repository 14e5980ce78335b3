package org.onewindow.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashSet;
import java.util.TreeSet;
import org.onewindow.tickets.Channel;
import org.onewindow.tickets.Counter;
import org.onewindow.tickets.CounterStatus;
import org.onewindow.tickets.Priority;
import org.onewindow.tickets.Rating;
import org.onewindow.tickets.Ticket;
import org.onewindow.tickets.TicketStatus;

/** Tickets, windows and ratings to and from table rows, column for column in the order Sql names them. */
final class Rows {
    /**
     * Fixed width with all nine fraction digits: exact to the nanosecond the clock gave, so a restored
     * ticket equals the one in memory, and text order is time order.
     */
    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSSSSS'Z'").withZone(ZoneOffset.UTC);

    private Rows() {
    }

    static String text(Instant instant) {
        if (instant == null) {
            return null;
        }
        // The same text as TIME, written digit by digit: the desk writes several per event, and the formatter
        // took a fifth of its time. Years outside 1000-9999 (never, in a hall) take the formatter.
        LocalDateTime t = LocalDateTime.ofEpochSecond(instant.getEpochSecond(), instant.getNano(),
                ZoneOffset.UTC);
        if (t.getYear() < 1000 || t.getYear() > 9999) {
            return TIME.format(instant);
        }
        char[] text = new char[30];
        digits(text, 0, t.getYear(), 4);
        text[4] = '-';
        digits(text, 5, t.getMonthValue(), 2);
        text[7] = '-';
        digits(text, 8, t.getDayOfMonth(), 2);
        text[10] = 'T';
        digits(text, 11, t.getHour(), 2);
        text[13] = ':';
        digits(text, 14, t.getMinute(), 2);
        text[16] = ':';
        digits(text, 17, t.getSecond(), 2);
        text[19] = '.';
        digits(text, 20, t.getNano(), 9);
        text[29] = 'Z';
        return new String(text);
    }

    private static void digits(char[] into, int at, int value, int width) {
        for (int i = at + width - 1; i >= at; i--) {
            into[i] = (char) ('0' + value % 10);
            value /= 10;
        }
    }

    /** The formatter's text, for tests: {@link #text} must write exactly this. */
    static String formatted(Instant instant) {
        return TIME.format(instant);
    }

    static Instant instant(String text) {
        return text == null ? null : Instant.parse(text);
    }

    static void bindTicket(PreparedStatement s, Ticket t) throws SQLException {
        s.setString(1, t.id());
        s.setString(2, t.day() == null ? null : t.day().toString());
        s.setString(3, t.number());
        s.setString(4, t.service());
        s.setString(5, t.priority() == null ? null : t.priority().wire());
        s.setString(6, t.channel() == null ? null : t.channel().wire());
        s.setString(7, t.language());
        s.setString(8, t.status() == null ? null : t.status().wire());
        s.setLong(9, t.order());
        s.setString(10, t.counter());
        s.setString(11, t.targetCounter());
        s.setString(12, text(t.issuedAt()));
        s.setString(13, text(t.calledAt()));
        s.setString(14, text(t.completedAt()));
        s.setInt(15, t.recalls());
        if (Double.isNaN(t.estimateMinutes())) {
            s.setNull(16, Types.REAL);
        } else {
            s.setDouble(16, t.estimateMinutes());
        }
        s.setInt(17, t.rated() ? 1 : 0);
        s.setString(18, t.key());
    }

    static Ticket ticket(ResultSet r) throws SQLException {
        double estimate = r.getDouble("estimate_minutes");
        if (r.wasNull()) {
            estimate = Double.NaN;
        }
        return new Ticket(r.getString("id"), LocalDate.parse(r.getString("day")), r.getString("number"),
                r.getString("service"), Priority.fromWire(r.getString("priority")),
                Channel.fromWire(r.getString("channel")), r.getString("language"),
                TicketStatus.fromWire(r.getString("status")), r.getLong("issue_order"), r.getString("counter"),
                r.getString("target_counter"), instant(r.getString("issued_at")), instant(r.getString("called_at")),
                instant(r.getString("completed_at")), r.getInt("recalls"), estimate, r.getInt("rated") != 0,
                r.getString("ticket_key"));
    }

    static void bindCounter(PreparedStatement s, Counter c) throws SQLException {
        s.setString(1, c.id());
        s.setString(2, c.status() == null ? null : c.status().wire());
        // Sorted: Set.copyOf iterates in a different order every run, and stored text should not churn.
        s.setString(3, EventJson.array(new TreeSet<>(c.profile())));
        s.setString(4, EventJson.array(new TreeSet<>(c.skills())));
        s.setString(5, c.currentTicket());
        s.setString(6, c.lastTicket());
        s.setString(7, c.staff());
    }

    static Counter counter(ResultSet r) throws SQLException {
        return new Counter(r.getString("id"), CounterStatus.fromWire(r.getString("status")),
                new LinkedHashSet<>(EventJson.strings(r.getString("profile"))),
                new LinkedHashSet<>(EventJson.strings(r.getString("skills"))),
                r.getString("current_ticket"), r.getString("last_ticket"), r.getString("staff"));
    }

    static void bindRating(PreparedStatement s, Rating rating) throws SQLException {
        s.setString(1, rating.ticketId());
        s.setString(2, rating.service());
        s.setString(3, rating.counter());
        s.setInt(4, rating.score());
        s.setString(5, EventJson.array(rating.tags()));
        s.setString(6, rating.comment());
        s.setString(7, text(rating.at()));
    }

    static Rating rating(ResultSet r) throws SQLException {
        return new Rating(r.getString("ticket_id"), r.getString("service"), r.getString("counter"),
                r.getInt("score"), EventJson.strings(r.getString("tags")), r.getString("comment"),
                instant(r.getString("at")));
    }
}
