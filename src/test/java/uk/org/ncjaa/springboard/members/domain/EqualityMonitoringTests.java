package uk.org.ncjaa.springboard.members.domain;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class EqualityMonitoringTests {

    private static final Map<String, String> LABELS = new LinkedHashMap<>(Map.of());

    static {
        LABELS.put("a", "A");
        LABELS.put("b", "B");
        LABELS.put("c", "C");
        LABELS.put("d", "D");
    }

    @Test
    void smallNumbersAreHiddenAndZeroesAndLargeOnesShown() {
        List<EqualityMonitoring.Count> counts = EqualityMonitoring.suppress(LABELS, Map.of("a", 40L, "b", 3L, "c", 2L));
        assertThat(counts).extracting(EqualityMonitoring.Count::people).containsExactly(40L, null, null, 0L);
    }

    @Test
    void aLoneHiddenNumberTakesTheNextSmallestWithItSoTheTotalGivesNothingAway() {
        List<EqualityMonitoring.Count> counts = EqualityMonitoring.suppress(LABELS, Map.of("a", 40L, "b", 1L, "c", 9L, "d", 12L));
        assertThat(counts).extracting(EqualityMonitoring.Count::people).containsExactly(40L, null, null, 12L);
    }

    @Test
    void nothingIsHiddenWhenEveryNumberIsLargeEnough() {
        List<EqualityMonitoring.Count> counts = EqualityMonitoring.suppress(LABELS, Map.of("a", 5L, "b", 6L));
        assertThat(counts).extracting(EqualityMonitoring.Count::people).containsExactly(5L, 6L, 0L, 0L);
    }
}
