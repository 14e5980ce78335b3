package org.onewindow.hub;

import io.vertx.core.Vertx;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.handler.StaticHandler;

/**
 * The pages of CONTRACT §4, from the classpath webroot that the server, kiosk and display modules
 * each contribute to. /t/{ticketId} is one page that reads the id from its own address.
 */
final class Pages {
    private static final String TICKET_PAGE = "webroot/t/index.html";

    private Pages() {
    }

    static void mount(Vertx vertx, Router router) {
        router.get("/").handler(ctx -> ctx.redirect("/kiosk/"));
        router.get("/t/:ticketId").handler(ctx -> ctx.response()
                .putHeader("Content-Type", "text/html; charset=utf-8")
                .putHeader("Cache-Control", "no-cache")
                .sendFile(TICKET_PAGE));
        // Front-end libraries from webjars inside the jar (ECharts for the manager's charts): no CDN in a hall.
        router.route("/webjars/*").handler(StaticHandler.create("META-INF/resources/webjars").setMaxAgeSeconds(86400));
        router.route().handler(StaticHandler.create("webroot")
                .setIndexPage("index.html")
                .setMaxAgeSeconds(60)
                .setDefaultContentEncoding("UTF-8"));
    }
}
