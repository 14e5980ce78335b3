package org.onewindow.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.onewindow.hall.DemoHall;

/** Sign-in against the demo hall's staff: an unknown id is refused like a wrong password, with a real hash. */
class SessionsTest {
    private final Sessions sessions = new Sessions(DemoHall.config(), Clock.systemUTC(), Sessions.DEFAULT_TTL);

    @Test
    void theRightPasswordOpensASessionOfThatStaffMember() {
        Session session = sessions.login("s01", "demo-s01".toCharArray()).orElseThrow();
        assertThat(session.staff()).isEqualTo("s01");
        assertThat(sessions.login("s01", "demo-s02".toCharArray())).isEmpty();
    }

    @Test
    void anUnknownIdIsRefusedBeforeAndAfterTheHubPreparesItsHash() {
        assertThat(sessions.login("nobody", "demo-s01".toCharArray())).isEmpty();
        Sessions.prepare();
        assertThat(sessions.login("nobody", "demo-s01".toCharArray())).isEmpty();
    }
}
