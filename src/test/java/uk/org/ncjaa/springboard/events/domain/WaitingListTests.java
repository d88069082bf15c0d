package uk.org.ncjaa.springboard.events.domain;

import java.util.Map;

import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import uk.org.ncjaa.springboard.events.TestEvents;
import uk.org.ncjaa.springboard.events.TicketKind;
import uk.org.ncjaa.springboard.support.SpringboardTest;
import uk.org.ncjaa.springboard.support.TestAccounts;
import uk.org.ncjaa.springboard.support.TestMail.Inbox;

import static org.assertj.core.api.Assertions.assertThat;

@SpringboardTest
class WaitingListTests {

    @Autowired
    Bookings bookings;

    @Autowired
    EventCatalogue catalogue;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Inbox inbox;

    @Test
    void aFreedPlaceIsOfferedToTheFrontOfTheQueueAndHeldForThemAlone() {
        Event event = TestEvents.free(catalogue, "Small workshop", 2);
        Bookings.Booked first = booked(event, TestAccounts.uniqueEmail("first"), 2);
        String waiting1 = TestAccounts.uniqueEmail("waiting1");
        String waiting2 = TestAccounts.uniqueEmail("waiting2");
        Bookings.Waitlisted w1 = (Bookings.Waitlisted) bookings.book(TestEvents.request(event, TicketKind.FREE, waiting1, 1, true));
        Bookings.Waitlisted w2 = (Bookings.Waitlisted) bookings.book(TestEvents.request(event, TicketKind.FREE, waiting2, 1, true));
        assertThat(w1.position()).isEqualTo(1);
        assertThat(w2.position()).isEqualTo(2);

        bookings.cancel(first.booking().id(), "You cancelled the booking.");

        MimeMessage offer1 = inbox.awaitOne(waiting1, "Places for you");
        MimeMessage offer2 = inbox.awaitOne(waiting2, "Places for you");
        assertThat(Inbox.body(offer1)).contains("/events/waitlist/");
        assertThat(offer2).isNotNull();
        // both places are held for the two offers: a newcomer is refused, not booked into them
        Bookings.Outcome newcomer = bookings.book(TestEvents.request(event, TicketKind.FREE, TestAccounts.uniqueEmail("late"), 1, false));
        assertThat(newcomer).isInstanceOf(Bookings.Refused.class);

        String offerToken = Inbox.link(offer1, "/events/waitlist/").substring("/events/waitlist/".length());
        Bookings.Request claim = withOffer(TestEvents.request(event, TicketKind.FREE, waiting1, 1, false), offerToken);
        assertThat(bookings.book(claim)).isInstanceOf(Bookings.Booked.class);
        assertThat(state(w1.entry().id())).isEqualTo("TAKEN");
        assertThat(active(event)).isEqualTo(1);
    }

    @Test
    void offersAreNeverForMorePlacesThanAreFreeAndALapsedOfferPassesOn() {
        Event event = TestEvents.free(catalogue, "Tiny workshop", 1);
        Bookings.Booked first = booked(event, TestAccounts.uniqueEmail("first"), 1);
        String wantsTwo = TestAccounts.uniqueEmail("wants-two");
        String wantsOne = TestAccounts.uniqueEmail("wants-one");
        String alsoOne = TestAccounts.uniqueEmail("also-one");
        Bookings.Waitlisted two = (Bookings.Waitlisted) bookings.book(TestEvents.request(event, TicketKind.FREE, wantsTwo, 2, true));
        Bookings.Waitlisted one = (Bookings.Waitlisted) bookings.book(TestEvents.request(event, TicketKind.FREE, wantsOne, 1, true));
        Bookings.Waitlisted next = (Bookings.Waitlisted) bookings.book(TestEvents.request(event, TicketKind.FREE, alsoOne, 1, true));

        bookings.cancel(first.booking().id(), "You cancelled the booking.");

        // one place free: the entry wanting two keeps its turn, the next that fits is offered the one place
        assertThat(state(two.entry().id())).isEqualTo("WAITING");
        assertThat(state(one.entry().id())).isEqualTo("OFFERED");
        assertThat(state(next.entry().id())).isEqualTo("WAITING");
        assertThat(offeredPlaces(event)).isEqualTo(1);

        jdbc.update("update waitlist_entry set offer_expires_at = now() - interval '1 minute' where id = ?", one.entry().id());
        bookings.tidy(event.id());

        assertThat(state(one.entry().id())).isEqualTo("LAPSED");
        assertThat(state(next.entry().id())).isEqualTo("OFFERED");
        inbox.awaitOne(alsoOne, "Places for you");
        assertThat(offeredPlaces(event)).isEqualTo(1);
    }

    @Test
    void staffPriorityMovesAnEntryToTheFrontWithItsReasonAndLeavingTakesOneClick() {
        Event event = TestEvents.free(catalogue, "Priority workshop", 1);
        Bookings.Booked first = booked(event, TestAccounts.uniqueEmail("first"), 1);
        Bookings.Waitlisted early = (Bookings.Waitlisted) bookings.book(
                TestEvents.request(event, TicketKind.FREE, TestAccounts.uniqueEmail("early"), 1, true));
        Bookings.Waitlisted late = (Bookings.Waitlisted) bookings.book(
                TestEvents.request(event, TicketKind.FREE, TestAccounts.uniqueEmail("late"), 1, true));

        bookings.prioritise(late.entry().id(), "Prison officer released for the day", 1L);
        assertThat(bookings.positionOf(late.entry().id())).isEqualTo(1);
        assertThat(bookings.positionOf(early.entry().id())).isEqualTo(2);
        assertThat(jdbc.queryForObject("select priority_reason from waitlist_entry where id = ?", String.class, late.entry().id()))
            .isEqualTo("Prison officer released for the day");

        bookings.leave(early.entry().id());
        assertThat(state(early.entry().id())).isEqualTo("LEFT");

        bookings.cancel(first.booking().id(), "You cancelled the booking.");
        assertThat(state(late.entry().id())).isEqualTo("OFFERED");
    }

    @Test
    void anUnpaidInvoicePastItsTermFreesItsPlacesForTheQueue() {
        Event event = TestEvents.publish(catalogue, "Paid course", 1, Map.of(TicketKind.NON_MEMBER, new EventDetails.Ticket(9500, 1)));
        String payer = TestAccounts.uniqueEmail("payer");
        Bookings.Booked unpaid = booked(event, TicketKind.NON_MEMBER, payer, 1);
        assertThat(unpaid.booking().state()).isEqualTo(BookingState.PENDING_PAYMENT);
        assertThat(unpaid.booking().invoiceNumber()).isNotNull();
        Bookings.Waitlisted waiting = (Bookings.Waitlisted) bookings.book(
                TestEvents.request(event, TicketKind.NON_MEMBER, TestAccounts.uniqueEmail("waiting"), 1, true));

        jdbc.update("update booking set expires_at = now() - interval '1 minute' where id = ?", unpaid.booking().id());
        assertThat(bookings.untidy()).contains(event.id());
        bookings.tidy(event.id());

        assertThat(jdbc.queryForObject("select state from booking where id = ?", String.class, unpaid.booking().id())).isEqualTo("CANCELLED");
        assertThat(state(waiting.entry().id())).isEqualTo("OFFERED");
        assertThat(Inbox.body(inbox.awaitOne(payer, "Booking cancelled"))).contains("did not receive payment");
    }

    private Bookings.Booked booked(Event event, String email, int places) {
        return booked(event, TicketKind.FREE, email, places);
    }

    private Bookings.Booked booked(Event event, TicketKind kind, String email, int places) {
        Bookings.Outcome outcome = bookings.book(TestEvents.request(event, kind, email, places, false));
        assertThat(outcome).isInstanceOf(Bookings.Booked.class);
        return (Bookings.Booked) outcome;
    }

    private static Bookings.Request withOffer(Bookings.Request r, String offerToken) {
        return new Bookings.Request(r.eventId(), r.ticket(), r.accountId(), r.booker(), r.attendees(), r.heardAbout(), r.provider(),
                r.waitlistIfFull(), offerToken, r.invitationCode(), r.rememberAccessNeeds());
    }

    private String state(long entryId) {
        return jdbc.queryForObject("select state from waitlist_entry where id = ?", String.class, entryId);
    }

    private int active(Event event) {
        return jdbc.queryForObject("select count(*) from attendee where event_id = ? and active", Integer.class, event.id());
    }

    private int offeredPlaces(Event event) {
        return jdbc.queryForObject("select coalesce(sum(places), 0) from waitlist_entry where event_id = ? and state = 'OFFERED'",
                Integer.class, event.id());
    }
}
