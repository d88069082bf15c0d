package uk.org.ncjaa.springboard.events.domain;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.org.ncjaa.springboard.events.EventKind;
import uk.org.ncjaa.springboard.events.EventsChanged;
import uk.org.ncjaa.springboard.shared.NotFoundException;
import uk.org.ncjaa.springboard.shared.Slugs;

/** Events as staff make and change them, and as the public finds them. */
@Service
public class EventCatalogue {

    private final EventRepository events;
    private final BookingRepository bookings;
    private final WaitlistRepository waitlist;
    private final AttendeeRepository attendees;
    private final Bookings places;
    private final Notices notices;
    private final JdbcTemplate jdbc;
    private final ApplicationEventPublisher publisher;
    private final Clock clock;

    EventCatalogue(EventRepository events, BookingRepository bookings, WaitlistRepository waitlist, AttendeeRepository attendees,
            Bookings places, Notices notices, JdbcTemplate jdbc, ApplicationEventPublisher publisher, Clock clock) {
        this.events = events;
        this.bookings = bookings;
        this.waitlist = waitlist;
        this.attendees = attendees;
        this.places = places;
        this.notices = notices;
        this.jdbc = jdbc;
        this.publisher = publisher;
        this.clock = clock;
    }

    /** What the public listing can be narrowed by. */
    public record Filter(boolean past, EventKind kind, String region, boolean online, boolean free) {
    }

    @Transactional
    public Event create(EventDetails details, boolean publish) {
        return create(details, Event.Welsh.NONE, publish);
    }

    /** A new event with an editor's Welsh version. */
    @Transactional
    public Event create(EventDetails details, Event.Welsh welsh, boolean publish) {
        Instant now = clock.instant();
        Event event = new Event(freeSlug(details.title(), details.startsAt()), details, now);
        event.translate(welsh, now);
        if (publish) {
            event.publish(now);
        }
        events.save(event);
        publisher.publishEvent(new EventsChanged(event.id()));
        return event;
    }

    /** Changes an event; more capacity goes to the waiting list at once. */
    @Transactional
    public Event update(long id, EventDetails details, boolean publish) {
        return update(id, details, null, publish);
    }

    /** Changes an event and its Welsh version; a null {@code welsh} keeps the Welsh version as it is. */
    @Transactional
    public Event update(long id, EventDetails details, Event.Welsh welsh, boolean publish) {
        Instant now = clock.instant();
        Event event = places.lock(id);
        event.apply(details, now);
        if (welsh != null) {
            event.translate(welsh, now);
        }
        if (publish && event.status() == Event.Status.DRAFT) {
            event.publish(now);
        }
        events.flush();
        places.offerFreed(event, now);
        publisher.publishEvent(new EventsChanged(id));
        return event;
    }

    /** A copy as a draft, a week later, for staff to adjust: series and courses are often repeated. */
    @Transactional
    public Event duplicate(long id) {
        Event original = events.findById(id).orElseThrow(() -> new NotFoundException("No such event"));
        EventDetails d = original.details();
        Duration shift = Duration.ofDays(7);
        EventDetails copy = new EventDetails("Copy of " + d.title(), d.kind(), d.delivery(), d.summary(), d.description(),
                d.startsAt().plus(shift), d.endsAt().plus(shift), d.venueName(), d.venueAddress(), d.accessInfo(), d.joiningDetails(),
                d.organiser(), d.region(), d.artForms(), d.settings(), d.capacity(),
                d.bookingOpensAt() == null ? null : d.bookingOpensAt().plus(shift),
                d.bookingClosesAt() == null ? null : d.bookingClosesAt().plus(shift), d.series(), d.askAccess(), d.askDietary(),
                d.askHeard(), d.sessions().stream().map(s -> new EventDetails.Session(s.title(), s.startsAt().plus(shift),
                        s.endsAt().plus(shift))).toList(), d.tickets());
        return create(copy, original.welsh(), false);
    }

    /** Cancels the event: everyone booked and everyone waiting is told. */
    @Transactional
    public void cancel(long id, String reason) {
        Instant now = clock.instant();
        Event event = places.lock(id);
        event.cancel(reason, now);
        for (Booking booking : bookings.forEvent(id)) {
            if (booking.state().holdsPlaces()) {
                booking.cancel(now);
                notices.eventCancelled(booking);
            }
        }
        for (WaitlistEntry entry : waitlist.queue(id)) {
            entry.leave();
            notices.eventCancelled(entry);
        }
        publisher.publishEvent(new EventsChanged(id));
    }

    @Transactional
    public void archive(long id) {
        events.findById(id).orElseThrow(() -> new NotFoundException("No such event")).archive(clock.instant());
        publisher.publishEvent(new EventsChanged(id));
    }

    @Transactional(readOnly = true)
    public List<Event> listing(Filter filter) {
        Instant now = clock.instant();
        List<Event> found = filter.past() ? events.past(now) : events.upcoming(now);
        return found.stream()
            .filter(e -> filter.kind() == null || e.kind() == filter.kind())
            .filter(e -> filter.region() == null || filter.region().equals(e.region()))
            .filter(e -> !filter.online() || e.delivery().online())
            .filter(e -> !filter.free() || e.free())
            .map(EventCatalogue::loaded)
            .toList();
    }

    @Transactional(readOnly = true)
    public List<Event> upcoming() {
        return events.upcoming(clock.instant()).stream().filter(e -> e.status() == Event.Status.PUBLISHED).map(EventCatalogue::loaded)
            .toList();
    }

    /** Published upcoming events an organisation runs, by its name as the events give it (case ignored). */
    @Transactional(readOnly = true)
    public List<Event> upcomingBy(String organiser, int limit) {
        return events.upcomingBy(organiser, clock.instant(), org.springframework.data.domain.Limit.of(limit));
    }

    @Transactional(readOnly = true)
    public Optional<Booking> booking(long id) {
        return bookings.findById(id).map(Bookings::loaded);
    }

    @Transactional(readOnly = true)
    public Optional<Event> bySlug(String slug) {
        return events.findBySlug(slug).map(EventCatalogue::loaded);
    }

    @Transactional(readOnly = true)
    public Optional<Event> byId(long id) {
        return events.findById(id).map(EventCatalogue::loaded);
    }

    @Transactional(readOnly = true)
    public List<Event> inSeries(Event event) {
        return event.series() == null ? List.of() : events.inSeries(event.series(), event.id());
    }

    @Transactional(readOnly = true)
    public List<Event> forStaff() {
        return events.forStaff().stream().map(EventCatalogue::loaded).toList();
    }

    /** Places held and confirmed for each event, for the staff list. */
    @Transactional(readOnly = true)
    public java.util.Map<Long, Integer> held() {
        java.util.Map<Long, Integer> held = new java.util.HashMap<>();
        jdbc.query("select event_id, count(*) from attendee where active group by event_id",
                rs -> {
                    held.put(rs.getLong(1), rs.getInt(2));
                });
        return held;
    }

    @Transactional(readOnly = true)
    public List<Booking> bookings(long eventId) {
        return bookings.forEvent(eventId).stream().map(Bookings::loaded).toList();
    }

    @Transactional(readOnly = true)
    public List<WaitlistEntry> waitlist(long eventId) {
        return waitlist.forEvent(eventId).stream().peek(e -> e.ticketType().kind()).toList();
    }

    @Transactional(readOnly = true)
    public List<Attendee> attendees(long eventId) {
        return attendees.confirmed(eventId).stream().peek(a -> a.booking().ticketType().kind()).toList();
    }

    private String freeSlug(String title, Instant startsAt) {
        String base = Slugs.of(title);
        base = (base.isEmpty() ? "event" : base.length() > 80 ? base.substring(0, 80).replaceAll("-$", "") : base) + "-"
                + startsAt.atZone(Dates.UK).getYear();
        String slug = base;
        for (int n = 2; events.existsBySlug(slug); n++) {
            slug = base + "-" + n;
        }
        return slug;
    }

    static Event loaded(Event event) {
        event.offered();
        event.sessions().size();
        return event;
    }
}
