package org.onewindow.hall;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The hall file's optional limits section: read strictly, reported as FILE:LINE like the rest. */
class LimitsReaderTest {
    @Test
    void defaultsToSixTicketsPerAddressPerMinute() {
        assertThat(HallFile.parse(HallFileTest.VALID, "hall.yaml").limits().ticketsPerAddressPerMinute()).isEqualTo(6);
        assertThat(HallFile.parse(HallFileTest.VALID + "limits: {}\n", "hall.yaml").limits()).isEqualTo(Limits.DEFAULT);
    }

    @Test
    void readsTheTicketLimit() {
        HallConfig config = HallFile.parse(HallFileTest.VALID + "limits:\n  ticketsPerAddressPerMinute: 12\n", "hall.yaml");
        assertThat(config.limits().ticketsPerAddressPerMinute()).isEqualTo(12);
        assertThat(config.alwaysOpen().limits().ticketsPerAddressPerMinute()).isEqualTo(12);
    }

    @Test
    void refusesWhatIsNotAPositiveWholeNumberOrAnUnknownKey() {
        int line = (int) HallFileTest.VALID.lines().count() + 2;
        HallFileTest.assertRefused(HallFileTest.VALID + "limits:\n  ticketsPerAddressPerMinute: 0\n", line,
                "'ticketsPerAddressPerMinute' must be a whole number of at least 1");
        HallFileTest.assertRefused(HallFileTest.VALID + "limits:\n  ticketsPerAddressPerMinute: many\n", line,
                "ticketsPerAddressPerMinute must be a whole number, got 'many'");
        HallFileTest.assertRefused(HallFileTest.VALID + "limits:\n  ticketsPerAddressPerMinute: 2.5\n", line,
                "must be a whole number");
        HallFileTest.assertRefused(HallFileTest.VALID + "limits:\n  ticketsPerHour: 5\n", line,
                "unknown key 'ticketsPerHour' in limits (allowed: ticketsPerAddressPerMinute)");
        HallFileTest.assertRefused(HallFileTest.VALID + "limits: 6\n", line - 1, "limits must be a mapping");
    }
}
