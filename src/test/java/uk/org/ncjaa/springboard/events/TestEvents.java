package uk.org.ncjaa.springboard.events;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import uk.org.ncjaa.springboard.events.domain.Booking;
import uk.org.ncjaa.springboard.events.domain.Bookings;
import uk.org.ncjaa.springboard.events.domain.Event;
import uk.org.ncjaa.springboard.events.domain.EventCatalogue;
import uk.org.ncjaa.springboard.events.domain.EventDetails;

/** Events for tests: published, a few weeks ahead, with the tickets asked for. */
public final class TestEvents {

    private TestEvents() {
    }

    public static Event publish(EventCatalogue catalogue, String title, int capacity, Map<TicketKind, EventDetails.Ticket> tickets) {
        return catalogue.create(details(title, EventKind.TRAINING, capacity, tickets, Instant.now().plus(Duration.ofDays(30))), true);
    }

    public static Event free(EventCatalogue catalogue, String title, int capacity) {
        return publish(catalogue, title, capacity, Map.of(TicketKind.FREE, new EventDetails.Ticket(0, capacity)));
    }

    public static EventDetails details(String title, EventKind kind, int capacity, Map<TicketKind, EventDetails.Ticket> tickets,
            Instant start) {
        Instant starts = start.truncatedTo(ChronoUnit.MINUTES);
        return new EventDetails(title + " " + System.nanoTime(), kind, Delivery.HYBRID, "A test event.", "About the test event.",
                starts, starts.plus(Duration.ofHours(3)), "Test Hall", "1 Test Street, London", "Step-free.",
                "https://meet.example.org/join/123", "Test Organiser", "london", List.of(), List.of(), capacity, null, null, null,
                Ask.OPTIONAL, Ask.OFF, Ask.OPTIONAL, List.of(), new EnumMap<>(tickets));
    }

    /** The same details, organised by someone else. */
    public static EventDetails organisedBy(EventDetails d, String organiser) {
        return new EventDetails(d.title(), d.kind(), d.delivery(), d.summary(), d.description(), d.startsAt(), d.endsAt(), d.venueName(),
                d.venueAddress(), d.accessInfo(), d.joiningDetails(), organiser, d.region(), d.artForms(), d.settings(), d.capacity(),
                d.bookingOpensAt(), d.bookingClosesAt(), d.series(), d.askAccess(), d.askDietary(), d.askHeard(), d.sessions(), d.tickets());
    }

    /** The same details at other times, with these sessions. */
    public static EventDetails at(EventDetails d, Instant startsAt, Instant endsAt, List<EventDetails.Session> sessions) {
        return new EventDetails(d.title(), d.kind(), d.delivery(), d.summary(), d.description(), startsAt, endsAt, d.venueName(),
                d.venueAddress(), d.accessInfo(), d.joiningDetails(), d.organiser(), d.region(), d.artForms(), d.settings(), d.capacity(),
                d.bookingOpensAt(), d.bookingClosesAt(), d.series(), d.askAccess(), d.askDietary(), d.askHeard(), sessions, d.tickets());
    }

    /** A request for places, as the form makes it. */
    public static Bookings.Request request(Event event, TicketKind ticket, String email, int places, boolean waitlist) {
        List<Bookings.AttendeeDetails> attendees = new java.util.ArrayList<>();
        for (int i = 0; i < places; i++) {
            attendees.add(new Bookings.AttendeeDetails("Attendee " + (i + 1), null, null, null));
        }
        return new Bookings.Request(event.id(), ticket, null, new Booking.Booker("Booker", email, null, null, false), attendees, null,
                Booking.Provider.INVOICE, waitlist, null, null, false);
    }
}
