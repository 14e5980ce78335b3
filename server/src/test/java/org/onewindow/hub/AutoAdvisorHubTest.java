package org.onewindow.hub;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.json.JsonObject;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onewindow.testing.OverloadedHall;
import org.onewindow.testing.TestHub;

/** Auto mode in the running hub: the advisor widens a profile by itself, committed and audited like a manager's change. */
class AutoAdvisorHubTest {
    @TempDir
    Path dir;

    @Test
    void autoModeAppliesTheAdviceAsAnAuditedProfileChange() throws Exception {
        try (TestHub hub = OverloadedHall.start(dir, OverloadedHall.yaml("{auto: true, holdMinutes: 60}"))) {
            hub.verticle().advisorTick().await();

            JsonObject windowTwo = hub.get("/api/v1/hall").bodyAsJsonObject().getJsonArray("counters").getJsonObject(1);
            assertThat(windowTwo.getJsonArray("profile").getList()).containsExactly("commerce", "tax");
            assertThat(hub.auditedActors("PROFILE_CHANGED")).containsExactly("advisor (auto 2+commerce)");
        }
    }

    @Test
    void withoutAutoModeTheTickChangesNothing() throws Exception {
        try (TestHub hub = OverloadedHall.start(dir)) {
            hub.verticle().advisorTick().await();
            assertThat(hub.auditedActors("PROFILE_CHANGED")).isEmpty();
        }
    }
}
