package org.onewindow.devices;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onewindow.testing.ApiAssertions.assertError;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onewindow.testing.MutableClock;
import org.onewindow.testing.TestHub;

/** Pairing a device by its code, its token, and revoking it (CONTRACT §6), on a real hub. */
class PairingApiTest {
    @TempDir
    Path dir;

    private static JsonObject ask(TestHub hub, String kind) {
        return hub.post("/api/v1/pairings", new JsonObject().put("kind", kind).put("name", "大厅 2 号机")).bodyAsJsonObject();
    }

    @Test
    void aManagerWhoTypesTheDevicesCodePairsItAndItsNextPollAloneCarriesTheToken() {
        try (TestHub hub = TestHub.start(dir)) {
            JsonObject asked = ask(hub, "kiosk");
            assertThat(asked.getString("code")).matches("\\d{6}");
            String poll = "/api/v1/pairings/" + asked.getString("id");
            assertThat(hub.get(poll).bodyAsJsonObject().getString("status")).isEqualTo("pending");

            String manager = hub.login("m01");
            JsonArray pending = hub.get("/api/v1/pairings", manager).bodyAsJsonObject().getJsonArray("pairings");
            assertThat(pending).hasSize(1);
            JsonObject listed = pending.getJsonObject(0);
            assertThat(listed.getString("kind")).isEqualTo("kiosk");
            assertThat(listed.getString("name")).isEqualTo("大厅 2 号机");
            assertThat(listed.getString("address")).isEqualTo("127.0.0.1");
            assertThat(listed.containsKey("code")).as("the manager reads the code off the device").isFalse();

            String approve = poll + "/approve";
            assertError(hub.post(approve, new JsonObject().put("code", "000000").put("device", "k1"), hub.login("s01")), 403, "FORBIDDEN");
            assertError(hub.post(approve, new JsonObject().put("code", wrong(asked)).put("device", "k1"), manager), 409, "BAD_PAIRING_CODE");
            assertError(hub.post(approve, new JsonObject().put("code", asked.getString("code")).put("device", "pad1"), manager),
                    409, "WRONG_DEVICE_KIND");
            assertError(hub.post(approve, new JsonObject().put("code", asked.getString("code")).put("device", "k9"), manager),
                    404, "UNKNOWN_DEVICE");
            assertThat(hub.post(approve, new JsonObject().put("code", asked.getString("code")).put("device", "k1"), manager)
                    .statusCode()).isEqualTo(200);

            JsonObject first = hub.get(poll).bodyAsJsonObject();
            assertThat(first.getString("status")).isEqualTo("approved");
            assertThat(first.getString("device")).isEqualTo("k1");
            String token = first.getString("token");
            assertThat(token).hasSizeGreaterThanOrEqualTo(40);
            assertThat(hub.get(poll).bodyAsJsonObject().containsKey("token")).as("only the first poll").isFalse();

            JsonObject me = hub.get("/api/v1/devices/me", token).bodyAsJsonObject();
            assertThat(me.getString("id")).isEqualTo("k1");
            assertThat(me.getString("kind")).isEqualTo("kiosk");
            assertThat(hub.auditedActors("DEVICE_PAIRED")).containsExactly("m01");
            assertThat(hub.auditedActors("DEVICE_PAIRED")).hasSize(1);
        }
    }

    @Test
    void fiveWrongCodesRefuseTheRequestSoTheDigitsCannotBeTriedThrough() {
        try (TestHub hub = TestHub.start(dir)) {
            JsonObject asked = ask(hub, "pad");
            String manager = hub.login("m01");
            String approve = "/api/v1/pairings/" + asked.getString("id") + "/approve";
            for (int i = 0; i < 5; i++) {
                assertError(hub.post(approve, new JsonObject().put("code", wrong(asked)).put("device", "pad1"), manager),
                        409, "BAD_PAIRING_CODE");
            }
            assertError(hub.post(approve, new JsonObject().put("code", asked.getString("code")).put("device", "pad1"), manager),
                    409, "PAIRING_SETTLED");
            assertThat(hub.get("/api/v1/pairings/" + asked.getString("id")).bodyAsJsonObject().getString("status"))
                    .isEqualTo("refused");
        }
    }

    @Test
    void aRequestExpiresAfterTenMinutesAndCanBeRefused() {
        MutableClock clock = TestHub.morningClock();
        try (TestHub hub = TestHub.start(dir, clock)) {
            String manager = hub.login("m01");
            JsonObject late = ask(hub, "kiosk");
            JsonObject unwanted = ask(hub, "kiosk");
            assertThat(hub.post("/api/v1/pairings/" + unwanted.getString("id") + "/refuse", null, manager).bodyAsJsonObject()
                    .getString("status")).isEqualTo("refused");
            assertThat(hub.auditedActors("PAIRING_REFUSED")).containsExactly("m01");

            clock.advance(Duration.ofMinutes(10));
            assertThat(hub.get("/api/v1/pairings/" + late.getString("id")).bodyAsJsonObject().getString("status")).isEqualTo("expired");
            assertError(hub.post("/api/v1/pairings/" + late.getString("id") + "/approve",
                    new JsonObject().put("code", late.getString("code")).put("device", "k1"), manager), 409, "PAIRING_SETTLED");
            assertThat(hub.get("/api/v1/pairings", manager).bodyAsJsonObject().getJsonArray("pairings")).isEmpty();
        }
    }

    @Test
    void aRevokedTokenIsRefusedAtOnceAndAPairingSurvivesARestart() {
        MutableClock clock = TestHub.morningClock();
        String kiosk;
        String pad;
        try (TestHub hub = TestHub.start(dir, clock)) {
            kiosk = hub.pair("kiosk", "k1");
            pad = hub.pair("pad", "pad1");
            String manager = hub.login("m01");
            assertThat(hub.send(io.vertx.core.http.HttpMethod.DELETE, "/api/v1/devices/k1/pairing", manager, null).statusCode())
                    .isEqualTo(204);
            assertError(hub.get("/api/v1/devices/me", kiosk), 401, "DEVICE_NOT_PAIRED");
            // The revoked kiosk's next ticket is refused, not served as an anonymous phone's would be.
            assertError(hub.send(io.vertx.core.http.HttpMethod.POST, "/api/v1/tickets", kiosk, "{\"service\":\"commerce\"}"),
                    401, "DEVICE_NOT_PAIRED");
            assertThat(hub.auditedActors("DEVICE_REVOKED")).containsExactly("m01");
            // A manager's device decisions are chained into the log like every other event.
            assertThat(org.onewindow.store.EventLogCheck.check(hub.dataDir, null).line()).startsWith("event log intact: 3 rows");
        }
        try (TestHub hub = TestHub.start(dir, clock)) {
            assertThat(hub.get("/api/v1/devices/me", pad).bodyAsJsonObject().getString("counter")).isEqualTo("1");
            assertError(hub.get("/api/v1/devices/me", kiosk), 401, "DEVICE_NOT_PAIRED");
            // Only a hash of a token is stored.
            assertThat(hub.dataDir.resolve("onewindow.db")).content(java.nio.charset.StandardCharsets.ISO_8859_1).doesNotContain(pad);
        }
    }

    @Test
    void theDeviceListShowsEveryDeclaredDeviceWithItsPairingAndWhetherItIsOnline() {
        MutableClock clock = TestHub.morningClock();
        try (TestHub hub = TestHub.start(dir, clock)) {
            String pad = hub.pair("pad", "pad1");
            hub.get("/api/v1/devices/me", pad);
            String manager = hub.login("m01");
            assertError(hub.get("/api/v1/devices"), 401, "UNAUTHENTICATED");
            JsonArray devices = hub.get("/api/v1/devices", manager).bodyAsJsonObject().getJsonArray("devices");
            assertThat(devices.stream().map(d -> ((JsonObject) d).getString("id"))).containsExactly("k1", "pad1", "pad2", "a1");
            JsonObject pad1 = devices.getJsonObject(1);
            assertThat(pad1.getString("kind")).isEqualTo("pad");
            assertThat(pad1.getString("counter")).isEqualTo("1");
            assertThat(pad1.getBoolean("paired")).isTrue();
            assertThat(pad1.getBoolean("online")).isTrue();
            assertThat(pad1.getString("status")).isEqualTo("ok");
            assertThat(pad1.getString("lastSeen")).isEqualTo("2026-11-26T10:00:00+08:00");
            assertThat(devices.getJsonObject(0).getBoolean("paired")).isFalse();

            clock.advance(Duration.ofMinutes(2));
            JsonObject later = hub.get("/api/v1/devices", manager).bodyAsJsonObject().getJsonArray("devices").getJsonObject(1);
            assertThat(later.getBoolean("online")).isFalse();
            assertThat(later.getString("status")).isEqualTo("offline");
        }
    }

    @Test
    void badPairingRequestsAreClearErrors() {
        try (TestHub hub = TestHub.start(dir)) {
            assertError(hub.post("/api/v1/pairings", new JsonObject().put("kind", "printer")), 400, "BAD_REQUEST");
            assertError(hub.post("/api/v1/pairings", new JsonObject()), 400, "BAD_REQUEST");
            assertError(hub.post("/api/v1/pairings", new JsonObject().put("kind", "pad").put("name", "x".repeat(81))), 400, "BAD_REQUEST");
            assertError(hub.get("/api/v1/pairings/nope"), 404, "UNKNOWN_PAIRING");
            assertError(hub.get("/api/v1/devices/me", "not-a-token"), 401, "DEVICE_NOT_PAIRED");
        }
    }

    private static String wrong(JsonObject asked) {
        return asked.getString("code").equals("123456") ? "654321" : "123456";
    }
}
