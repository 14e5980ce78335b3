package org.onewindow.store;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;
import org.onewindow.devices.DeviceAudit;
import org.onewindow.tickets.Counter;
import org.onewindow.tickets.HallEvent;
import org.onewindow.tickets.Rating;
import org.onewindow.tickets.Ticket;
import org.onewindow.tickets.TicketingChange;

/**
 * The store's JSON: an event's audit payload and the string arrays kept in columns. Jackson's
 * streaming API only, so the store needs no object mapper and the field names stay explicit here.
 */
final class EventJson {
    private static final JsonFactory JSON = new JsonFactory();

    private EventJson() {
    }

    /** The whole event, every field of its tickets, windows and rating: enough to replay or audit it. */
    static String payload(HallEvent event) {
        return write(g -> {
            g.writeStartObject();
            g.writeStringField("kind", event.kind().name());
            g.writeStringField("at", Rows.text(event.at()));
            g.writeStringField("actor", event.actor());
            g.writeArrayFieldStart("tickets");
            for (Ticket t : event.tickets()) {
                ticket(g, t);
            }
            g.writeEndArray();
            g.writeArrayFieldStart("counters");
            for (Counter c : event.counters()) {
                counter(g, c);
            }
            g.writeEndArray();
            g.writeFieldName("rating");
            rating(g, event.rating());
            g.writeEndObject();
        });
    }

    /** A device decision: what was decided about which device; never the token (only its hash is stored elsewhere). */
    static String payload(DeviceAudit audit) {
        return write(g -> {
            g.writeStartObject();
            g.writeStringField("kind", audit.kind().name());
            g.writeStringField("at", Rows.text(audit.at()));
            g.writeStringField("actor", audit.actor());
            g.writeStringField("device", audit.device());
            g.writeStringField("deviceKind", audit.deviceKind() == null ? null : audit.deviceKind().wire());
            g.writeStringField("pairing", audit.pairing());
            g.writeStringField("address", audit.address());
            g.writeEndObject();
        });
    }

    /** A stop or restart of ticketing for one matter. */
    static String payload(TicketingChange change) {
        return write(g -> {
            g.writeStartObject();
            g.writeStringField("kind", change.kind().name());
            g.writeStringField("at", Rows.text(change.at()));
            g.writeStringField("actor", change.actor());
            g.writeStringField("service", change.service());
            g.writeEndObject();
        });
    }

    /** One top-level string field of a payload. */
    static String field(String json, String name) {
        try (JsonParser p = JSON.createParser(json)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                return null;
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                p.nextToken();
                if (name.equals(field)) {
                    return p.getValueAsString();
                }
                p.skipChildren();
            }
            return null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String array(Collection<String> values) {
        return write(g -> strings(g, values));
    }

    static List<String> strings(String json) {
        List<String> values = new ArrayList<>();
        try (JsonParser p = JSON.createParser(json)) {
            if (p.nextToken() != JsonToken.START_ARRAY) {
                throw new IllegalArgumentException("not a JSON array: " + json);
            }
            while (p.nextToken() != JsonToken.END_ARRAY) {
                values.add(p.getValueAsString());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("unreadable JSON array: " + json, e);
        }
        return values;
    }

    private static void ticket(JsonGenerator g, Ticket t) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", t.id());
        g.writeStringField("day", t.day() == null ? null : t.day().toString());
        g.writeStringField("number", t.number());
        g.writeStringField("service", t.service());
        g.writeStringField("priority", t.priority() == null ? null : t.priority().wire());
        g.writeStringField("channel", t.channel() == null ? null : t.channel().wire());
        g.writeStringField("language", t.language());
        g.writeStringField("status", t.status() == null ? null : t.status().wire());
        g.writeNumberField("order", t.order());
        g.writeStringField("counter", t.counter());
        g.writeStringField("targetCounter", t.targetCounter());
        g.writeStringField("issuedAt", Rows.text(t.issuedAt()));
        g.writeStringField("calledAt", Rows.text(t.calledAt()));
        g.writeStringField("completedAt", Rows.text(t.completedAt()));
        g.writeNumberField("recalls", t.recalls());
        g.writeNumberField("estimateMinutes", t.estimateMinutes());
        g.writeBooleanField("rated", t.rated());
        g.writeEndObject();
    }

    private static void counter(JsonGenerator g, Counter c) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", c.id());
        g.writeStringField("status", c.status() == null ? null : c.status().wire());
        g.writeFieldName("profile");
        strings(g, new TreeSet<>(c.profile()));
        g.writeFieldName("skills");
        strings(g, new TreeSet<>(c.skills()));
        g.writeStringField("currentTicket", c.currentTicket());
        g.writeStringField("lastTicket", c.lastTicket());
        g.writeStringField("staff", c.staff());
        g.writeEndObject();
    }

    private static void rating(JsonGenerator g, Rating r) throws IOException {
        if (r == null) {
            g.writeNull();
            return;
        }
        g.writeStartObject();
        g.writeStringField("ticketId", r.ticketId());
        g.writeStringField("service", r.service());
        g.writeStringField("counter", r.counter());
        g.writeNumberField("score", r.score());
        g.writeFieldName("tags");
        strings(g, r.tags());
        g.writeStringField("comment", r.comment());
        g.writeStringField("at", Rows.text(r.at()));
        g.writeEndObject();
    }

    private static void strings(JsonGenerator g, Collection<String> values) throws IOException {
        g.writeStartArray();
        for (String value : values) {
            g.writeString(value);
        }
        g.writeEndArray();
    }

    private interface Writing {
        void to(JsonGenerator g) throws IOException;
    }

    private static String write(Writing writing) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = JSON.createGenerator(out)) {
            writing.to(g);
        } catch (IOException e) {
            throw new UncheckedIOException("could not write JSON", e); // a StringWriter does not fail
        }
        return out.toString();
    }
}
