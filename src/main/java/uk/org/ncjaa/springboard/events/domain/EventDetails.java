package uk.org.ncjaa.springboard.events.domain;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import uk.org.ncjaa.springboard.events.Ask;
import uk.org.ncjaa.springboard.events.Delivery;
import uk.org.ncjaa.springboard.events.EventKind;
import uk.org.ncjaa.springboard.events.TicketKind;

/** Everything staff set on an event, checked by the form before it gets here. */
public record EventDetails(String title, EventKind kind, Delivery delivery, String summary, String description, Instant startsAt,
        Instant endsAt, String venueName, String venueAddress, String accessInfo, String joiningDetails, String organiser,
        String region, List<String> artForms, List<String> settings, int capacity, Instant bookingOpensAt,
        Instant bookingClosesAt, String series, Ask askAccess, Ask askDietary, Ask askHeard, List<Session> sessions,
        Map<TicketKind, Ticket> tickets) {

    public record Session(String title, Instant startsAt, Instant endsAt) {
    }

    /** A ticket type on offer: price in pence and allowance within capacity. */
    public record Ticket(int pricePence, int allowance) {
    }
}
