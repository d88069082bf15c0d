package uk.org.ncjaa.springboard.content.web;

import org.junit.jupiter.api.Test;

import uk.org.ncjaa.springboard.content.ContentChanged;
import uk.org.ncjaa.springboard.content.ContentKind;
import uk.org.ncjaa.springboard.support.RecordingPageCache;

import static org.assertj.core.api.Assertions.assertThat;

class ContentPagesTests {

    private final RecordingPageCache cache = new RecordingPageCache();
    private final ContentPages pages = new ContentPages(cache);

    @Test
    void keepsArticlesPagesAndListsButNotFeedsOrTheEditor() {
        assertThat(pages.keeps("/news/2026/11/arts-forum-meets")).isTrue();
        assertThat(pages.keeps("/blog/2026/11/a-post")).isTrue();
        assertThat(pages.keeps("/case-studies/new-plays")).isTrue();
        assertThat(pages.keeps("/about/governance")).isTrue();
        assertThat(pages.keeps("/publications")).isTrue();
        assertThat(pages.keeps("/privacy")).isTrue();
        assertThat(pages.keeps("/publications/feed")).isFalse();
        assertThat(pages.keeps("/news/feed")).isFalse();
        assertThat(pages.keeps("/admin/content/1")).isFalse();
        assertThat(pages.keepsSearch("/news")).isTrue();
        assertThat(pages.keepsSearch("/about")).isFalse();
    }

    @Test
    void publishedItemsAreKeptForLongAndTheListsThatChangeWithThemNot() {
        assertThat(pages.keepsLong("/news/2026/11/arts-forum-meets")).isTrue();
        assertThat(pages.keepsLong("/about/governance")).isTrue();
        assertThat(pages.keepsLong("/news")).isFalse();
    }

    @Test
    void publishingForgetsEveryPageAsTheHomePageShowsTheNews() {
        pages.on(new ContentChanged(ContentKind.PAGE, "/about"));
        assertThat(cache.forgotten()).containsExactly("*");
    }
}
