package org.onewindow.hall;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.onewindow.staff.PasswordHash;

class DemoHallTest {
    @Test
    void loadsThroughTheHallFileRules() {
        HallConfig demo = DemoHall.config();

        assertThat(demo.id()).isEqualTo("demo-district");
        assertThat(demo.name()).isEqualTo(new LocalText("示例区政务服务中心", "Demo District Service Centre"));
        assertThat(demo.timezone()).isEqualTo(ZoneId.of("Asia/Shanghai"));
        assertThat(demo.services()).hasSizeGreaterThanOrEqualTo(8).allSatisfy(s -> assertThat(s.materials()).isNotEmpty());
        assertThat(demo.services()).anySatisfy(s -> assertThat(s.dailyQuota()).isNotNull());
        assertThat(demo.counters().stream().filter(c -> c.profile().contains(CounterSpec.ALL))).hasSize(2);
        assertThat(demo.counters()).anySatisfy(c -> assertThat(c.skills()).isNotEqualTo(c.profile()));
    }

    @Test
    void hasEnoughMattersInDepartmentsForTheTwoLevelKiosk() {
        HallConfig demo = DemoHall.config();
        assertThat(demo.services()).hasSizeGreaterThanOrEqualTo(16)
                .allSatisfy(s -> assertThat(s.department()).isNotNull())
                .allSatisfy(s -> assertThat(s.pinyin()).matches("[a-z]+"));
        assertThat(demo.services().stream().map(ServiceSpec::department).distinct().count()).isBetween(4L, 8L);
    }

    @Test
    void issuesTicketsAroundTheClock() {
        assertThat(DemoHall.config().hours().isAlwaysOpen()).isTrue();
    }

    @Test
    void hasTheDocumentedDemoLogins() {
        HallConfig demo = DemoHall.config();

        assertLogin(demo, "s01", "张三", Role.STAFF);
        assertLogin(demo, "s02", "李四", Role.STAFF);
        assertLogin(demo, "m01", "王经理", Role.MANAGER);
        assertThat(demo.staffMember("a01").orElseThrow().role()).isEqualTo(Role.ADMIN);
        assertThat(PasswordHash.verify("demo-a01".toCharArray(), demo.staffMember("a01").orElseThrow().passwordHash())).isTrue();
    }

    private static void assertLogin(HallConfig demo, String id, String name, Role role) {
        StaffSpec staff = demo.staffMember(id).orElseThrow();
        assertThat(staff.name()).isEqualTo(name);
        assertThat(staff.role()).isEqualTo(role);
        assertThat(PasswordHash.verify(("demo-" + id).toCharArray(), staff.passwordHash())).isTrue();
    }
}
