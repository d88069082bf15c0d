package uk.org.ncjaa.springboard.content.domain;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

import uk.org.ncjaa.springboard.content.ContentChanged;
import uk.org.ncjaa.springboard.content.ContentKind;
import uk.org.ncjaa.springboard.shared.NotFoundException;

/**
 * Writing and moving content: each save and each step of the workflow is kept as a revision with
 * who and when, and anything the public sees changing is announced so that pages are rendered afresh.
 */
@Service
@Transactional
public class Contents {

    private static final Logger log = LoggerFactory.getLogger(Contents.class);

    private final ContentRepository items;
    private final ContentRevisionRepository revisions;
    private final ApplicationEventPublisher events;
    private final JsonMapper json;
    private final Clock clock;

    Contents(ContentRepository items, ContentRevisionRepository revisions, ApplicationEventPublisher events, JsonMapper json,
            Clock clock) {
        this.items = items;
        this.revisions = revisions;
        this.events = events;
        this.json = json;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public ContentItem get(long id) {
        return items.findById(id).orElseThrow(() -> new NotFoundException("No content " + id));
    }

    @Transactional(readOnly = true)
    public boolean slugTaken(ContentKind kind, String slug, Long except) {
        return items.findByKindAndSlug(kind, slug).filter(item -> !item.id().equals(except)).isPresent();
    }

    public ContentItem create(ContentKind kind, ContentFields fields, String by) {
        ContentItem item = items.saveAndFlush(new ContentItem(kind, fields, clock.instant()));
        keep(item, by, "Created");
        return item;
    }

    public ContentItem save(long id, ContentFields fields, String by) {
        ContentItem item = get(id);
        item.apply(fields, clock.instant());
        keep(item, by, "Saved");
        announce(item);
        return item;
    }

    public ContentItem submitForReview(long id, String by) {
        ContentItem item = get(id);
        item.submitForReview(clock.instant());
        keep(item, by, "Sent for review");
        return item;
    }

    public ContentItem returnToDraft(long id, String by) {
        ContentItem item = get(id);
        item.returnToDraft(clock.instant());
        keep(item, by, "Returned to draft");
        return item;
    }

    public ContentItem schedule(long id, Instant at, String by) {
        ContentItem item = get(id);
        item.schedule(at, clock.instant());
        keep(item, by, "Scheduled");
        return item;
    }

    public ContentItem publish(long id, String by) {
        ContentItem item = get(id);
        boolean first = item.publishedAt() == null;
        item.publish(clock.instant());
        keep(item, by, "Published");
        announce(item);
        if (first) {
            events.publishEvent(new FirstPublished(item.id(), item.href()));
        }
        return item;
    }

    public ContentItem unpublish(long id, String by) {
        ContentItem item = get(id);
        item.unpublish(clock.instant());
        keep(item, by, "Unpublished");
        events.publishEvent(new ContentChanged(item.kind(), item.href()));
        return item;
    }

    /** Puts back what a revision held (the words and details, not the workflow step), as a new revision. */
    public ContentItem restore(long id, int number, String by) {
        ContentItem item = get(id);
        ContentFields fields = json.readValue(revision(id, number).snapshot(), Snapshot.class).fields();
        item.apply(fields, clock.instant());
        keep(item, by, "Restored revision " + number);
        announce(item);
        return item;
    }

    /** Publishes every scheduled item whose time has come; each in the same transaction as the others, in order. */
    public int publishDue() {
        Instant now = clock.instant();
        int published = 0;
        for (Long id : items.dueBy(now)) {
            ContentItem item = get(id);
            boolean first = item.publishedAt() == null;
            if (item.publishIfDue(now)) {
                if (first) {
                    events.publishEvent(new FirstPublished(item.id(), item.href()));
                }
                keep(item, "Scheduled publishing", "Published as scheduled");
                announce(item);
                published++;
            }
        }
        if (published > 0) {
            log.info("Published {} scheduled item(s)", published);
        }
        return published;
    }

    @Transactional(readOnly = true)
    public List<ContentRevision> revisions(long id) {
        return revisions.findByItemIdOrderByNumberDesc(id);
    }

    @Transactional(readOnly = true)
    public ContentRevision revision(long id, int number) {
        return revisions.findByItemIdAndNumber(id, number).orElseThrow(() -> new NotFoundException("No revision " + number));
    }

    /** A revision's words and details, to show it as it was. */
    @Transactional(readOnly = true)
    public Snapshot snapshot(long id, int number) {
        return json.readValue(revision(id, number).snapshot(), Snapshot.class);
    }

    private void keep(ContentItem item, String by, String note) {
        String snapshot = json.writeValueAsString(new Snapshot(item.status(), item.fields()));
        revisions.save(new ContentRevision(item.id(), revisions.lastNumber(item.id()) + 1, by, clock.instant(), note, snapshot));
    }

    private void announce(ContentItem item) {
        if (item.isPublic()) {
            events.publishEvent(new ContentChanged(item.kind(), item.href()));
        }
    }

    /** An item was published for the first time, at this address. */
    public record FirstPublished(long itemId, String href) {
    }

    /** What a revision keeps: the step the item was at, and its fields. */
    public record Snapshot(ContentStatus status, ContentFields fields) {
    }
}
