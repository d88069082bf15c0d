package uk.org.ncjaa.springboard.evidence.domain;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A report's text is indexed as its excerpt and the rest, which together hold every word and every short phrase whole. */
class EvidenceFileTextTests {

    @Test
    void theExcerptAndTheRestCoverTheWholeTextAndAPhraseAcrossTheCut() {
        String opening = "word ".repeat(EvidenceFile.EXCERPT_CHARS / 5 - 2);
        String text = opening + "sense of belonging grew " + "later ".repeat(2_000) + "the last words";
        EvidenceFile file = file(text);
        String excerpt = file.getExcerpt();
        String rest = file.getRest();
        assertThat(excerpt.length()).isLessThanOrEqualTo(EvidenceFile.EXCERPT_CHARS);
        assertThat(excerpt).as("the phrase runs across the cut").contains("sense").doesNotContain("sense of belonging grew");
        assertThat(rest).as("so the rest starts before it").contains("sense of belonging grew").endsWith("the last words");
        assertThat(text).startsWith(excerpt).endsWith(rest);
        assertThat(rest.length()).as("overlapping by a few words only").isLessThan(text.length() - excerpt.length() + 2 * EvidenceFile.OVERLAP_CHARS);
        assertThat(rest.charAt(0)).as("from a whole word").isNotEqualTo(' ');
        assertThat(text.charAt(text.length() - rest.length() - 1)).isEqualTo(' ');
    }

    @Test
    void aShortTextIsAllExcerpt() {
        EvidenceFile file = file("A short report.");
        assertThat(file.getExcerpt()).isEqualTo("A short report.");
        assertThat(file.getRest()).isNull();
    }

    private static EvidenceFile file(String text) {
        EvidenceFile file = new EvidenceFile(null, "report.pdf", text.length(), "0".repeat(64), "key", Instant.EPOCH);
        file.read(EvidenceFile.Extraction.DONE, text, 1, null);
        return file;
    }
}
