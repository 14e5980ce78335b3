package org.onewindow.api;

import io.vertx.core.Vertx;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import org.onewindow.devices.DeviceRegistry;
import org.onewindow.devices.Pairings;
import org.onewindow.devices.printing.PrinterFleet;
import org.onewindow.hub.HallDesk;
import org.onewindow.hub.HubAdvisor;
import org.onewindow.staff.Sessions;

/** The HTTP API under /api/v1 (CONTRACT §3): every error is a 4xx with a code and a message. */
public final class ApiRouter {
    private static final long MAX_BODY_BYTES = 16 * 1024;

    private ApiRouter() {
    }

    /** @param publicUrl the address phones reach the hub at, or null for the address of each request */
    public static Router create(Vertx vertx, HallDesk desk, Sessions sessions, HubAdvisor advisor, DeviceRegistry registry,
                                Pairings pairings, PrinterFleet printers, String publicUrl) {
        Router api = Router.router(vertx);
        if (publicUrl != null) {
            api.route().handler(ctx -> {
                ctx.put(Replies.PUBLIC_URL, publicUrl);
                ctx.next();
            });
        }
        api.route().handler(BodyHandler.create(false).setBodyLimit(MAX_BODY_BYTES));
        StaffAuth auth = new StaffAuth(sessions);
        DeviceAuth devices = new DeviceAuth(registry);
        new TicketRoutes(desk, auth, devices, printers).mount(api);
        new PairingRoutes(desk, pairings, registry, auth).mount(api);
        new DeviceRoutes(desk, registry, auth, devices, printers).mount(api);
        new SessionRoutes(vertx, sessions, desk).mount(api, auth);
        new CounterRoutes(desk, auth, devices).mount(api);
        new ServiceRoutes(desk, auth).mount(api);
        new BoardRoutes(desk, new org.onewindow.displays.Boards(java.time.Clock.systemUTC()), auth).mount(api);
        new ReportRoutes(desk, auth).mount(api);
        new LiveRoutes(desk, auth).mount(api);
        new CaseRoutes(desk, auth).mount(api);
        new AdviceRoutes(desk, auth, advisor).mount(api);
        new StaffDayRoutes(desk, auth).mount(api);
        api.route().failureHandler(ApiRouter::failed);
        return api;
    }

    /**
     * Unmatched requests fall through the API router to the hub's root router; it hands those under
     * /api/ back here so they too get the contract's JSON error.
     */
    public static boolean isApiPath(RoutingContext ctx) {
        return ctx.request().path().startsWith("/api/");
    }

    /**
     * vertx-web refuses some requests itself with a 4xx and an exception attached (a bad Host, an empty
     * path); that is the client's mistake, not a fault of the hub, so it stays a 4xx.
     */
    public static void failed(RoutingContext ctx) {
        if (ctx.failure() != null && !clientError(ctx.statusCode())) {
            ErrorReplies.send(ctx, ctx.failure());
            return;
        }
        int status = ctx.statusCode();
        switch (status) {
            case 404 -> ErrorReplies.send(ctx, 404, "NOT_FOUND", "no such API call: " + ctx.request().path());
            case 405 -> ErrorReplies.send(ctx, 405, "METHOD_NOT_ALLOWED", ctx.request().method() + " is not allowed here");
            case 413 -> ErrorReplies.send(ctx, 413, "BODY_TOO_LARGE", "the body is larger than " + MAX_BODY_BYTES + " bytes");
            default -> ErrorReplies.send(ctx, status >= 400 && status < 500 ? status : 400, "BAD_REQUEST", "the request could not be read");
        }
    }

    private static boolean clientError(int status) {
        return status >= 400 && status < 500;
    }
}
