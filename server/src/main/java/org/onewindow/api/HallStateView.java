package org.onewindow.api;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import org.onewindow.hall.HallConfig;
import org.onewindow.hall.ServiceSpec;
import org.onewindow.hall.StaffSpec;
import org.onewindow.routing.WaitEstimate;
import org.onewindow.tickets.Channel;
import org.onewindow.tickets.Counter;
import org.onewindow.tickets.Hall;
import org.onewindow.tickets.Priority;
import org.onewindow.tickets.Ticket;
import org.onewindow.tickets.TicketStatus;

/** The body of GET /api/v1/hall and of every hall.state event (CONTRACT §3, §4), plus fields pages use. */
public final class HallStateView {
    private HallStateView() {
    }

    /**
     * Must run on the hall desk's thread: it reads the live queues. Its estimates read the hall's latest
     * forecast (one per hall version), so it costs the same with ten or a thousand waiting.
     */
    public static JsonObject of(Hall hall) {
        HallConfig config = hall.view().config();
        JsonArray services = new JsonArray();
        for (ServiceSpec service : config.services()) {
            services.add(service(hall, service));
        }
        JsonArray counters = new JsonArray();
        for (Counter counter : hall.view().counters()) {
            counters.add(counter(hall, counter));
        }
        return new JsonObject()
                .put("id", config.id())
                .put("name", Views.text(config.name()))
                .put("timezone", config.timezone().getId())
                .put("open", hall.isOpen())
                .put("hours", Views.hours(config.hours()))
                .put("services", services)
                .put("counters", counters);
    }

    /** One matter as kiosks, boards and the manager see it. Must run on the hall desk's thread. */
    public static JsonObject service(Hall hall, ServiceSpec service) {
        Ticket newcomer = new Ticket("-", null, "-", service.id(), Priority.NORMAL, Channel.KIOSK, "zh",
                TicketStatus.WAITING, Long.MAX_VALUE, null, null, hall.view().now(), null, null, 0, 0, false, null);
        WaitEstimate estimate = hall.estimate(newcomer);
        return new JsonObject()
                .put("id", service.id())
                .put("name", Views.text(service.name()))
                .put("prefix", service.prefix())
                .put("open", hall.accepts(service))
                .put("waiting", hall.view().waiting(service.id()).size())
                // What a ticket taken now would read as "前面还有": the same count, so kiosk and ticket agree.
                .put("ahead", estimate.ahead())
                // No open window serves it: the kiosk says so instead of promising a wait.
                .put("served", hall.served(service.id()))
                .put("stopped", hall.stopped(service.id()))
                .put("estimatedWaitMinutes", estimate.roundedMinutes())
                .put("estimatedWaitRange", TicketView.range(estimate))
                .put("averageMinutes", service.averageMinutes())
                .put("dailyQuota", service.dailyQuota())
                .put("issuedToday", hall.issuedToday(service))
                .put("materials", Views.texts(service.materials()))
                .put("department", Views.text(service.department()))
                .put("pinyin", service.pinyin());
    }

    /** One window as consoles and boards see it. Must run on the hall desk's thread. */
    public static JsonObject counter(Hall hall, Counter counter) {
        HallConfig config = hall.view().config();
        String currentNumber = counter.currentTicket() == null ? null
                : hall.view().ticket(counter.currentTicket()).map(Ticket::number).orElse(null);
        return new JsonObject()
                .put("id", counter.id())
                .put("name", config.counter(counter.id()).map(c -> Views.text(c.name())).orElse(null))
                .put("status", counter.status().wire())
                .put("currentTicket", counter.currentTicket())
                .put("currentNumber", currentNumber)
                .put("lastTicket", counter.lastTicket())
                .put("staff", counter.staff())
                // Public like the name plate on the desk (亮牌上岗): consoles show who holds a window.
                .put("staffName", counter.staff() == null ? null
                        : config.staffMember(counter.staff()).map(StaffSpec::name).orElse(counter.staff()))
                .put("profile", Views.sorted(counter.profile()))
                .put("skills", Views.sorted(counter.skills()));
    }
}
