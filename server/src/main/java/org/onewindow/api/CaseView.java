package org.onewindow.api;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.Instant;
import java.time.ZoneId;
import org.onewindow.cases.Case;
import org.onewindow.cases.CaseStep;
import org.onewindow.cases.RatingLine;
import org.onewindow.hall.HallConfig;
import org.onewindow.hall.StaffSpec;

/** A case and a rating as CONTRACT §9 writes them; due dates are the last hall date a step is on time. */
final class CaseView {
    private CaseView() {
    }

    static JsonObject of(Case c, HallConfig config, Instant now) {
        ZoneId zone = config.timezone();
        JsonArray steps = new JsonArray();
        for (CaseStep step : c.steps()) {
            steps.add(new JsonObject().put("kind", step.kind().wire()).put("at", step.at().toString())
                    .put("actor", step.actor()).put("actorName", name(config, step.actor())).put("note", step.note()));
        }
        return new JsonObject().put("id", c.id()).put("ticket", c.ticket()).put("number", c.number())
                .put("counter", c.counter()).put("staff", c.staff()).put("staffName", name(config, c.staff()))
                .put("service", c.service()).put("score", c.score()).put("tags", new JsonArray(c.tags()))
                .put("comment", c.comment()).put("openedAt", c.openedAt().toString())
                .put("callbackDue", c.callbackDue().toString()).put("rectifyDue", c.rectifyDue().toString())
                .put("status", c.status(now, zone).wire()).put("appealPending", c.appealPending()).put("steps", steps);
    }

    static JsonObject of(RatingLine line) {
        return new JsonObject().put("ticket", line.rating().ticketId()).put("number", line.number())
                .put("day", line.day().toString()).put("counter", line.rating().counter())
                .put("service", line.rating().service()).put("score", line.rating().score())
                .put("tags", new JsonArray(line.rating().tags())).put("comment", line.rating().comment())
                .put("at", line.rating().at().toString());
    }

    private static String name(HallConfig config, String staffId) {
        return staffId == null ? null : config.staffMember(staffId).map(StaffSpec::name).orElse(staffId);
    }
}
