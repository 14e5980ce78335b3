package org.onewindow.api;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import org.onewindow.hall.CounterSpec;
import org.onewindow.hall.HallConfig;
import org.onewindow.hall.LocalText;
import org.onewindow.hall.Role;
import org.onewindow.hall.ServiceSpec;
import org.onewindow.hub.HallDesk;
import org.onewindow.hub.HubAdvisor;
import org.onewindow.routing.Advice;
import org.onewindow.routing.Widening;
import org.onewindow.tickets.Hall;

/**
 * The advisor advisor for managers: recommendations to widen a window's profile within its
 * staff's skills, each with the simulator's what-if; applying one is an audited profile change
 * that is put back after the hall file's hold time.
 */
final class AdviceRoutes {
    private final HallDesk desk;
    private final StaffAuth auth;
    private final HubAdvisor advisor;

    AdviceRoutes(HallDesk desk, StaffAuth auth, HubAdvisor advisor) {
        this.desk = desk;
        this.auth = auth;
        this.advisor = advisor;
    }

    void mount(Router api) {
        api.route("/advice*").handler(auth.require(Role.MANAGER));
        api.get("/advice").handler(this::list);
        api.post("/advice/:id/apply").handler(this::apply);
    }

    private void list(RoutingContext ctx) {
        Replies.json(ctx, 200, advisor.advise(desk).compose(listed -> desk.read(hall -> {
            JsonArray advice = new JsonArray();
            listed.forEach(a -> advice.add(view(a, hall)));
            return new JsonObject().put("advice", advice)
                    .put("auto", advisor.routing().advisor().auto())
                    .put("holdMinutes", advisor.routing().advisor().holdMinutes())
                    .put("recentMinutes", advisor.routing().advisor().recentMinutes());
        })));
    }

    private void apply(RoutingContext ctx) {
        JsonBody.of(ctx);
        String id = ctx.pathParam("id");
        String manager = StaffAuth.session(ctx).staff();
        Widening[] made = new Widening[1];
        Replies.json(ctx, 200, desk.command(hall -> {
            Advice advice = advisor.find(id).orElseThrow(() -> new ApiException(404, "UNKNOWN_ADVICE",
                    "no current advice '" + id + "'; list the advice again, the hall has moved on"));
            made[0] = advisor.widen(advice, hall);
            return hall.changeProfile(advice.counter(), made[0].after(), manager + " (advice " + id + ")");
        }, (hall, event) -> new JsonObject()
                .put("counter", HallStateView.counter(hall, event.counter()))
                .put("until", Views.time(made[0].until(), hall.view().config()))));
    }

    private static JsonObject view(Advice advice, Hall hall) {
        HallConfig config = hall.view().config();
        LocalText counterName = config.counter(advice.counter()).map(CounterSpec::name).orElse(new LocalText(advice.counter(), advice.counter()));
        LocalText serviceName = config.service(advice.service()).map(ServiceSpec::name).orElse(new LocalText(advice.service(), advice.service()));
        return new JsonObject()
                .put("id", advice.id())
                .put("counter", advice.counter())
                .put("counterName", Views.text(counterName))
                .put("addServices", Views.sorted(advice.addServices()))
                .put("service", advice.service())
                .put("serviceName", Views.text(serviceName))
                .put("waitBefore", round(advice.waitBefore()))
                .put("waitAfter", round(advice.waitAfter()))
                .put("hallWaitBefore", round(advice.hallWaitBefore()))
                .put("hallWaitAfter", round(advice.hallWaitAfter()))
                .put("text", Views.text(new LocalText(advice.text(counterName.zh(), serviceName.zh()).zh(),
                        advice.text(counterName.en(), serviceName.en()).en())));
    }

    private static double round(double minutes) {
        return Math.round(minutes * 10) / 10.0;
    }
}
