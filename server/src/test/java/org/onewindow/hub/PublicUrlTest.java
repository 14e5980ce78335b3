package org.onewindow.hub;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.WebClient;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A kiosk browser on the hub itself reaches it at localhost; the QR code must still open on a phone. */
class PublicUrlTest {
    @TempDir
    Path dir;

    @Test
    void trackUrlsUseThePublicUrlWhenOneIsSet() {
        Vertx vertx = HubVertx.create();
        try {
            HubVerticle hub = new HubVerticle(new HubSettings(null, dir, "127.0.0.1", 0, "http://192.168.1.20:8080"));
            vertx.deployVerticle(hub).await();
            JsonObject ticket = WebClient.create(vertx).post(hub.port(), "127.0.0.1", "/api/v1/tickets")
                    .sendJsonObject(new JsonObject().put("service", "business-registration")).await().bodyAsJsonObject();
            assertThat(ticket.getString("trackUrl")).isEqualTo("http://192.168.1.20:8080/t/" + ticket.getString("id") + "?key=" + ticket.getString("key"));
        } finally {
            vertx.close().await();
        }
    }
}
