package uk.org.ncjaa.springboard.insights.counting;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class GapWordsTests {

    @Test
    void tidiesWordsSoTheSameSearchCountsOnceHoweverItWasTyped() {
        assertThat(GapWords.kept("  Women\tin  PRISON\n\nDance ")).isEqualTo("women in prison dance");
        assertThat(GapWords.kept("music\u0000 thera\u200Bpy\u202E")).isEqualTo("music therapy");
        assertThat(GapWords.kept("Restorative\u00A0Justice")).isEqualTo("restorative justice");
    }

    @Test
    void skipsWordsThatAreEmptyOnceTidied() {
        assertThat(GapWords.kept(null)).isNull();
        assertThat(GapWords.kept("   \t ")).isNull();
        assertThat(GapWords.kept("\u0000\u0007\u200B")).isNull();
    }

    @Test
    void keepsAtMostAHundredCharacters() {
        String kept = GapWords.kept("drama ".repeat(40));
        assertThat(kept).hasSizeLessThanOrEqualTo(GapWords.MAX_LENGTH).startsWith("drama drama").doesNotEndWith(" ");
        // a character outside the basic plane is never cut in half
        String emoji = GapWords.kept("a".repeat(99) + "\uD83C\uDFB5 music");
        assertThat(emoji).isEqualTo("a".repeat(99));
    }

    @Test
    void wordsThatLookLikePersonalDetailsAreNotKept() {
        assertThat(GapWords.kept("jo.bloggs@example.org")).isEqualTo(GapWords.NOT_KEPT);
        assertThat(GapWords.kept("theatre near SW1A 1AA")).isEqualTo(GapWords.NOT_KEPT);
        assertThat(GapWords.kept("m1 1ae")).isEqualTo(GapWords.NOT_KEPT);
        assertThat(GapWords.kept("call 020 7946 0")).isEqualTo(GapWords.NOT_KEPT);
        assertThat(GapWords.kept("prisoner A1234BC")).isEqualTo(GapWords.NOT_KEPT);
        assertThat(GapWords.kept("case 12345")).isEqualTo(GapWords.NOT_KEPT);
        // details past the hundredth character are judged too, though they would not have been kept
        assertThat(GapWords.kept("music ".repeat(20) + "me@example.org")).isEqualTo(GapWords.NOT_KEPT);
    }

    @Test
    void ordinaryWordsWithAYearOrAShortNumberAreKept() {
        assertThat(GapWords.kept("arts forum minutes 2019")).isEqualTo("arts forum minutes 2019");
        assertThat(GapWords.kept("hmp 3 wings")).isEqualTo("hmp 3 wings");
        assertThat(GapWords.kept("covid19 music")).isEqualTo("covid19 music");
        assertThat(GapWords.kept("key stage 4 drama")).isEqualTo("key stage 4 drama");
    }
}
