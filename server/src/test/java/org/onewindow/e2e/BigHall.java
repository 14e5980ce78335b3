package org.onewindow.e2e;

import org.onewindow.testing.TestHub;

/** A district hall as the board must show it: 12 lines and 20 windows, with long English names. */
final class BigHall {
    static final String[] PREFIXES = {"A", "B", "C", "D", "E", "F", "G", "H", "J", "K", "L", "M"};

    private BigHall() {
    }

    static String yaml() {
        StringBuilder y = new StringBuilder("""
                hall:
                  id: big-hall
                  name: {zh: 示例区政务服务中心, en: Demo District Government Service Centre}
                  timezone: Asia/Shanghai
                  hours:
                    - {days: mon-fri, open: "08:30", close: "17:30"}
                services:
                """);
        for (int i = 0; i < PREFIXES.length; i++) {
            y.append("  - {id: s").append(i + 1).append(", prefix: ").append(PREFIXES[i])
                    .append(", name: {zh: 第").append(i + 1).append("项业务办理, en: Registration of matter number ").append(i + 1)
                    .append("}, averageMinutes: 10}\n");
        }
        y.append("counters:\n");
        for (int i = 1; i <= 20; i++) {
            y.append("  - {id: \"").append(i).append("\", name: {zh: ").append(i).append("号窗口, en: Window ").append(i)
                    .append("}, profile: [s").append((i - 1) % PREFIXES.length + 1).append("]}\n");
        }
        y.append("""
                limits: {ticketsPerAddressPerMinute: 1000}   # tests issue many tickets from 127.0.0.1
                staff:
                  - {id: s01, name: 张三, role: staff, password: "%1$s"}
                  - {id: m01, name: 王经理, role: manager, password: "%1$s"}
                """.formatted(TestHub.passwordHash()));
        return y.toString();
    }
}
