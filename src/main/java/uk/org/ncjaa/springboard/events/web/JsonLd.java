package uk.org.ncjaa.springboard.events.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

import uk.org.ncjaa.springboard.events.Delivery;
import uk.org.ncjaa.springboard.events.domain.Event;
import uk.org.ncjaa.springboard.events.domain.TicketType;

/** schema.org Event markup, so that search engines and calendars understand the page. */
final class JsonLd {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private JsonLd() {
    }

    static String of(Event event, String baseUrl) {
        Map<String, Object> ld = new LinkedHashMap<>();
        ld.put("@context", "https://schema.org");
        ld.put("@type", "Event");
        ld.put("name", event.title());
        ld.put("description", event.summary());
        ld.put("startDate", event.startsAt().toString());
        ld.put("endDate", event.endsAt().toString());
        ld.put("url", baseUrl + "/events/" + event.slug());
        ld.put("eventStatus", event.status() == Event.Status.CANCELLED ? "https://schema.org/EventCancelled"
                : "https://schema.org/EventScheduled");
        ld.put("eventAttendanceMode", switch (event.delivery()) {
            case ONLINE -> "https://schema.org/OnlineEventAttendanceMode";
            case HYBRID -> "https://schema.org/MixedEventAttendanceMode";
            case IN_PERSON -> "https://schema.org/OfflineEventAttendanceMode";
        });
        List<Object> locations = new ArrayList<>();
        if (event.delivery().inPerson()) {
            Map<String, Object> place = new LinkedHashMap<>();
            place.put("@type", "Place");
            place.put("name", event.venueName());
            if (event.venueAddress() != null) {
                place.put("address", event.venueAddress());
            }
            locations.add(place);
        }
        if (event.delivery() != Delivery.IN_PERSON) {
            // the joining link is for confirmed attendees only: the page stands in for it
            locations.add(Map.of("@type", "VirtualLocation", "url", baseUrl + "/events/" + event.slug()));
        }
        ld.put("location", locations.size() == 1 ? locations.get(0) : locations);
        ld.put("organizer", Map.of("@type", "Organization", "name", event.organiser()));
        List<Object> offers = new ArrayList<>();
        for (TicketType type : event.offered()) {
            Map<String, Object> offer = new LinkedHashMap<>();
            offer.put("@type", "Offer");
            offer.put("name", type.kind().label());
            offer.put("price", String.format(java.util.Locale.ROOT, "%.2f", type.pricePence() / 100.0));
            offer.put("priceCurrency", "GBP");
            offer.put("url", baseUrl + "/events/" + event.slug() + "/book?ticket=" + type.kind().slug());
            offers.add(offer);
        }
        ld.put("offers", offers);
        // "</" cannot close the script element it sits in
        return JSON.writeValueAsString(ld).replace("</", "<\\/");
    }
}
