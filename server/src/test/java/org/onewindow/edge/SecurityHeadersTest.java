package org.onewindow.edge;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.client.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onewindow.testing.TestHub;

/** Every answer, page or API, carries the CSP, nosniff, no-referrer and frame denial. */
class SecurityHeadersTest {
    @TempDir
    Path dir;

    @Test
    void pagesApiAndErrorsCarryTheSecurityHeaders() {
        try (TestHub hub = TestHub.start(dir)) {
            String ticket = hub.issue("tax").getString("id");
            for (String path : new String[] {"/kiosk/", "/display/", "/display/counter/?id=1", "/pad/?counter=1", "/counter/",
                    "/manager/", "/t/" + ticket, "/common/api.js", "/api/v1/hall", "/api/v1/nothing", "/no-such-page",
                    "/health"}) {
                HttpResponse<Buffer> answer = hub.get(path);
                String policy = answer.getHeader("Content-Security-Policy");
                assertThat(policy).as(path)
                        .contains("default-src 'self'", "script-src 'self'", "style-src 'self'", "frame-ancestors 'none'",
                                "object-src 'none'")
                        .doesNotContain("unsafe-eval");
                // Only the manager console's charts may set style attributes; nothing anywhere runs inline script.
                assertThat(policy.replace("style-src-attr 'unsafe-inline'", "")).as(path).doesNotContain("unsafe-inline");
                assertThat(policy.contains("style-src-attr")).as(path).isEqualTo(path.startsWith("/manager/"));
                assertThat(answer.getHeader("X-Content-Type-Options")).as(path).isEqualTo("nosniff");
                assertThat(answer.getHeader("Referrer-Policy")).as(path).isEqualTo("no-referrer");
                assertThat(answer.getHeader("X-Frame-Options")).as(path).isEqualTo("DENY");
            }
        }
    }
}
