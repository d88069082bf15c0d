package uk.org.ncjaa.springboard.events;

import java.time.Instant;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.org.ncjaa.springboard.events.domain.EventCatalogue;

/** Read access to events for other modules. */
@Service
@Transactional(readOnly = true)
public class EventsApi {

    private final EventCatalogue catalogue;

    EventsApi(EventCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    /** Published events still to come, soonest first, for the newsletter's digest. */
    public List<Upcoming> upcoming(int limit) {
        return catalogue.upcoming().stream()
            .limit(limit)
            .map(e -> new Upcoming(e.title(), "/events/" + e.slug(), e.summary() == null ? "" : e.summary(), e.when(),
                    e.where(), e.startsAt()))
            .toList();
    }

    /**
     * Published events, upcoming then past, whose title, summary, place or organiser hold every
     * word of {@code text} (case and accents ignored): there are hundreds of events, not millions.
     */
    public List<Upcoming> search(String text, int limit) {
        List<String> words = java.util.Arrays.stream(fold(text).split("[^\\p{L}\\p{N}]+")).filter(w -> w.length() > 1).toList();
        if (words.isEmpty()) {
            return List.of();
        }
        return java.util.stream.Stream.concat(catalogue.listing(new EventCatalogue.Filter(false, null, null, false, false)).stream(),
                catalogue.listing(new EventCatalogue.Filter(true, null, null, false, false)).stream())
            .filter(e -> {
                String haystack = fold(String.join(" ", e.title(), String.valueOf(e.summary()), String.valueOf(e.where()),
                        String.valueOf(e.organiser())));
                return words.stream().allMatch(haystack::contains);
            })
            .limit(limit)
            .map(e -> new Upcoming(e.title(), "/events/" + e.slug(), e.summary() == null ? "" : e.summary(), e.when(), e.where(),
                    e.startsAt()))
            .toList();
    }

    /** Every public event page and when it last changed, for the sitemap. */
    public List<Page> pages() {
        return java.util.stream.Stream.concat(catalogue.listing(new EventCatalogue.Filter(false, null, null, false, false)).stream(),
                catalogue.listing(new EventCatalogue.Filter(true, null, null, false, false)).stream())
            .map(e -> new Page("/events/" + e.slug(), e.updatedAt()))
            .toList();
    }

    private static String fold(String text) {
        return java.text.Normalizer.normalize(text == null ? "" : text, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "")
            .toLowerCase(java.util.Locale.ROOT);
    }

    public record Page(String href, Instant lastModified) {
    }

    public record Upcoming(String title, String href, String summary, String when, String where, Instant startsAt) {
    }
}
