package uk.org.ncjaa.springboard.events.web;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import uk.org.ncjaa.springboard.directory.Publish;
import uk.org.ncjaa.springboard.directory.domain.Listing;
import uk.org.ncjaa.springboard.directory.domain.Listings;
import uk.org.ncjaa.springboard.events.EventKind;
import uk.org.ncjaa.springboard.events.TestEvents;
import uk.org.ncjaa.springboard.events.TicketKind;
import uk.org.ncjaa.springboard.events.domain.Event;
import uk.org.ncjaa.springboard.events.domain.EventCatalogue;
import uk.org.ncjaa.springboard.events.domain.EventDetails;
import uk.org.ncjaa.springboard.support.SpringboardTest;
import uk.org.ncjaa.springboard.support.TestAccounts;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Events show where people look for them: on their organiser's directory listing and their region's page. */
@SpringboardTest
class EventLinksTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    EventCatalogue catalogue;

    @Autowired
    Listings listings;

    @Autowired
    TestAccounts accounts;

    @Test
    void anOrganisationsListingAndItsRegionShowItsUpcomingEventsButNotDrafts() throws Exception {
        String organisation = "Links Theatre Company " + System.nanoTime();
        Listing listing = Publish.listing(listings, accounts.createMember().id(),
                Publish.content(organisation, "Theatre in prisons.", List.of("theatre"), List.of("london"), false));
        Map<TicketKind, EventDetails.Ticket> free = Map.of(TicketKind.FREE, new EventDetails.Ticket(0, 10));
        Event published = catalogue.create(TestEvents.organisedBy(TestEvents.details("Their workshop", EventKind.TRAINING, 10, free,
                Instant.now().plus(Duration.ofDays(15))), organisation.toUpperCase()), true);
        Event draft = catalogue.create(TestEvents.organisedBy(TestEvents.details("Their draft", EventKind.TRAINING, 10, free,
                Instant.now().plus(Duration.ofDays(16))), organisation), false);
        Event someoneElses = TestEvents.free(catalogue, "Someone else's", 10);

        mvc.perform(get("/directory/" + listing.slug())).andExpect(status().isOk())
            .andExpect(content().string(containsString("Upcoming events")))
            .andExpect(content().string(containsString("/events/" + published.slug())))
            .andExpect(content().string(not(containsString(draft.title()))))
            .andExpect(content().string(not(containsString(someoneElses.title()))));
        mvc.perform(get("/regions/london")).andExpect(status().isOk())
            .andExpect(content().string(containsString("Upcoming events")));
    }
}
