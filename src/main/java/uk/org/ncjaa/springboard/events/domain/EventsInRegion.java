package uk.org.ncjaa.springboard.events.domain;

import java.util.List;

import org.springframework.stereotype.Component;

import uk.org.ncjaa.springboard.members.RegionalEvents;
import uk.org.ncjaa.springboard.shared.i18n.Languages;

/** The regional pages' upcoming events. */
@Component
class EventsInRegion implements RegionalEvents {

    private final EventCatalogue catalogue;

    EventsInRegion(EventCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    @Override
    public List<Upcoming> in(String regionSlug, int limit) {
        return catalogue.listing(new EventCatalogue.Filter(false, null, regionSlug, false, false)).stream()
            .filter(e -> e.status() == Event.Status.PUBLISHED)
            .limit(limit)
            .map(e -> new Upcoming(e.title(Languages.welsh(Dates.locale())), "/events/" + e.slug(), e.when()))
            .toList();
    }
}
