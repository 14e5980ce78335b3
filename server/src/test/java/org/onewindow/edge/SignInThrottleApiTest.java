package org.onewindow.edge;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onewindow.testing.TestHub;

/** POST /api/v1/sessions after too many failures: 429 with Retry-After, the right password included. */
class SignInThrottleApiTest {
    @TempDir
    Path dir;

    @Test
    void fiveWrongPasswordsForOneStaffIdLockItForFifteenMinutes() {
        try (TestHub hub = TestHub.start(dir, TestHub.morningClock(), EdgeHall.yaml())) {
            for (int i = 0; i < 5; i++) {
                assertThat(signIn(hub, "s01", "wrong").statusCode()).isEqualTo(401);
                hub.clock.advance(Duration.ofMinutes(1));
            }
            HttpResponse<Buffer> locked = signIn(hub, "s01", TestHub.PASSWORD);
            assertThat(locked.statusCode()).isEqualTo(429);
            assertThat(locked.bodyAsJsonObject().getJsonObject("error").getString("code")).isEqualTo("TOO_MANY_REQUESTS");
            assertThat(locked.getHeader("Retry-After")).isEqualTo(Long.toString(Duration.ofMinutes(10).toSeconds()));
            // Another staff id from the same address is not locked.
            assertThat(signIn(hub, "s02", TestHub.PASSWORD).statusCode()).isEqualTo(201);

            hub.clock.advance(Duration.ofMinutes(10));
            assertThat(signIn(hub, "s01", TestHub.PASSWORD).statusCode()).isEqualTo(201);
        }
    }

    @Test
    void aFloodFromOneAddressIsRefusedEvenWithTheRightPasswordUntilTheTimeHasPassed() {
        try (TestHub hub = TestHub.start(dir, TestHub.morningClock(), EdgeHall.yaml())) {
            int unauthorized = 0;
            int throttled = 0;
            for (int i = 0; i < 25; i++) {
                // Different (unknown) staff ids, so only the address limit of 20 applies.
                int status = signIn(hub, "guess" + i, "wrong").statusCode();
                unauthorized += status == 401 ? 1 : 0;
                throttled += status == 429 ? 1 : 0;
            }
            assertThat(unauthorized).isEqualTo(20);
            assertThat(throttled).isEqualTo(5);

            HttpResponse<Buffer> refused = signIn(hub, "m01", TestHub.PASSWORD);
            assertThat(refused.statusCode()).isEqualTo(429);
            assertThat(Integer.parseInt(refused.getHeader("Retry-After"))).isEqualTo(15 * 60);

            hub.clock.advance(Duration.ofMinutes(14));
            assertThat(signIn(hub, "m01", TestHub.PASSWORD).statusCode()).isEqualTo(429);
            hub.clock.advance(Duration.ofMinutes(1));
            assertThat(signIn(hub, "m01", TestHub.PASSWORD).statusCode()).isEqualTo(201);
        }
    }

    @Test
    void theRightPasswordClearsThatStaffIdsFailures() {
        try (TestHub hub = TestHub.start(dir, TestHub.morningClock(), EdgeHall.yaml())) {
            for (int i = 0; i < 4; i++) {
                assertThat(signIn(hub, "s01", "wrong").statusCode()).isEqualTo(401);
            }
            assertThat(signIn(hub, "s01", TestHub.PASSWORD).statusCode()).isEqualTo(201);
            for (int i = 0; i < 4; i++) {
                assertThat(signIn(hub, "s01", "wrong").statusCode()).isEqualTo(401);
            }
            assertThat(signIn(hub, "s01", TestHub.PASSWORD).statusCode()).isEqualTo(201);
        }
    }

    private static HttpResponse<Buffer> signIn(TestHub hub, String staff, String password) {
        return hub.post("/api/v1/sessions", new JsonObject().put("staff", staff).put("password", password));
    }
}
