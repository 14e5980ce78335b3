package org.onewindow.store;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.onewindow.cases.Case;
import org.onewindow.cases.CaseStep;
import org.onewindow.cases.RatingLine;
import org.onewindow.tickets.Rating;

/** The case tables' SQL, rows and audit payloads: the 差评 cases' one place in the store. */
final class CaseRows {
    private static final JsonFactory JSON = new JsonFactory();

    static final String INSERT_CASE = "INSERT INTO cases (id, ticket_id, number, counter, staff, service, score, tags, comment,"
            + " opened_at, opened_day, callback_due, rectify_due) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    static final String INSERT_STEP = "INSERT INTO case_steps (case_id, n, kind, at, actor, note) VALUES (?, ?, ?, ?, ?, ?)";
    private static final String CASE_COLUMNS = "SELECT id, ticket_id, number, counter, staff, service, score, tags, comment,"
            + " opened_at, callback_due, rectify_due FROM cases";
    static final String CASE_BY_ID = CASE_COLUMNS + " WHERE id = ?";
    /** Bind: first and last hall day the cases were opened on. */
    static final String CASES_OPENED = CASE_COLUMNS + " WHERE opened_day BETWEEN ? AND ? ORDER BY opened_at, id";
    /** Every case not closed, and the closed ones opened in the period. */
    static final String CASES_OPEN_OR_OPENED = CASE_COLUMNS + " WHERE opened_day BETWEEN ? AND ? OR id NOT IN"
            + " (SELECT case_id FROM case_steps WHERE kind IN ('CLOSE', 'APPEAL_ACCEPTED')) ORDER BY opened_at, id";
    static final String STEPS_OF = "SELECT kind, at, actor, note FROM case_steps WHERE case_id = ? ORDER BY n";
    /** Bind: first day, last day; then counter and score, each or null for any. */
    static final String RATINGS = "SELECT t.number, t.day, r.ticket_id, r.service, r.counter, r.score, r.tags, r.comment, r.at"
            + " FROM ratings r JOIN tickets t ON t.id = r.ticket_id WHERE t.day BETWEEN ? AND ?"
            + " AND (? IS NULL OR r.counter = ?) AND (? IS NULL OR r.score = ?) ORDER BY r.at DESC, r.ticket_id";
    /** Bind: the ticket's hall day, a LIKE pattern for its id: who called it, newest first. */
    static final String CALLER = "SELECT actor FROM events WHERE kind IN ('TICKET_CALLED', 'TICKET_RECALLED') AND day = ?"
            + " AND ticket_ids LIKE ? ORDER BY seq DESC LIMIT 1";

    private CaseRows() {
    }

    static void insert(Connection connection, Case c, ZoneId zone) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement(INSERT_CASE)) {
            s.setString(1, c.id());
            s.setString(2, c.ticket());
            s.setString(3, c.number());
            s.setString(4, c.counter());
            s.setString(5, c.staff());
            s.setString(6, c.service());
            s.setInt(7, c.score());
            s.setString(8, EventJson.array(c.tags()));
            s.setString(9, c.comment());
            s.setString(10, Rows.text(c.openedAt()));
            s.setString(11, LocalDate.ofInstant(c.openedAt(), zone).toString());
            s.setString(12, c.callbackDue().toString());
            s.setString(13, c.rectifyDue().toString());
            s.executeUpdate();
        }
    }

    static void insertStep(Connection connection, String caseId, int n, CaseStep step) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement(INSERT_STEP)) {
            s.setString(1, caseId);
            s.setInt(2, n);
            s.setString(3, step.kind().name());
            s.setString(4, Rows.text(step.at()));
            s.setString(5, step.actor());
            s.setString(6, step.note());
            s.executeUpdate();
        }
    }

    static Optional<Case> byId(Connection connection, String id) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement(CASE_BY_ID)) {
            s.setString(1, id);
            List<Case> found = cases(connection, s);
            return found.stream().findFirst();
        }
    }

    static List<Case> list(Connection connection, String sql, LocalDate from, LocalDate to) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement(sql)) {
            s.setString(1, from.toString());
            s.setString(2, to.toString());
            return cases(connection, s);
        }
    }

    private static List<Case> cases(Connection connection, PreparedStatement s) throws SQLException {
        Map<String, Case> cases = new LinkedHashMap<>();
        try (ResultSet r = s.executeQuery()) {
            while (r.next()) {
                cases.put(r.getString(1), new Case(r.getString(1), r.getString(2), r.getString(3), r.getString(4),
                        r.getString(5), r.getString(6), r.getInt(7), EventJson.strings(r.getString(8)), r.getString(9),
                        Rows.instant(r.getString(10)), LocalDate.parse(r.getString(11)), LocalDate.parse(r.getString(12)),
                        List.of()));
            }
        }
        List<Case> withSteps = new ArrayList<>();
        try (PreparedStatement steps = connection.prepareStatement(STEPS_OF)) {
            for (Case c : cases.values()) {
                steps.setString(1, c.id());
                try (ResultSet r = steps.executeQuery()) {
                    while (r.next()) {
                        c = c.with(new CaseStep(CaseStep.Kind.valueOf(r.getString(1)), Rows.instant(r.getString(2)),
                                r.getString(3), r.getString(4)));
                    }
                }
                withSteps.add(c);
            }
        }
        return withSteps;
    }

    static List<RatingLine> ratings(Connection connection, LocalDate from, LocalDate to, String counter, Integer score)
            throws SQLException {
        try (PreparedStatement s = connection.prepareStatement(RATINGS)) {
            s.setString(1, from.toString());
            s.setString(2, to.toString());
            s.setString(3, counter);
            s.setString(4, counter);
            s.setObject(5, score);
            s.setObject(6, score);
            List<RatingLine> lines = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    Rating rating = new Rating(r.getString(3), r.getString(4), r.getString(5), r.getInt(6),
                            EventJson.strings(r.getString(7)), r.getString(8), Rows.instant(r.getString(9)));
                    lines.add(new RatingLine(r.getString(1), LocalDate.parse(r.getString(2)), rating));
                }
            }
            return lines;
        }
    }

    static Optional<String> caller(Connection connection, String ticketId, LocalDate day) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement(CALLER)) {
            s.setString(1, day.toString());
            s.setString(2, "%\"" + ticketId.replace("%", "").replace("_", "") + "\"%");
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? Optional.ofNullable(r.getString(1)) : Optional.empty();
            }
        }
    }

    /** The audit payload of an opened case: every field of it. */
    static String payload(Case c) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = JSON.createGenerator(out)) {
            g.writeStartObject();
            g.writeStringField("case", c.id());
            g.writeStringField("ticket", c.ticket());
            g.writeStringField("number", c.number());
            g.writeStringField("counter", c.counter());
            g.writeStringField("staff", c.staff());
            g.writeStringField("service", c.service());
            g.writeNumberField("score", c.score());
            g.writeArrayFieldStart("tags");
            for (String tag : c.tags()) {
                g.writeString(tag);
            }
            g.writeEndArray();
            g.writeStringField("comment", c.comment());
            g.writeStringField("openedAt", Rows.text(c.openedAt()));
            g.writeStringField("callbackDue", c.callbackDue().toString());
            g.writeStringField("rectifyDue", c.rectifyDue().toString());
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException("could not write JSON", e);
        }
        return out.toString();
    }

    /** The audit payload of a step. */
    static String payload(String caseId, CaseStep step) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = JSON.createGenerator(out)) {
            g.writeStartObject();
            g.writeStringField("case", caseId);
            g.writeStringField("step", step.kind().wire());
            g.writeStringField("at", Rows.text(step.at()));
            g.writeStringField("actor", step.actor());
            g.writeStringField("note", step.note());
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException("could not write JSON", e);
        }
        return out.toString();
    }
}
