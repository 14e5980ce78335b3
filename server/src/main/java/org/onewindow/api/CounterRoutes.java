package org.onewindow.api;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.util.function.BiFunction;
import org.onewindow.devices.DeviceKind;
import org.onewindow.hall.Role;
import org.onewindow.hub.HallDesk;
import org.onewindow.routing.Eligibility;
import org.onewindow.tickets.CallOrder;
import org.onewindow.tickets.Counter;
import org.onewindow.tickets.CounterStatus;
import org.onewindow.tickets.Hall;
import org.onewindow.tickets.HallEvent;

/** What window staff do at the counter, and what a manager changes about a window. */
final class CounterRoutes {
    private final HallDesk desk;
    private final StaffAuth auth;
    private final DeviceAuth devices;

    CounterRoutes(HallDesk desk, StaffAuth auth, DeviceAuth devices) {
        this.desk = desk;
        this.auth = auth;
        this.devices = devices;
    }

    void mount(Router api) {
        api.post("/counters/:id/call").handler(this::agentCall);
        api.route("/counters/*").handler(auth.require(Role.STAFF));
        api.post("/counters/:id/open").handler(this::open);
        api.post("/counters/:id/pause").handler(ctx -> emptyBodyStatus(ctx, CounterStatus.PAUSED));
        api.post("/counters/:id/close").handler(ctx -> emptyBodyStatus(ctx, CounterStatus.CLOSED));
        api.post("/counters/:id/call").handler(this::call);
        api.post("/counters/:id/recall").handler(ctx -> emptyBody(ctx, (hall, id) -> hall.recall(id, actor(ctx))));
        api.post("/counters/:id/no-show").handler(ctx -> emptyBody(ctx, (hall, id) -> hall.noShow(id, actor(ctx))));
        api.post("/counters/:id/complete").handler(ctx -> emptyBody(ctx, (hall, id) -> hall.complete(id, actor(ctx))));
        api.post("/counters/:id/transfer").handler(this::transfer);
        api.put("/counters/:id/profile").handler(auth.require(Role.MANAGER)).handler(this::profile);
        api.get("/counters/:id/queue").handler(this::queue);
    }

    private static String actor(RoutingContext ctx) {
        return StaffAuth.session(ctx).staff();
    }

    /** Opens the window; {@code takeOver: true} (managers only) takes it from whoever holds it. */
    private void open(RoutingContext ctx) {
        JsonBody body = JsonBody.of(ctx, "takeOver");
        if (!body.optionalBoolean("takeOver", false)) {
            status(ctx, CounterStatus.OPEN);
            return;
        }
        if (!StaffAuth.session(ctx).role().includes(Role.MANAGER)) {
            throw new ApiException(403, "FORBIDDEN", "only a manager may take over a window");
        }
        String id = ctx.pathParam("id");
        String manager = actor(ctx);
        Replies.json(ctx, 200, desk.command(hall -> hall.takeOver(id, manager), CounterRoutes::counterView));
    }

    private void emptyBodyStatus(RoutingContext ctx, CounterStatus status) {
        JsonBody.of(ctx);
        status(ctx, status);
    }

    private void status(RoutingContext ctx, CounterStatus status) {
        String id = ctx.pathParam("id");
        String staff = actor(ctx);
        Replies.json(ctx, 200, desk.command(hall -> hall.setStatus(id, status, staff), CounterRoutes::counterView));
    }

    private void call(RoutingContext ctx) {
        JsonBody.of(ctx);
        String id = ctx.pathParam("id");
        String staff = actor(ctx);
        String base = Replies.baseUrl(ctx);
        desk.maybe(hall -> hall.call(id, staff),
                        (hall, event) -> event.kind() == HallEvent.Kind.TICKET_CALLED ? TicketView.of(event.ticket(), hall, base) : null)
                .onSuccess(called -> {
                    if (called.isPresent()) {
                        Replies.send(ctx, 200, called.get());
                    } else {
                        ctx.response().setStatusCode(204).end();
                    }
                })
                .onFailure(failure -> ErrorReplies.send(ctx, failure));
    }

    /**
     * A device agent's call key (CONTRACT §7): the agent of a window calls for that window's holder, as if
     * the clerk had pressed "call" on the console, so holding, audit and the pad rule all stay the
     * clerk's. Anyone else goes on to the staff route.
     */
    private void agentCall(RoutingContext ctx) {
        var agent = devices.of(ctx).filter(d -> DeviceKind.AGENT.wire().equals(d.kind())).orElse(null);
        if (agent == null) {
            ctx.next();
            return;
        }
        JsonBody.of(ctx);
        String id = ctx.pathParam("id");
        if (!id.equals(agent.counter())) {
            throw new ApiException(403, "FORBIDDEN", "device " + agent.id() + " belongs to window " + agent.counter()
                    + ", not window " + id + " / 此按键盒属于 " + agent.counter() + " 号窗口");
        }
        String base = Replies.baseUrl(ctx);
        desk.maybe(hall -> {
                    String holder = hall.counter(id).staff();
                    if (holder == null) {
                        throw new ApiException(409, "COUNTER_NOT_HELD", "window " + id
                                + " is not open: a clerk opens it on the counter console first / 窗口未开启，请先在窗口控制台开启");
                    }
                    return hall.call(id, holder);
                }, (hall, event) -> event.kind() == HallEvent.Kind.TICKET_CALLED ? TicketView.of(event.ticket(), hall, base) : null)
                .onSuccess(called -> {
                    if (called.isPresent()) {
                        Replies.send(ctx, 200, called.get());
                    } else {
                        ctx.response().setStatusCode(204).end();
                    }
                })
                .onFailure(failure -> ErrorReplies.send(ctx, failure));
    }

    private void emptyBody(RoutingContext ctx, BiFunction<Hall, String, HallEvent> command) {
        JsonBody.of(ctx);
        onTicket(ctx, command);
    }

    private void onTicket(RoutingContext ctx, BiFunction<Hall, String, HallEvent> command) {
        String id = ctx.pathParam("id");
        String base = Replies.baseUrl(ctx);
        Replies.json(ctx, 200, desk.command(hall -> command.apply(hall, id),
                (hall, event) -> TicketView.of(event.ticket(), hall, base)));
    }

    private void transfer(RoutingContext ctx) {
        JsonBody body = JsonBody.of(ctx, "service", "counter");
        String service = body.optionalString("service", null);
        String counter = body.optionalString("counter", null);
        if ((service == null) == (counter == null)) {
            throw ApiException.badRequest("give either 'service' or 'counter'");
        }
        onTicket(ctx, (hall, id) -> hall.transfer(id, service, counter, actor(ctx)));
    }

    private void profile(RoutingContext ctx) {
        JsonBody body = JsonBody.of(ctx, "services");
        var services = body.stringList("services", true);
        String id = ctx.pathParam("id");
        String manager = actor(ctx);
        Replies.json(ctx, 200, desk.command(hall -> hall.changeProfile(id, services, manager), CounterRoutes::counterView));
    }

    /**
     * The tickets this window may call from its profile (and those transferred to it), priority
     * first, then oldest: the contract's order within a line. Which line goes next is the routing
     * policy's choice at the moment of the call.
     */
    private void queue(RoutingContext ctx) {
        String id = ctx.pathParam("id");
        Replies.json(ctx, 200, desk.read(hall -> {
            Counter counter = hall.counter(id);
            JsonArray tickets = new JsonArray();
            hall.view().config().services().stream()
                    .flatMap(service -> hall.view().waiting(service.id()).stream())
                    .filter(t -> Eligibility.inProfile(counter, t))
                    .sorted(CallOrder.PRIORITY_THEN_OLDEST)
                    .forEach(t -> tickets.add(TicketView.brief(t, hall.view().config())));
            return new JsonObject().put("counter", id).put("tickets", tickets);
        }));
    }

    private static JsonObject counterView(Hall hall, HallEvent event) {
        return HallStateView.counter(hall, event.counter());
    }
}
