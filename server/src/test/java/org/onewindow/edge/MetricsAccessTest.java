package org.onewindow.edge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.ext.web.client.WebClient;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Collections;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onewindow.hub.HubSettings;
import org.onewindow.hub.HubVerticle;

/**
 * /metrics from another machine needs a manager's token; from the hub itself it needs none. The hub
 * listens on all interfaces and the test reaches it through this machine's own LAN address, which the
 * hub sees as a remote (non-loopback) caller.
 */
class MetricsAccessTest {
    @TempDir
    Path dir;
    Vertx vertx;
    WebClient client;
    HubVerticle hub;
    String lan;

    @BeforeEach
    void start() throws Exception {
        lan = lanAddress();
        assumeTrue(lan != null, "no non-loopback IPv4 address on this machine");
        vertx = Vertx.vertx();
        hub = new HubVerticle(new HubSettings(null, dir.resolve("data"), "0.0.0.0", 0), Clock.systemUTC());
        vertx.deployVerticle(hub).await();
        client = WebClient.create(vertx);
    }

    @AfterEach
    void stop() {
        if (vertx != null) {
            vertx.close().await();
        }
    }

    @Test
    void fromTheLanOnlyAManagerReadsMetrics() {
        HttpResponse<Buffer> anonymous = get(lan, null);
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.bodyAsJsonObject().getJsonObject("error").getString("code")).isEqualTo("UNAUTHENTICATED");

        assertThat(get(lan, "made-up-token").statusCode()).isEqualTo(401);
        HttpResponse<Buffer> clerk = get(lan, signIn("s01", "demo-s01"));
        assertThat(clerk.statusCode()).isEqualTo(403);
        assertThat(clerk.bodyAsJsonObject().getJsonObject("error").getString("code")).isEqualTo("FORBIDDEN");

        HttpResponse<Buffer> manager = get(lan, signIn("m01", "demo-m01"));
        assertThat(manager.statusCode()).isEqualTo(200);
        assertThat(manager.bodyAsString()).contains("onewindow_");
    }

    @Test
    void fromTheHubItselfNoTokenIsNeeded() {
        HttpResponse<Buffer> local = get("127.0.0.1", null);
        assertThat(local.statusCode()).isEqualTo(200);
        assertThat(local.bodyAsString()).contains("onewindow_");
    }

    private HttpResponse<Buffer> get(String host, String token) {
        var request = client.get(hub.port(), host, "/metrics");
        if (token != null) {
            request.bearerTokenAuthentication(token);
        }
        return request.send().await();
    }

    private String signIn(String staff, String password) {
        return client.post(hub.port(), "127.0.0.1", "/api/v1/sessions")
                .sendJsonObject(new JsonObject().put("staff", staff).put("password", password)).await()
                .bodyAsJsonObject().getString("token");
    }

    private static String lanAddress() throws Exception {
        for (NetworkInterface nic : Collections.list(NetworkInterface.getNetworkInterfaces())) {
            if (!nic.isUp() || nic.isLoopback()) {
                continue;
            }
            for (InetAddress address : Collections.list(nic.getInetAddresses())) {
                if (address instanceof Inet4Address && !address.isLoopbackAddress()) {
                    return address.getHostAddress();
                }
            }
        }
        return null;
    }
}
