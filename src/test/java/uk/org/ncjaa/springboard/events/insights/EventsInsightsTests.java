package uk.org.ncjaa.springboard.events.insights;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import uk.org.ncjaa.springboard.events.Ask;
import uk.org.ncjaa.springboard.events.Delivery;
import uk.org.ncjaa.springboard.events.EventKind;
import uk.org.ncjaa.springboard.events.TestEvents;
import uk.org.ncjaa.springboard.events.TicketKind;
import uk.org.ncjaa.springboard.events.domain.Attendee;
import uk.org.ncjaa.springboard.events.domain.Booking;
import uk.org.ncjaa.springboard.events.domain.Bookings;
import uk.org.ncjaa.springboard.events.domain.Event;
import uk.org.ncjaa.springboard.events.domain.EventCatalogue;
import uk.org.ncjaa.springboard.events.domain.EventDay;
import uk.org.ncjaa.springboard.events.domain.EventDetails;
import uk.org.ncjaa.springboard.shared.insights.Figure;
import uk.org.ncjaa.springboard.shared.insights.Period;
import uk.org.ncjaa.springboard.support.SpringboardTest;
import uk.org.ncjaa.springboard.support.TestAccounts;
import uk.org.ncjaa.springboard.taxonomy.TaxonomyApi;
import uk.org.ncjaa.springboard.taxonomy.Vocabulary;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.org.ncjaa.springboard.support.FigureRows.row;
import static uk.org.ncjaa.springboard.support.FigureRows.rows;

/**
 * A small programme booked through the services, then moved back to early 2012 (a time no other
 * test uses): a training course in January (one booking never paid, one cancelled after payment),
 * a networking event and a webinar in March, a cancelled event, a waiting list in February, and
 * nothing in April. Every number below was counted by hand.
 */
@SpringboardTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EventsInsightsTests {

    private static final Period PERIOD = new Period(LocalDate.of(2012, 1, 1), LocalDate.of(2012, 4, 30));

    @Autowired
    EventsInsights insights;

    @Autowired
    EventCatalogue catalogue;

    @Autowired
    Bookings bookings;

    @Autowired
    EventDay day;

    @Autowired
    TaxonomyApi taxonomy;

    @Autowired
    JdbcTemplate jdbc;

    Map<String, Figure> figures;

    @BeforeAll
    void programme() {
        // January: a training course in London, £50 standard and £25 concession places
        Event course = catalogue.create(details("Course", EventKind.TRAINING, "london", 20,
                Map.of(TicketKind.NON_MEMBER, new EventDetails.Ticket(5000, 20), TicketKind.CONCESSION, new EventDetails.Ticket(2500, 20))),
                true);
        Booking three = paid(course, TicketKind.NON_MEMBER, 3);
        Booking two = paid(course, TicketKind.CONCESSION, 2);
        bookings.refunded(Booking.Provider.INVOICE, "refund-" + System.nanoTime(), two.id(), 1000);
        book(course, TicketKind.NON_MEMBER, 1); // never paid: neither a place nor income
        // paid, then cancelled with nothing refunded: the £50 is income, but neither a place nor a confirmed booking
        bookings.cancel(paid(course, TicketKind.NON_MEMBER, 1).id(), "You cancelled the booking.");
        day.checkIn(course.id(), three.attendees().get(0).id());
        day.checkIn(course.id(), three.attendees().get(1).id());
        day.checkIn(course.id(), two.attendees().get(0).id());
        List<Attendee> courseAttendees = List.of(three.attendees().get(0), three.attendees().get(1), three.attendees().get(2),
                two.attendees().get(0), two.attendees().get(1));
        int[] ratings = { 5, 4, 4, 3, 2 };
        for (int i = 0; i < ratings.length; i++) {
            day.saveFeedback(courseAttendees.get(i), ratings[i], null, null);
        }
        move(course, LocalDateTime.of(2012, 1, 18, 10, 0));

        // March: a free networking event in the North West, full, with nobody checked in, and two people waiting in February
        Event networking = catalogue.create(details("Networking", EventKind.NETWORKING, "north-west", 2,
                Map.of(TicketKind.FREE, new EventDetails.Ticket(0, 2))), true);
        book(networking, TicketKind.FREE, 2);
        bookings.book(TestEvents.request(networking, TicketKind.FREE, TestAccounts.uniqueEmail("waiting"), 1, true));
        bookings.book(TestEvents.request(networking, TicketKind.FREE, TestAccounts.uniqueEmail("waiting"), 2, true));
        jdbc.update("update waitlist_entry set created_at = ? where event_id = ?",
                java.sql.Timestamp.valueOf(LocalDateTime.of(2012, 2, 10, 12, 0)), networking.id());
        move(networking, LocalDateTime.of(2012, 3, 5, 14, 0));

        // March: an online webinar with no region, six places, one checked in, two answers to the survey
        Event webinar = catalogue.create(details("Webinar", EventKind.WEBINAR, null, 10, Map.of(TicketKind.FREE, new EventDetails.Ticket(0, 10))),
                true);
        Booking six = book(webinar, TicketKind.FREE, 6);
        day.checkIn(webinar.id(), six.attendees().get(0).id());
        day.saveFeedback(six.attendees().get(0), 5, null, null);
        day.saveFeedback(six.attendees().get(1), 5, null, null);
        move(webinar, LocalDateTime.of(2012, 3, 20, 18, 0));

        // January: a conference that was cancelled counts for nothing
        Event cancelled = catalogue.create(details("Cancelled", EventKind.CONFERENCE, "london", 50,
                Map.of(TicketKind.FREE, new EventDetails.Ticket(0, 50))), true);
        book(cancelled, TicketKind.FREE, 4);
        catalogue.cancel(cancelled.id(), "The venue closed.");
        move(cancelled, LocalDateTime.of(2012, 1, 25, 10, 0));

        figures = new java.util.HashMap<>();
        insights.figures(PERIOD).forEach(f -> figures.put(f.id(), f));
    }

    @Test
    void countsPlacesAttendedAndMissedByTheMonthOfTheEvent() {
        Figure places = figures.get("places");
        assertThat(places.shape()).isEqualTo(Figure.Shape.OVER_TIME);
        assertThat(places.columns()).containsExactly("Places booked", "Attended", "Missed");
        assertThat(rows(places)).containsExactly(
                row("Jan 2012", 5L, 3L, 2L),
                row("Feb 2012", 0L, 0L, 0L),
                // the networking event never used check-in, so its two places are not counted as missed
                row("Mar 2012", 8L, 1L, 5L),
                row("Apr 2012", 0L, 0L, 0L));
    }

    @Test
    void countsPeopleJoiningWaitingListsByTheMonthTheyJoined() {
        assertThat(rows(figures.get("waiting-lists"))).containsExactly(
                row("Jan 2012", 0L, 0L, 0L),
                row("Feb 2012", 2L, 3L, 0L),
                row("Mar 2012", 0L, 0L, 0L),
                row("Apr 2012", 0L, 0L, 0L));
    }

    @Test
    void countsIncomeAfterRefundsInWholePoundsByTicketType() {
        Figure income = figures.get("income");
        assertThat(income.columns().get(0)).contains("£");
        assertThat(rows(income)).containsExactly(
                row(TicketKind.FREE.label(), 0L, 2L),
                row(TicketKind.MEMBER.label(), 0L, 0L),
                row(TicketKind.NON_MEMBER.label(), 200L, 1L),
                row(TicketKind.CONCESSION.label(), 40L, 1L),
                row(TicketKind.BURSARY.label(), 0L, 0L));
    }

    @Test
    void countsPlacesAndEventsByTypeLeavingOutTheCancelledEvent() {
        assertThat(rows(figures.get("by-type"))).containsExactly(
                row(EventKind.CONFERENCE.label(), 0L, 0L),
                row(EventKind.TRAINING.label(), 5L, 1L),
                row(EventKind.WEBINAR.label(), 6L, 1L),
                row(EventKind.NETWORKING.label(), 2L, 1L),
                row(EventKind.ARTS_FORUM.label(), 0L, 0L));
    }

    @Test
    void hidesSmallRegionalCountsAndTheNextSmallestWithThem() {
        Figure regions = figures.get("by-region");
        Map<String, String> labels = taxonomy.labels(Vocabulary.REGION);
        Map<String, List<Long>> byLabel = new java.util.HashMap<>();
        regions.rows().forEach(r -> byLabel.put(r.label(), r.values()));
        // North West had 2 (hidden); London's 5 would then give it away from the total, so it is hidden too
        assertThat(byLabel.get(labels.get("north-west"))).isEqualTo(Arrays.asList((Long) null));
        assertThat(byLabel.get(labels.get("london"))).isEqualTo(Arrays.asList((Long) null));
        assertThat(byLabel.get("No region (most are online)")).containsExactly(6L);
        assertThat(regions.hidesAny()).isTrue();
        assertThat(regions.rows()).hasSize(labels.size() + 1);
        assertThat(regions.rows().stream().filter(r -> r.values().get(0) != null).mapToLong(r -> r.values().get(0)).sum())
            .isEqualTo(6L);
    }

    @Test
    void showsFeedbackScoresOnlyWhereFiveOrMoreAnswered() {
        assertThat(rows(figures.get("feedback"))).containsExactly(
                // 3 of 5 rated 4 or 5; the average of 5, 4, 4, 3 and 2 is 3.6
                row(EventKind.TRAINING.label(), 60L, 36L, 5L),
                row(EventKind.WEBINAR.label(), null, null, 2L));
    }

    private Booking paid(Event event, TicketKind kind, int places) {
        Booking booking = book(event, kind, places);
        bookings.markPaid(booking.id());
        return booking;
    }

    private Booking book(Event event, TicketKind kind, int places) {
        return ((Bookings.Booked) bookings.book(TestEvents.request(event, kind, TestAccounts.uniqueEmail("booker"), places, false)))
            .booking();
    }

    private void move(Event event, LocalDateTime start) {
        Instant starts = start.atZone(Period.UK).toInstant();
        jdbc.update("update event set starts_at = ?, ends_at = ? where id = ?", java.sql.Timestamp.from(starts),
                java.sql.Timestamp.from(starts.plus(Duration.ofHours(3))), event.id());
    }

    private static EventDetails details(String title, EventKind kind, String region, int capacity,
            Map<TicketKind, EventDetails.Ticket> tickets) {
        Instant start = Instant.now().plus(Duration.ofDays(30)).truncatedTo(java.time.temporal.ChronoUnit.MINUTES);
        return new EventDetails(title + " " + System.nanoTime(), kind, region == null ? Delivery.ONLINE : Delivery.IN_PERSON,
                "A test event.", "About the test event.", start, start.plus(Duration.ofHours(3)), "Test Hall", "1 Test Street",
                "Step-free.", "https://meet.example.org/join/123", "Test Organiser", region, List.of(), List.of(), capacity, null, null,
                null, Ask.OPTIONAL, Ask.OFF, Ask.OPTIONAL, List.of(), new EnumMap<>(tickets));
    }
}
