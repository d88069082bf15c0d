package uk.org.ncjaa.springboard.content.domain;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

import uk.org.ncjaa.springboard.content.ContentKind;
import uk.org.ncjaa.springboard.content.TestContent;
import uk.org.ncjaa.springboard.support.SpringboardTest;

import static org.assertj.core.api.Assertions.assertThat;

@SpringboardTest
class ContentsTests {

    @Autowired
    Contents contents;

    @Autowired
    ContentRepository items;

    @Autowired
    ContentRevisionRepository revisions;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    JsonMapper json;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    RecurringTask<Void> contentPublishDue;

    @Test
    void scheduledItemsArePublishedByTheJobOnceDueAndNotBefore() {
        ContentItem item = contents.create(ContentKind.NEWS, TestContent.article("Scheduled news", "Out at nine."), "Editor");
        Instant due = Instant.now().plus(Duration.ofHours(2));
        contents.schedule(item.id(), due, "Editor");

        // the job on the real clock: not yet
        contentPublishDue.execute(null, null);
        assertThat(contents.get(item.id()).status()).isEqualTo(ContentStatus.SCHEDULED);

        // the same service, three hours on
        Contents later = new Contents(items, revisions, events, json, Clock.fixed(due.plus(Duration.ofHours(1)), ZoneOffset.UTC));
        Integer first = transactions.execute(status -> later.publishDue());
        assertThat(first).isGreaterThanOrEqualTo(1);
        ContentItem published = contents.get(item.id());
        assertThat(published.status()).isEqualTo(ContentStatus.PUBLISHED);
        // dated by when it was due (the database keeps microseconds)
        assertThat(published.publishedAt()).isCloseTo(due, org.assertj.core.api.Assertions.within(1, java.time.temporal.ChronoUnit.MILLIS));
        assertThat(contents.revisions(item.id())).extracting(ContentRevision::note).first().isEqualTo("Published as scheduled");
        // a second run finds nothing more to do for it
        Integer again = transactions.execute(status -> later.publishDue());
        assertThat(again).isZero();
    }

    @Test
    void theJobIsDurableAndRegisteredWithTheScheduler() {
        Integer rows = jdbc.queryForObject("select count(*) from scheduled_tasks where task_name = 'content-publish-due'", Integer.class);
        assertThat(rows).isEqualTo(1);
    }

    @Test
    void everySaveIsARevisionAndAnyCanBeRestored() {
        ContentItem item = contents.create(ContentKind.BLOG, TestContent.article("First title", "First text."), "Ann");
        ContentFields second = item.fields().written("Second standfirst", "Second text.", "Ben");
        contents.save(item.id(), second, "Ben");
        contents.save(item.id(), item.fields().written("Third standfirst", "Third text.", "Cal"), "Cal");

        List<ContentRevision> kept = contents.revisions(item.id());
        assertThat(kept).extracting(ContentRevision::number).containsExactly(3, 2, 1);
        assertThat(kept).extracting(ContentRevision::savedBy).containsExactly("Cal", "Ben", "Ann");
        assertThat(contents.snapshot(item.id(), 2).fields().body()).isEqualTo("Second text.");

        contents.restore(item.id(), 2, "Dee");
        ContentItem restored = contents.get(item.id());
        assertThat(restored.body()).isEqualTo("Second text.");
        assertThat(restored.standfirst()).isEqualTo("Second standfirst");
        assertThat(restored.bodyHtml()).isEqualTo("<p>Second text.</p>\n");
        assertThat(contents.revisions(item.id()).get(0).note()).isEqualTo("Restored revision 2");
        assertThat(contents.revisions(item.id()).get(0).number()).isEqualTo(4);
        // the restored state is itself a revision, so the restore can be undone the same way
        contents.restore(item.id(), 3, "Dee");
        assertThat(contents.get(item.id()).body()).isEqualTo("Third text.");
    }

    @Test
    void publishedContentIsFoundBySearchAndTakenOutWhenUnpublished(@Autowired uk.org.ncjaa.springboard.content.ContentApi api) {
        String word = "zyxquartet" + TestContent.slug("w").substring(2, 8).replace("-", "");
        ContentItem item = contents.create(ContentKind.CASE_STUDY, TestContent.article("Strings in custody", "A " + word
                + " played to families on visits day."), "Editor");
        assertThat(api.search(word, List.of(), 1, 10).total()).isZero();
        contents.publish(item.id(), "Editor");
        ContentApiHits hits = new ContentApiHits(api.search(word, List.of(), 1, 10));
        assertThat(hits.total()).isEqualTo(1);
        assertThat(hits.first().href()).isEqualTo(item.href());
        assertThat(hits.first().snippetHtml()).contains("<mark>" + word + "</mark>");
        assertThat(api.search(word, List.of(ContentKind.NEWS), 1, 10).hits()).isEmpty();
        assertThat(api.search(word, List.of(ContentKind.NEWS), 1, 10).counts()).containsEntry(ContentKind.CASE_STUDY, 1L);
        contents.unpublish(item.id(), "Editor");
        assertThat(api.search(word, List.of(), 1, 10).total()).isZero();
    }

    private record ContentApiHits(uk.org.ncjaa.springboard.content.ContentApi.Hits hits) {

        long total() {
            return hits.total();
        }

        uk.org.ncjaa.springboard.content.ContentApi.Hit first() {
            return hits.hits().get(0);
        }
    }
}
