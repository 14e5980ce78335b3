package org.onewindow.edge;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.client.HttpRequest;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.ext.web.client.WebClient;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onewindow.hub.HubSettings;
import org.onewindow.hub.HubVerticle;
import org.onewindow.testing.TestHub;

/** Cross-site writes: JSON bodies only as application/json (415), no foreign Origin (403). */
class WriteChecksTest {
    private static final String TICKET = "{\"service\":\"tax\"}";

    @TempDir
    Path dir;
    TestHub hub;
    WebClient client;

    @BeforeEach
    void start() {
        hub = TestHub.start(dir, TestHub.morningClock(), EdgeHall.yaml("limits: {ticketsPerAddressPerMinute: 1000}"));
        client = WebClient.create(hub.vertx);
    }

    @AfterEach
    void stop() {
        client.close();
        hub.close();
    }

    @Test
    void aBodySentAsTextPlainOrAFormIsUnsupported() {
        for (String type : new String[] {"text/plain", "text/plain;charset=UTF-8", "application/x-www-form-urlencoded",
                "multipart/form-data; boundary=x", "application/jsonp", ""}) {
            HttpResponse<Buffer> answer = send(HttpMethod.POST, "/api/v1/tickets", type, TICKET, null, null);
            assertThat(answer.statusCode()).as(type).isEqualTo(415);
            assertThat(answer.bodyAsJsonObject().getJsonObject("error").getString("code")).isEqualTo("UNSUPPORTED_MEDIA_TYPE");
        }
        HttpResponse<Buffer> noType = send(HttpMethod.POST, "/api/v1/sessions", null, "{\"staff\":\"s01\"}", null, null);
        assertThat(noType.statusCode()).isEqualTo(415);
        assertThat(send(HttpMethod.PUT, "/api/v1/counters/1/profile", "text/plain", "{}", null, null).statusCode()).isEqualTo(415);
        assertThat(send(HttpMethod.PATCH, "/api/v1/tickets", "text/plain", "{}", null, null).statusCode()).isEqualTo(415);
    }

    @Test
    void jsonWithParametersAndWritesWithoutABodyPass() {
        assertThat(send(HttpMethod.POST, "/api/v1/tickets", "application/json", TICKET, null, null).statusCode()).isEqualTo(201);
        assertThat(send(HttpMethod.POST, "/api/v1/tickets", "Application/JSON; charset=utf-8", TICKET, null, null).statusCode())
                .isEqualTo(201);
        String token = hub.login("s01");
        HttpResponse<Buffer> open = client.post(hub.port(), "127.0.0.1", "/api/v1/counters/1/open")
                .bearerTokenAuthentication(token).send().await();
        assertThat(open.statusCode()).isEqualTo(200);
    }

    @Test
    void aForeignOriginIsRefusedAndTheHubsOwnIsNot() {
        String own = "http://127.0.0.1:" + hub.port();
        for (String foreign : new String[] {"http://evil.example", "http://127.0.0.1:1", "https://127.0.0.1:" + hub.port(),
                "null", "http://127.0.0.1.evil.example:" + hub.port(), "not a url"}) {
            HttpResponse<Buffer> answer = send(HttpMethod.POST, "/api/v1/tickets", "application/json", TICKET, foreign, null);
            assertThat(answer.statusCode()).as(foreign).isEqualTo(403);
            assertThat(answer.bodyAsJsonObject().getJsonObject("error").getString("code")).isEqualTo("FOREIGN_ORIGIN");
        }
        assertThat(send(HttpMethod.POST, "/api/v1/tickets", "application/json", TICKET, own, null).statusCode()).isEqualTo(201);
        assertThat(send(HttpMethod.POST, "/api/v1/tickets", "application/json", TICKET, own.toUpperCase(), null).statusCode())
                .isEqualTo(201);
        assertThat(send(HttpMethod.GET, "/api/v1/hall", null, null, "http://evil.example", null).statusCode()).isEqualTo(403);
    }

    @Test
    void crossSiteFetchMetadataIsRefused() {
        assertThat(send(HttpMethod.POST, "/api/v1/tickets", "application/json", TICKET, null, "cross-site").statusCode())
                .isEqualTo(403);
        assertThat(send(HttpMethod.POST, "/api/v1/tickets", "application/json", TICKET, null, "same-origin").statusCode())
                .isEqualTo(201);
        assertThat(send(HttpMethod.POST, "/api/v1/tickets", "application/json", TICKET, null, "none").statusCode())
                .isEqualTo(201);
    }

    @Test
    void thePublicUrlIsTheHubsOwnOriginToo() throws Exception {
        Vertx vertx = Vertx.vertx();
        try {
            HubVerticle proxied = new HubVerticle(new HubSettings(null, dir.resolve("proxied"), "127.0.0.1", 0,
                    "https://hall.example.gov.cn"), Clock.systemUTC());
            vertx.deployVerticle(proxied).await();
            WebClient other = WebClient.create(vertx);
            HttpResponse<Buffer> answer = other.get(proxied.port(), "127.0.0.1", "/api/v1/hall")
                    .putHeader("Origin", "https://hall.example.gov.cn").send().await();
            assertThat(answer.statusCode()).isEqualTo(200);
            HttpResponse<Buffer> refused = other.get(proxied.port(), "127.0.0.1", "/api/v1/hall")
                    .putHeader("Origin", "https://hall.example.gov.cn.evil").send().await();
            assertThat(refused.statusCode()).isEqualTo(403);
        } finally {
            vertx.close().await();
        }
    }

    private HttpResponse<Buffer> send(HttpMethod method, String path, String type, String body, String origin, String site) {
        HttpRequest<Buffer> request = client.request(method, hub.port(), "127.0.0.1", path);
        if (type != null) {
            request.putHeader("Content-Type", type);
        }
        if (origin != null) {
            request.putHeader("Origin", origin);
        }
        if (site != null) {
            request.putHeader("Sec-Fetch-Site", site);
        }
        return body == null ? request.send().await() : request.sendBuffer(Buffer.buffer(body)).await();
    }
}
