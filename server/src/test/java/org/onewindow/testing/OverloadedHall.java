package org.onewindow.testing;

import java.nio.file.Path;
import java.time.Duration;

/**
 * A strict-profile hall (fifo) where window 2 is trained for commerce but only serves tax, and the
 * hour that overloads commerce: after {@link #start} the advisor recommends exactly "2+commerce"
 * (window 2 adds commerce, held for 60 minutes). Shared by the advice API and browser tests.
 */
public final class OverloadedHall {
    private OverloadedHall() {
    }

    public static String yaml() {
        return yaml("{holdMinutes: 60}");
    }

    /** The hall with these advisor settings, e.g. {@code {auto: true}}. */
    public static String yaml(String advisor) {
        return """
                hall:
                  id: advice-hall
                  name: {zh: 建议测试大厅, en: Advice Hall}
                  timezone: Asia/Shanghai
                services:
                  - {id: commerce, prefix: A, name: {zh: 企业开办, en: Business registration}, averageMinutes: 10}
                  - {id: tax, prefix: B, name: {zh: 税务, en: Tax}, averageMinutes: 5}
                counters:
                  - {id: "1", name: {zh: 1号窗口, en: Window 1}, profile: [commerce]}
                  - {id: "2", name: {zh: 2号窗口, en: Window 2}, profile: [tax], skills: [tax, commerce]}
                staff:
                  - {id: s01, name: 张三, role: staff, password: "%1$s"}
                  - {id: m01, name: 王经理, role: manager, password: "%1$s"}
                routing:
                  policy: fifo
                  advisor: %2$s
                """.formatted(TestHub.passwordHash(), advisor);
    }

    /** The hub at 10:00 hall time, both windows opened by s01, then an hour of arrivals: 11:00. */
    public static TestHub start(Path dir) {
        return start(dir, yaml());
    }

    public static TestHub start(Path dir, String yaml) {
        TestHub hub = TestHub.start(dir, TestHub.morningClock(), yaml);
        String staff = hub.login("s01");
        hub.post("/api/v1/counters/1/open", null, staff);
        hub.post("/api/v1/counters/2/open", null, staff);
        for (int minute = 0; minute < 60; minute++) {
            if (minute % 4 == 0) {
                hub.issue("commerce");
            }
            if (minute % 20 == 10) {
                hub.issue("tax");
            }
            hub.clock.advance(Duration.ofMinutes(1));
        }
        return hub;
    }
}
