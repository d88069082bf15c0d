package uk.org.ncjaa.springboard.evidence.web;

import org.junit.jupiter.api.Test;

import uk.org.ncjaa.springboard.evidence.EvidenceChanged;
import uk.org.ncjaa.springboard.support.RecordingPageCache;

import static org.assertj.core.api.Assertions.assertThat;

class EvidencePagesTests {

    private final RecordingPageCache cache = new RecordingPageCache();
    private final EvidencePages pages = new EvidencePages(cache);

    @Test
    void keepsEntryToolkitAndSearchPagesButNotTheMembersPagesBesideThem() {
        assertThat(pages.keeps("/evidence/re-imagining-futures")).isTrue();
        assertThat(pages.keeps("/evidence/map")).isTrue();
        assertThat(pages.keeps("/evidence/strength")).isTrue();
        assertThat(pages.keeps("/evidence/toolkit")).isTrue();
        assertThat(pages.keeps("/evidence/toolkit/art-forms/music")).isTrue();
        assertThat(pages.keeps("/evidence/toolkit/outcomes/wellbeing")).isTrue();
        assertThat(pages.keeps("/evidence/toolkit/other/wellbeing")).isFalse();
        assertThat(pages.keeps("/evidence/submit")).isFalse();
        assertThat(pages.keeps("/evidence/saved")).isFalse();
        assertThat(pages.keeps("/evidence/export")).isFalse();
        assertThat(pages.keeps("/evidence/a/cite.ris")).isFalse();
        assertThat(pages.keeps("/evidence/feed.atom")).isFalse();
        assertThat(pages.keeps("/admin/evidence")).isFalse();
        assertThat(pages.keepsSearch("/evidence")).isTrue();
        assertThat(pages.keepsSearch("/evidence/map")).isTrue();
        assertThat(pages.keepsSearch("/evidence/re-imagining-futures")).as("an entry with a query string is rendered").isFalse();
    }

    @Test
    void aChangeToTheLibraryForgetsEveryPageAsTheHomePageAndSiteSearchShowItToo() {
        pages.on(new EvidenceChanged("some-entry"));
        assertThat(cache.forgotten()).containsExactly("*");
    }
}
