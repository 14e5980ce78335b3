package org.onewindow.devices.printing;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.onewindow.hall.HallConfig;
import org.onewindow.hardware.escpos.TicketPrint;

/** What goes on paper, from the ticket as the 201 answer shows it: the same numbers the screen shows. */
public final class TicketPrints {
    private static final DateTimeFormatter TAKEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private TicketPrints() {
    }

    public static TicketPrint of(JsonObject ticket, HallConfig config) {
        JsonObject name = ticket.getJsonObject("serviceName", new JsonObject());
        List<String> materials = new ArrayList<>();
        JsonArray listed = ticket.getJsonArray("materials", new JsonArray());
        for (int i = 0; i < listed.size(); i++) {
            materials.add(listed.getJsonObject(i).getString("zh"));
        }
        // A range, when the estimator gives one (estimatedWaitRange: [low, high], CONTRACT §3 as extended).
        JsonArray range = ticket.getJsonArray("estimatedWaitRange");
        String issued = ticket.getString("issuedAt");
        return new TicketPrint(config.name().zh(), ticket.getString("number"), name.getString("zh", ticket.getString("service")),
                name.getString("en"), ticket.getInteger("ahead", 0), ticket.getInteger("estimatedWaitMinutes"),
                range == null ? null : range.getInteger(0), range == null ? null : range.getInteger(1),
                issued == null ? "" : TAKEN.format(OffsetDateTime.parse(issued)), materials, ticket.getString("trackUrl"));
    }
}
