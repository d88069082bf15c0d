package uk.org.ncjaa.springboard.content.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import uk.org.ncjaa.springboard.content.ContentKind;
import uk.org.ncjaa.springboard.content.TestContent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ContentItemTests {

    private final Instant now = Instant.parse("2026-11-20T10:00:00Z");

    @Test
    void movesOnlyAlongTheWorkflow() {
        ContentItem item = new ContentItem(ContentKind.NEWS, TestContent.article("Workflow", "Text"), now);
        assertThat(item.status()).isEqualTo(ContentStatus.DRAFT);
        assertThatThrownBy(() -> item.unpublish(now)).isInstanceOf(ContentStateException.class);
        assertThatThrownBy(() -> item.returnToDraft(now)).hasMessageContaining("already a draft");
        item.submitForReview(now);
        assertThat(item.status()).isEqualTo(ContentStatus.IN_REVIEW);
        assertThatThrownBy(() -> item.submitForReview(now)).isInstanceOf(ContentStateException.class);
        item.publish(now);
        assertThat(item.isPublic()).isTrue();
        assertThatThrownBy(() -> item.publish(now)).hasMessageContaining("already published");
        assertThatThrownBy(() -> item.schedule(now.plusSeconds(60), now)).hasMessageContaining("already published");
        assertThatThrownBy(() -> item.returnToDraft(now)).hasMessageContaining("Unpublish it first");
        item.unpublish(now);
        assertThat(item.status()).isEqualTo(ContentStatus.UNPUBLISHED);
        item.returnToDraft(now);
        assertThat(item.status()).isEqualTo(ContentStatus.DRAFT);
    }

    @Test
    void schedulesOnlyInTheFutureAndPublishesWhenDue() {
        ContentItem item = new ContentItem(ContentKind.NEWS, TestContent.article("Scheduled", "Text"), now);
        assertThatThrownBy(() -> item.schedule(now.minusSeconds(1), now)).hasMessageContaining("future");
        item.schedule(now.plus(Duration.ofHours(2)), now);
        assertThat(item.publishIfDue(now.plus(Duration.ofHours(1)))).isFalse();
        assertThat(item.status()).isEqualTo(ContentStatus.SCHEDULED);
        assertThat(item.publishIfDue(now.plus(Duration.ofHours(3)))).isTrue();
        assertThat(item.isPublic()).isTrue();
        // dated by the time it was due, not by when the job happened to run
        assertThat(item.publishedAt()).isEqualTo(now.plus(Duration.ofHours(2)));
        assertThat(item.publishIfDue(now.plus(Duration.ofHours(4)))).isFalse();
    }

    @Test
    void keepsItsAddressOnceFirstPublished() {
        ContentItem item = new ContentItem(ContentKind.NEWS, TestContent.article("Address", "Text"), now);
        String first = item.slug();
        item.apply(item.fields().written("New standfirst", "New text", "").tagged(java.util.List.of(), java.util.List.of(),
                java.util.List.of(), java.util.List.of()), now);
        item.publish(now);
        assertThat(item.href()).isEqualTo("/news/2026/11/" + first);
        ContentFields renamed = new ContentFields("Renamed", "another-address", "", "Body", "", null, null, null, null, null, false,
                null, null, null, null, null, null, null, null, null, 0, null, null, false, null, null, null, null, null);
        item.apply(renamed, now.plus(Duration.ofDays(40)));
        item.unpublish(now.plus(Duration.ofDays(41)));
        item.apply(renamed, now.plus(Duration.ofDays(42)));
        item.publish(now.plus(Duration.ofDays(43)));
        assertThat(item.title()).isEqualTo("Renamed");
        assertThat(item.href()).isEqualTo("/news/2026/11/" + first);
    }

    @Test
    void rendersTheBodyOnceOnSave() {
        ContentItem item = new ContentItem(ContentKind.BLOG, TestContent.article("Render", "Some **bold** <script>x()</script>"), now);
        assertThat(item.bodyHtml()).contains("<strong>bold</strong>").doesNotContain("<script");
        assertThat(item.bodyText()).contains("Some bold");
    }

    @Test
    void anOpportunityClosesAfterItsClosingDay() {
        ContentItem item = new ContentItem(ContentKind.OPPORTUNITY, TestContent.article("Job", "Text")
            .opportunity("job", "Org", "Leeds", false, LocalDate.of(2026, 11, 30), "Write to us"), now);
        assertThat(item.closed(LocalDate.of(2026, 11, 30))).isFalse();
        assertThat(item.closed(LocalDate.of(2026, 12, 1))).isTrue();
        assertThat(item.href()).startsWith("/opportunities/");
    }
}
