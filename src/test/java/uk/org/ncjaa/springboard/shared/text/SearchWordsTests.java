package uk.org.ncjaa.springboard.shared.text;

import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SearchWordsTests {

    @Test
    void keepsTheFirstThirtyTwoWordsAndWhatSurroundsThem() {
        String many = IntStream.range(0, 100).mapToObj(i -> "w" + i).collect(Collectors.joining(" "));
        String kept = SearchWords.limit(many);
        assertThat(kept.split(" ")).hasSize(SearchWords.MAX_WORDS).endsWith("w31");
        assertThat(SearchWords.tooMany(many)).isTrue();
    }

    @Test
    void countsWordsTheWayAnalysersSplitThemSoCommasDoNotHideThem() {
        String joined = IntStream.range(0, 100).mapToObj(i -> "w" + i).collect(Collectors.joining(","));
        assertThat(SearchWords.limit(joined)).endsWith("w31,").doesNotContain("w32");
    }

    @Test
    void leavesAnOrdinarySearchAsItIs() {
        for (String ordinary : new String[] { "music in prisons", "\"arts council\" -dance", "théâtre 2024", "", "   " }) {
            assertThat(SearchWords.limit(ordinary)).isEqualTo(ordinary);
            assertThat(SearchWords.tooMany(ordinary)).isFalse();
        }
        assertThat(SearchWords.limit(null)).isEmpty();
    }
}
