package uk.org.ncjaa.springboard.easyread;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The readability checker on texts whose figures are known, so the pages' figures can be trusted. */
class ReadabilityTests {

    @Test
    void countsSyllablesTheUsualWay() {
        assertThat(Readability.syllables("cat")).isEqualTo(1);
        assertThat(Readability.syllables("make")).isEqualTo(1);
        assertThat(Readability.syllables("changed")).isEqualTo(1);
        assertThat(Readability.syllables("table")).isEqualTo(2);
        assertThat(Readability.syllables("people")).isEqualTo(2);
        assertThat(Readability.syllables("reading")).isEqualTo(2);
        assertThat(Readability.syllables("email")).isEqualTo(2);
        assertThat(Readability.syllables("questions")).isEqualTo(2);
        assertThat(Readability.syllables("remember")).isEqualTo(3);
        assertThat(Readability.syllables("computer")).isEqualTo(3);
        assertThat(Readability.syllables("probation")).isEqualTo(3);
        assertThat(Readability.syllables("information")).isEqualTo(4);
        assertThat(Readability.syllables("5")).isEqualTo(1);
    }

    @Test
    void splitsSentencesAtStopsAndAtTheEndOfEachLine() {
        Readability text = Readability.ofText("One. Two words! Three? Four\nA heading\n\n  A line without a stop  ");
        assertThat(text.sentences()).extracting(Readability.Sentence::text)
            .containsExactly("One.", "Two words!", "Three?", "Four", "A heading", "A line without a stop");
        // a number with a point in it is one word, and does not end the sentence
        assertThat(Readability.ofText("Pictures: Mulberry Symbols by Steve Lee, CC BY-SA 4.0").sentences())
            .singleElement().satisfies(s -> assertThat(s.words()).hasSize(9).contains("BY-SA", "4.0"));
        assertThat(Readability.words("They never see one person's answers.")).containsExactly("They", "never", "see", "one",
                "person's", "answers");
    }

    @Test
    void readsTheTextOfMainALinePerBlock() {
        Readability page = Readability.ofMain("""
                <html><body><header><p>Not this</p></header><main id="main"><h1>Title</h1>
                <!-- not this --><script>notThis()</script><p>One &amp; two&#39;s
                <a href="/x">link</a> here.</p>
                <ul><li>A</li><li>B <strong>bold</strong></li></ul></main><footer>Nor this</footer></body></html>""");
        assertThat(page.sentences()).extracting(Readability.Sentence::text)
            .containsExactly("Title", "One & two's link here.", "A", "B bold");
    }

    @Test
    void scoresFleschReadingEaseByTheFormula() {
        // 6 words of 1 syllable in 1 sentence: 206.835 - 1.015 * 6 - 84.6 * 1
        Readability cat = Readability.ofText("The cat sat on the mat.");
        assertThat(cat.wordCount()).isEqualTo(6);
        assertThat(cat.syllableCount()).isEqualTo(6);
        assertThat(cat.fleschReadingEase()).isCloseTo(116.145, within(0.001));
        // 9 words, 11 syllables ("every" has 3), 2 sentences
        Readability art = Readability.ofText("I like art. We meet and talk every week.");
        assertThat(art.averageSentenceLength()).isEqualTo(4.5);
        assertThat(art.syllableCount()).isEqualTo(11);
        assertThat(art.fleschReadingEase()).isCloseTo(206.835 - 1.015 * 4.5 - 84.6 * 11 / 9, within(0.001));
        assertThat(art.averageWordLength()).isCloseTo(30.0 / 9, within(0.001));
        assertThat(art.longestSentence()).isEqualTo(6);
    }

    @Test
    void easyWordsScoreHighAndOfficialPhrasesScoreLow() {
        assertThat(Readability.ofText("You can ask someone to help you. It is free.").fleschReadingEase()).isGreaterThan(90);
        Readability hard = Readability.ofText("The organisation's comprehensive safeguarding methodology necessitates "
                + "multidisciplinary consideration of individual circumstances prior to commencement.");
        assertThat(hard.fleschReadingEase()).isLessThan(0);
        assertThat(hard.averageWordLength()).isGreaterThan(8);
    }
}
