package org.onewindow.edge;

import org.onewindow.testing.TestHub;

/** A small always-open hall for the edge tests, with a given ticket limit. */
final class EdgeHall {
    private EdgeHall() {
    }

    static String yaml(String limits) {
        return """
                hall:
                  id: edge-hall
                  name: {zh: 边界测试大厅, en: Edge Hall}
                  timezone: Asia/Shanghai
                services:
                  - {id: tax, prefix: B, name: {zh: 税务, en: Tax}, averageMinutes: 5}
                counters:
                  - {id: "1", name: {zh: 1号窗口, en: Window 1}, profile: [tax]}
                staff:
                  - {id: s01, name: 张三, role: staff, password: "%1$s"}
                  - {id: s02, name: 李四, role: staff, password: "%1$s"}
                  - {id: m01, name: 王经理, role: manager, password: "%1$s"}
                %2$s
                """.formatted(TestHub.passwordHash(), limits);
    }

    static String yaml() {
        return yaml("");
    }
}
