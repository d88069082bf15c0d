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

    public record Upcoming(String title, String href, String summary, String when, String where, Instant startsAt) {
    }
}
