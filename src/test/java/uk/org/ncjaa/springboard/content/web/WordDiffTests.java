package uk.org.ncjaa.springboard.content.web;

import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class WordDiffTests {

    /** The diff as text: [-removed-] and {+added+}, as word-diff tools write it. */
    private static String marked(WordDiff diff) {
        return diff.parts().stream().map(p -> switch (p.kind()) {
            case SAME -> p.text();
            case SKIPPED -> "…";
            case REMOVED -> "[-" + p.text() + "-]";
            case ADDED -> "{+" + p.text() + "+}";
        }).collect(Collectors.joining());
    }

    @Test
    void marksTheWordsRemovedAndAddedAndKeepsTheRest() {
        assertThat(marked(WordDiff.of("Men sang in the chapel", "Women sang loudly in the chapel")))
            .isEqualTo("[-Men-]{+Women+} sang {+loudly +}in the chapel");
        assertThat(marked(WordDiff.of("", "New text"))).isEqualTo("{+New text+}");
        assertThat(marked(WordDiff.of("Old text", ""))).isEqualTo("[-Old text-]");
    }

    @Test
    void longUnchangedStretchesAreCutToTheWordsBesideEachChange() {
        String filler = "one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen"
                + " eighteen nineteen twenty";
        String diff = marked(WordDiff.of(filler + " alpha " + filler + " omega " + filler, filler + " ALPHA " + filler + " omega "
                + filler + " end"));
        assertThat(diff).as("the start is cut to the eight words before the first change")
            .startsWith("…thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty [-alpha-]{+ALPHA+}");
        assertThat(diff).as("between changes: eight words after one and eight before the next")
            .contains("{+ALPHA+} one two three four five six seven eight… thirteen")
            .as("unchanged to the end, so cut after eight words").contains("twenty{+ end+}")
            .doesNotContain("omega");
        assertThat(WordDiff.of("same words", "same words").parts()).extracting(WordDiff.Part::kind)
            .containsExactly(WordDiff.Kind.SAME);
    }
}
