package uk.org.ncjaa.springboard.events;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.org.ncjaa.springboard.events.domain.Event;
import uk.org.ncjaa.springboard.events.domain.EventCatalogue;
import uk.org.ncjaa.springboard.events.domain.EventImages;
import uk.org.ncjaa.springboard.shared.Thumbnail;

/** Read access to events for other modules. */
@Service
@Transactional(readOnly = true)
public class EventsApi {

    private final EventCatalogue catalogue;
    private final EventImages images;
    private final org.springframework.jdbc.core.JdbcTemplate jdbc;

    EventsApi(EventCatalogue catalogue, EventImages images, org.springframework.jdbc.core.JdbcTemplate jdbc) {
        this.catalogue = catalogue;
        this.images = images;
        this.jdbc = jdbc;
    }

    /** Published events still to come, soonest first, for the home page and the newsletter's digest. */
    public List<Upcoming> upcoming(int limit) {
        return upcoming(catalogue.upcoming().stream().limit(limit).toList());
    }

    /** Events as other modules list them, each with its picture small: one query for the pictures of them all. */
    private List<Upcoming> upcoming(List<Event> events) {
        Map<Long, EventImages.Picture> pictures = images.pictures(events.stream().map(Event::id).toList());
        // a Welsh page shows an event's Welsh version where an editor wrote one
        boolean welsh = uk.org.ncjaa.springboard.shared.i18n.Languages.welsh(
                org.springframework.context.i18n.LocaleContextHolder.getLocale());
        return events.stream()
            .map(e -> new Upcoming(e.title(welsh), "/events/" + e.slug(), e.summary(welsh) == null ? "" : e.summary(welsh), e.when(), e.where(),
                    e.startsAt(), pictures.containsKey(e.id()) ? pictures.get(e.id()).thumbnail(e.slug()) : null))
            .toList();
    }

    /**
     * Public events, upcoming (soonest first) then past (latest first), whose title, summary, venue or
     * organiser hold every word of {@code text}, case ignored: one query for the page asked for. A
     * search from a Welsh page looks in the Welsh title and summary too.
     */
    public Found search(String text, int page, int size) {
        List<String> words = java.util.Arrays.stream((text == null ? "" : text).toLowerCase(java.util.Locale.ROOT)
            .split("[^\\p{L}\\p{N}]+")).filter(w -> w.length() > 1).limit(10).toList();
        if (words.isEmpty()) {
            return new Found(0, List.of());
        }
        StringBuilder where = new StringBuilder("status in ('PUBLISHED', 'CANCELLED', 'ARCHIVED')");
        List<Object> args = new java.util.ArrayList<>();
        boolean welsh = uk.org.ncjaa.springboard.shared.i18n.Languages.welsh(
                org.springframework.context.i18n.LocaleContextHolder.getLocale());
        String fields = welsh ? "title || ' ' || summary || ' ' || coalesce(title_cy, '') || ' ' || coalesce(summary_cy, '')"
                : "title || ' ' || summary";
        for (String word : words) {
            where.append(" and strpos(lower(" + fields + " || ' ' || coalesce(venue_name, '') || ' ' || organiser), ?) > 0");
            args.add(word);
        }
        Long total = jdbc.queryForObject("select count(*) from event where " + where, Long.class, args.toArray());
        args.add(size);
        args.add((long) Math.max(0, page - 1) * size);
        List<String> slugs = jdbc.queryForList("select slug from event where " + where
                + " order by ends_at < now(), case when ends_at >= now() then starts_at end, starts_at desc limit ? offset ?",
                String.class, args.toArray());
        return new Found(total == null ? 0 : total,
                upcoming(slugs.stream().map(catalogue::bySlug).flatMap(java.util.Optional::stream).toList()));
    }

    /** Every public event page and when it last changed, for the sitemap. */
    public List<Page> pages() {
        return java.util.stream.Stream.concat(catalogue.listing(new EventCatalogue.Filter(false, null, null, false, false)).stream(),
                catalogue.listing(new EventCatalogue.Filter(true, null, null, false, false)).stream())
            .map(e -> new Page("/events/" + e.slug(), e.updatedAt()))
            .toList();
    }

    /** One event by its address, public or not (staff link the Arts Forum's meetings to theirs), for other modules to show. */
    public java.util.Optional<Summary> bySlug(String slug) {
        if (slug == null || !slug.matches("[a-z0-9-]{1,120}")) {
            return java.util.Optional.empty();
        }
        return catalogue.bySlug(slug).map(e -> new Summary(e.id(), e.slug(), e.title(), e.kind(), e.startsAt(), e.endsAt(), e.where(),
                e.isPublic()));
    }

    /** The personal invitations of an invitation-only event (the Arts Forum's list), in the order sent. */
    public List<Invitee> invitations(String slug) {
        return bySlug(slug).map(e -> jdbc.query("select name, email, booking_id is not null as booked from event_invitation"
                + " where event_id = ? order by invited_at, id",
                (rs, n) -> new Invitee(rs.getString("name"), rs.getString("email"), rs.getBoolean("booked")), e.id()))
            .orElse(List.of());
    }

    /** @param where the venue, or how to join online */
    public record Summary(long id, String slug, String title, EventKind kind, Instant startsAt, Instant endsAt, String where,
            boolean isPublic) {
    }

    public record Invitee(String name, String email, boolean booked) {
    }

    public record Found(long total, List<Upcoming> events) {
    }

    public record Page(String href, Instant lastModified) {
    }

    /** @param picture the event's picture small, with its description, or null when it has none */
    public record Upcoming(String title, String href, String summary, String when, String where, Instant startsAt,
            Thumbnail picture) {
    }
}
