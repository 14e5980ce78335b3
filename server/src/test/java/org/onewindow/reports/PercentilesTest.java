package org.onewindow.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PercentilesTest {
    @Test
    void nearestRankIsAlwaysOneOfTheValues() {
        List<Double> oneToTen = List.of(10.0, 1.0, 9.0, 2.0, 8.0, 3.0, 7.0, 4.0, 6.0, 5.0);
        assertThat(Percentiles.nearestRank(oneToTen, 90)).isEqualTo(9.0);   // rank ceil(9.0) = 9
        assertThat(Percentiles.nearestRank(oneToTen.subList(0, 9), 90)).isEqualTo(10.0); // ceil(8.1) = 9 of 9
        assertThat(Percentiles.nearestRank(List.of(4.0), 90)).isEqualTo(4.0);
        assertThat(Percentiles.nearestRank(List.of(), 90)).isNull();
    }

    @Test
    void roundsHalfUpToOneDecimal() {
        assertThat(Percentiles.oneDecimal(1.75)).isEqualTo(1.8);
        assertThat(Percentiles.oneDecimal(6.1666)).isEqualTo(6.2);
        assertThat(Percentiles.oneDecimal(9.3333)).isEqualTo(9.3);
        assertThat(Percentiles.oneDecimal(null)).isNull();
    }
}
