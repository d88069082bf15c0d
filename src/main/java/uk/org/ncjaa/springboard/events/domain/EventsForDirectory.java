package uk.org.ncjaa.springboard.events.domain;

import java.util.List;

import org.springframework.stereotype.Component;

import uk.org.ncjaa.springboard.directory.OrganisationEvents;
import uk.org.ncjaa.springboard.shared.i18n.Languages;

/** A directory listing's upcoming events: those whose organiser is the organisation, by name. */
@Component
class EventsForDirectory implements OrganisationEvents {

    private final EventCatalogue catalogue;

    EventsForDirectory(EventCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    @Override
    public List<Upcoming> upcoming(String organisationName, int limit) {
        return catalogue.upcomingBy(organisationName, limit).stream()
            .map(e -> new Upcoming(e.title(Languages.welsh(Dates.locale())), "/events/" + e.slug(), e.when()))
            .toList();
    }
}
