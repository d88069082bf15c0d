package uk.org.ncjaa.springboard.events.web;

import java.util.Map;

import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import uk.org.ncjaa.springboard.accounts.Role;
import uk.org.ncjaa.springboard.events.TestEvents;
import uk.org.ncjaa.springboard.events.TicketKind;
import uk.org.ncjaa.springboard.events.domain.Event;
import uk.org.ncjaa.springboard.events.domain.EventCatalogue;
import uk.org.ncjaa.springboard.events.domain.EventDay;
import uk.org.ncjaa.springboard.events.domain.EventDetails;
import uk.org.ncjaa.springboard.support.SpringboardTest;
import uk.org.ncjaa.springboard.support.TestAccounts;
import uk.org.ncjaa.springboard.support.TestMail.Inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Booking as people do it, through the pages, with real email. */
@SpringboardTest
class BookingTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    EventCatalogue catalogue;

    @Autowired
    EventDay day;

    @Autowired
    TestAccounts accounts;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Inbox inbox;

    @Test
    void aFormWithMistakesComesBackWithEveryAnswerKeptAndNothingBooked() throws Exception {
        Event event = TestEvents.free(catalogue, "Form check", 10);
        mvc.perform(post("/events/" + event.slug() + "/book").with(csrf())
                .param("ticket", "free").param("places", "2")
                .param("attendees[0].name", "Ann Example").param("attendees[0].email", "not-an-email")
                .param("attendees[1].name", "")
                .param("bookerName", "Carol Booker").param("bookerEmail", "carol"))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("Enter your email address, like name@example.org")))
            .andExpect(content().string(containsString("Enter the name of attendee 2")))
            .andExpect(content().string(containsString("Enter a real email address for attendee 1")))
            .andExpect(content().string(containsString("value=\"Ann Example\"")))
            .andExpect(content().string(containsString("value=\"Carol Booker\"")))
            .andExpect(content().string(containsString("Access needs (optional)")))
            .andExpect(content().string(not(containsString("Dietary needs"))));
        assertThat(jdbc.queryForObject("select count(*) from booking where event_id = ?", Integer.class, event.id())).isZero();
    }

    @Test
    void aBookingIsConfirmedByEmailWithACalendarFileAndCanBeRenamedAndCancelledFromItsLink() throws Exception {
        Event event = TestEvents.free(catalogue, "Confirmation", 10);
        String booker = TestAccounts.uniqueEmail("booker");
        MvcResult booked = mvc.perform(post("/events/" + event.slug() + "/book").with(csrf())
                .param("ticket", "free").param("places", "2")
                .param("attendees[0].name", "Ann Example").param("attendees[1].name", "Person Without Email")
                .param("bookerName", "Carol Booker").param("bookerEmail", booker).param("onBehalf", "true"))
            .andExpect(status().is3xxRedirection()).andReturn();
        String page = booked.getResponse().getRedirectedUrl();
        assertThat(page).startsWith("/bookings/");

        MimeMessage mail = inbox.awaitOne(booker, "Booking confirmed");
        assertThat(Inbox.body(mail)).contains("Person Without Email").contains("/bookings/");
        Part ics = attachment(mail, "event.ics");
        assertThat(ics.getContentType()).startsWith("text/calendar");
        // unfolded, as a calendar client reads it
        String calendar = new String(ics.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).replace("\r\n ", "");
        assertThat(calendar).contains("BEGIN:VEVENT").contains("SUMMARY:" + event.title().substring(0, 20))
            .contains("meet.example.org/join/123");

        String token = page.substring("/bookings/".length()).replaceAll("\\?.*", "");
        mvc.perform(get("/bookings/" + token)).andExpect(status().isOk())
            .andExpect(content().string(containsString("Confirmed")))
            .andExpect(content().string(containsString("https://meet.example.org/join/123")));
        long attendee = jdbc.queryForObject("select id from attendee where name = 'Ann Example' and event_id = ?", Long.class, event.id());
        mvc.perform(post("/bookings/" + token + "/attendees").with(csrf()).param("name-" + attendee, "Ann Renamed"))
            .andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForObject("select name from attendee where id = ?", String.class, attendee)).isEqualTo("Ann Renamed");

        mvc.perform(post("/bookings/" + token + "/cancel").with(csrf())).andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForObject("select count(*) from attendee where event_id = ? and active", Integer.class, event.id())).isZero();
        inbox.awaitOne(booker, "Booking cancelled");
    }

    @Test
    void eachAttendeeWithTheirOwnEmailGetsTheirOwnConfirmationWithTheCalendarFileAndHowToJoin() throws Exception {
        Event event = TestEvents.free(catalogue, "Booked for others", 10);
        String booker = TestAccounts.uniqueEmail("booker");
        String ann = TestAccounts.uniqueEmail("ann");
        String bob = TestAccounts.uniqueEmail("bob");
        mvc.perform(post("/events/" + event.slug() + "/book").with(csrf())
                .param("ticket", "free").param("places", "4")
                .param("attendees[0].name", "Ann Example").param("attendees[0].email", ann)
                .param("attendees[1].name", "Bob Example").param("attendees[1].email", bob)
                .param("attendees[2].name", "Person Without Email")
                .param("attendees[3].name", "Carol Booker").param("attendees[3].email", booker.toUpperCase())
                .param("bookerName", "Carol Booker").param("bookerEmail", booker).param("onBehalf", "true"))
            .andExpect(status().is3xxRedirection());

        for (String[] attendee : new String[][] { { ann, "Ann Example" }, { bob, "Bob Example" } }) {
            MimeMessage mail = inbox.awaitOne(attendee[0], event.title());
            assertThat(Inbox.subject(mail)).startsWith("Place confirmed");
            // read as a mail client does, without quoted-printable's soft line breaks
            assertThat(Inbox.body(mail).replace("=\r\n", "")).contains(attendee[1]).contains("Carol Booker").contains("Test Hall, 1 Test Street, London")
                .contains("https://meet.example.org/join/123")
                // the booking's own link lets its holder cancel every place: it stays with the booker
                .doesNotContain("/bookings/");
            String calendar = new String(attachment(mail, "event.ics").getInputStream().readAllBytes(),
                    java.nio.charset.StandardCharsets.UTF_8).replace("\r\n ", "");
            assertThat(calendar).contains("BEGIN:VEVENT").contains("meet.example.org/join/123");
        }
        inbox.awaitOne(booker, "Booking confirmed");
        assertThat(inbox.to(ann)).hasSize(1);
        assertThat(inbox.to(booker)).extracting(Inbox::subject).noneMatch(s -> s.startsWith("Place confirmed"));
    }

    @Test
    void askingForMorePlacesThanATicketHasLeftSaysHowManyAreLeftAndKeepsTheForm() throws Exception {
        Event event = TestEvents.publish(catalogue, "Nearly full", 10, Map.of(TicketKind.NON_MEMBER, new EventDetails.Ticket(9500, 3),
                TicketKind.CONCESSION, new EventDetails.Ticket(4000, 7)));
        mvc.perform(post("/events/" + event.slug() + "/book").with(csrf()).param("ticket", "non-member").param("places", "1")
                .param("attendees[0].name", "First").param("bookerName", "First").param("bookerEmail", TestAccounts.uniqueEmail("first"))
                .param("payment", "INVOICE"))
            .andExpect(status().is3xxRedirection());
        String booker = TestAccounts.uniqueEmail("three");
        // the form's waiting-list box is ticked, as it is by default
        mvc.perform(post("/events/" + event.slug() + "/book").with(csrf()).param("ticket", "non-member").param("places", "3")
                .param("attendees[0].name", "Ann Example").param("attendees[1].name", "Bob Example").param("attendees[2].name", "Cy Example")
                .param("bookerName", "Dee Booker").param("bookerEmail", booker).param("payment", "INVOICE").param("waitlist", "true"))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("Only 2 places are left for the Standard ticket")))
            .andExpect(content().string(not(containsString("event is full"))))
            .andExpect(content().string(containsString("value=\"Cy Example\"")))
            .andExpect(content().string(containsString("value=\"Dee Booker\"")))
            .andExpect(content().string(containsString("<option value=\"3\" selected=\"selected\">3</option>")));
        assertThat(jdbc.queryForObject("select count(*) from booking where booker_email = ?", Integer.class, booker)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from waitlist_entry where email = ?", Integer.class, booker)).isZero();

        // that ticket gone, the event still has places of another kind: not "full" either
        mvc.perform(post("/events/" + event.slug() + "/book").with(csrf()).param("ticket", "non-member").param("places", "2")
                .param("attendees[0].name", "Ann Example").param("attendees[1].name", "Bob Example")
                .param("bookerName", "Dee Booker").param("bookerEmail", booker).param("payment", "INVOICE"))
            .andExpect(status().is3xxRedirection());
        mvc.perform(post("/events/" + event.slug() + "/book").with(csrf()).param("ticket", "non-member").param("places", "1")
                .param("attendees[0].name", "Eve Example").param("bookerName", "Eve Example")
                .param("bookerEmail", TestAccounts.uniqueEmail("eve")).param("payment", "INVOICE").param("_waitlist", "on"))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("No places are left for the Standard ticket")))
            .andExpect(content().string(not(containsString("event is full"))))
            .andExpect(content().string(containsString("value=\"Eve Example\"")));
    }

    @Test
    void onePlaceOfSeveralIsCancelledAloneTheAmountDueFallsAndThePlaceGoesToTheWaitingList() throws Exception {
        Event event = TestEvents.publish(catalogue, "Two places", 2, Map.of(TicketKind.NON_MEMBER, new EventDetails.Ticket(9500, 2)));
        String booker = TestAccounts.uniqueEmail("two");
        String page = mvc.perform(post("/events/" + event.slug() + "/book").with(csrf()).param("ticket", "non-member").param("places", "2")
                .param("attendees[0].name", "Stays").param("attendees[1].name", "Cannot Come").param("bookerName", "Booker")
                .param("bookerEmail", booker).param("payment", "INVOICE"))
            .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        String token = page.substring("/bookings/".length()).replaceAll("\\?.*", "");
        String waiting = TestAccounts.uniqueEmail("waiting");
        book(event, waiting, "non-member");
        long leaving = jdbc.queryForObject("select id from attendee where name = 'Cannot Come' and event_id = ?", Long.class, event.id());
        long staying = jdbc.queryForObject("select id from attendee where name = 'Stays' and event_id = ?", Long.class, event.id());

        mvc.perform(get("/bookings/" + token)).andExpect(content().string(containsString("Cancel the place for Cannot Come")));
        mvc.perform(post("/bookings/" + token + "/attendees/" + leaving + "/cancel").with(csrf())).andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForObject("select total_pence from booking where booker_email = ?", Integer.class, booker)).isEqualTo(9500);
        assertThat(jdbc.queryForObject("select state from booking where booker_email = ?", String.class, booker)).isEqualTo("PENDING_PAYMENT");
        inbox.awaitOne(waiting, "Places for you");
        assertThat(Inbox.body(inbox.awaitOne(booker, "Booking cancelled"))).contains("Cannot Come").contains("The other places stand");
        // again: nothing more happens; then the last place cancels the booking
        mvc.perform(post("/bookings/" + token + "/attendees/" + leaving + "/cancel").with(csrf())).andExpect(status().is3xxRedirection());
        mvc.perform(post("/bookings/" + token + "/attendees/" + staying + "/cancel").with(csrf())).andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForObject("select state from booking where booker_email = ?", String.class, booker)).isEqualTo("CANCELLED");
    }

    @Test
    void memberPricesNeedAMemberAndTheArtsForumNeedsItsInvitationCode() throws Exception {
        Event event = TestEvents.publish(catalogue, "Member price", 10, Map.of(TicketKind.MEMBER, new EventDetails.Ticket(7500, 10)));
        mvc.perform(post("/events/" + event.slug() + "/book").with(csrf()).param("ticket", "member").param("places", "1")
                .param("attendees[0].name", "Visitor").param("bookerName", "Visitor").param("bookerEmail", "visitor@example.org")
                .param("payment", "INVOICE"))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("Member prices are for members of the alliance")));
        TestAccounts.Created member = accounts.createMember();
        mvc.perform(post("/events/" + event.slug() + "/book").with(csrf()).with(member.login()).param("ticket", "member")
                .param("places", "1").param("attendees[0].name", "Member").param("bookerName", "Member")
                .param("bookerEmail", member.email()).param("payment", "INVOICE"))
            .andExpect(status().is3xxRedirection());
        inbox.awaitOne(member.email(), "payment due");

        Event forum = catalogue.create(TestEvents.details("Arts Forum", uk.org.ncjaa.springboard.events.EventKind.ARTS_FORUM, 10,
                Map.of(TicketKind.FREE, new EventDetails.Ticket(0, 10)), java.time.Instant.now().plus(java.time.Duration.ofDays(20))), true);
        String code = forum.invitationCode();
        assertThat(code).isNotBlank();
        mvc.perform(post("/events/" + forum.slug() + "/book").with(csrf()).param("ticket", "free").param("places", "1")
                .param("attendees[0].name", "Guest").param("bookerName", "Guest").param("bookerEmail", "guest@example.org")
                .param("invitation", "WRONG"))
            .andExpect(status().isOk()).andExpect(content().string(containsString("by invitation only")));
        mvc.perform(post("/events/" + forum.slug() + "/book").with(csrf()).param("ticket", "free").param("places", "1")
                .param("attendees[0].name", "Guest").param("bookerName", "Guest").param("bookerEmail", "guest@example.org")
                .param("invitation", code.toLowerCase()))
            .andExpect(status().is3xxRedirection());
    }

    @Test
    void personalInvitationsToTheArtsForumBookOnePlaceOnce() throws Exception {
        Event forum = catalogue.create(TestEvents.details("Forum invitations", uk.org.ncjaa.springboard.events.EventKind.ARTS_FORUM, 10,
                Map.of(TicketKind.FREE, new EventDetails.Ticket(0, 10)), java.time.Instant.now().plus(java.time.Duration.ofDays(20))), true);
        TestAccounts.Created editor = accounts.create(Role.MEMBER, Role.EDITOR);
        String ann = TestAccounts.uniqueEmail("ann");
        String bob = TestAccounts.uniqueEmail("bob");
        mvc.perform(post("/admin/events/" + forum.id() + "/invitations").with(csrf()).with(editor.login())
                .param("people", "Ann Example <" + ann + ">\n" + bob + "\nnot an address\n" + ann.toUpperCase()))
            .andExpect(status().is3xxRedirection())
            .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash().attribute("notice",
                    "2 invitations sent; 1 already invited."))
            .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash().attribute("inviteProblem",
                    containsString("not an address")));
        MimeMessage invitation = inbox.awaitOne(ann, "Invitation: " + forum.title());
        assertThat(Inbox.body(invitation)).contains("Hello Ann Example");
        String link = Inbox.link(invitation, "/events/" + forum.slug() + "/book");
        String token = link.substring(link.indexOf("invitation=") + "invitation=".length());
        mvc.perform(get(link)).andExpect(status().isOk()).andExpect(content().string(containsString("type=\"hidden\" name=\"invitation\"")))
            .andExpect(content().string(not(containsString("Invitation code"))));

        mvc.perform(post("/events/" + forum.slug() + "/book").with(csrf()).param("ticket", "free").param("places", "1")
                .param("attendees[0].name", "Ann Example").param("bookerName", "Ann Example").param("bookerEmail", ann)
                .param("invitation", token))
            .andExpect(status().is3xxRedirection());
        mvc.perform(post("/events/" + forum.slug() + "/book").with(csrf()).param("ticket", "free").param("places", "1")
                .param("attendees[0].name", "Someone Else").param("bookerName", "Someone Else").param("bookerEmail", "else@example.org")
                .param("invitation", token))
            .andExpect(status().isOk()).andExpect(content().string(containsString("by invitation only")));
        assertThat(jdbc.queryForObject("select count(*) from event_invitation where event_id = ? and booking_id is not null", Integer.class,
                forum.id())).isOne();
        mvc.perform(get("/admin/events/" + forum.id()).with(editor.login())).andExpect(status().isOk())
            .andExpect(content().string(containsString(bob))).andExpect(content().string(containsString("Not yet")));
    }

    @Test
    void staffCreateAnEventThroughTheFormAndBadInputIsExplainedField() throws Exception {
        TestAccounts.Created editor = accounts.create(Role.MEMBER, Role.EDITOR);
        mvc.perform(post("/admin/events/new").with(csrf()).with(editor.login())
                .param("title", "Course from the form").param("kind", "TRAINING").param("delivery", "IN_PERSON")
                .param("summary", "S").param("description", "D").param("date", "2031-02-30").param("startTime", "9am")
                .param("endTime", "16:00").param("capacity", "lots").param("tickets[2].kind", "NON_MEMBER")
                .param("tickets[2].offered", "true").param("tickets[2].price", "ninety"))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("Enter a real date, for example 2027-01-15")))
            .andExpect(content().string(containsString("Enter the start time, for example 09:30")))
            .andExpect(content().string(containsString("Enter the venue")))
            .andExpect(content().string(containsString("Enter the number of places")))
            .andExpect(content().string(containsString("price in pounds")))
            .andExpect(content().string(containsString("value=\"Course from the form\"")));
        MvcResult created = mvc.perform(post("/admin/events/new").with(csrf()).with(editor.login())
                .param("title", "Course from the form").param("kind", "TRAINING").param("delivery", "IN_PERSON")
                .param("summary", "A course.").param("description", "About it.").param("date", "2031-02-14").param("startTime", "09:30")
                .param("endTime", "16:00").param("venueName", "Hall").param("organiser", "NCJAA").param("capacity", "30")
                .param("sessions", "2031-02-14 09:30-12:00 Morning\n2031-02-14 13:00-16:00 Afternoon")
                .param("tickets[2].kind", "NON_MEMBER").param("tickets[2].offered", "true").param("tickets[2].price", "95")
                .param("askAccess", "REQUIRED").param("askDietary", "OFF").param("askHeard", "OPTIONAL").param("publish", "yes"))
            .andExpect(status().is3xxRedirection()).andReturn();
        long id = Long.parseLong(created.getResponse().getRedirectedUrl().replace("/admin/events/", ""));
        Event event = catalogue.byId(id).orElseThrow();
        assertThat(event.status()).isEqualTo(Event.Status.PUBLISHED);
        assertThat(event.sessions()).hasSize(2);
        assertThat(event.ticketType(TicketKind.NON_MEMBER).orElseThrow().pricePence()).isEqualTo(9500);
        mvc.perform(get("/events/" + event.slug())).andExpect(status().isOk())
            .andExpect(content().string(containsString("\"@type\":\"Event\"")))
            .andExpect(content().string(containsString("\"price\":\"95.00\"")))
            .andExpect(content().string(containsString("Afternoon")));
        mvc.perform(post("/admin/events/" + id + "/duplicate").with(csrf()).with(editor.login())).andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForObject("select count(*) from event where title = 'Copy of Course from the form' and status = 'DRAFT'",
                Integer.class)).isOne();
    }

    @Test
    void anInvoiceIsPaidByStaffAndTheReceiptCarriesTheSameNumber() throws Exception {
        Event event = TestEvents.publish(catalogue, "Invoice", 10, Map.of(TicketKind.NON_MEMBER, new EventDetails.Ticket(9500, 10)));
        String booker = TestAccounts.uniqueEmail("invoiced");
        String page = mvc.perform(post("/events/" + event.slug() + "/book").with(csrf()).param("ticket", "non-member").param("places", "1")
                .param("attendees[0].name", "Ann").param("bookerName", "Ann").param("bookerEmail", booker).param("bookerOrg", "HMP Example")
                .param("payment", "INVOICE"))
            .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        String token = page.substring("/bookings/".length()).replaceAll("\\?.*", "");
        String invoice = pdfText(mvc.perform(get("/bookings/" + token + "/invoice.pdf")).andExpect(status().isOk())
            .andExpect(header().string("Content-Disposition", containsString("invoice-"))).andReturn().getResponse().getContentAsByteArray());
        assertThat(invoice).contains("Invoice").contains("£95").contains("HMP Example").contains("Please pay by");
        long bookingId = jdbc.queryForObject("select id from booking where booker_email = ?", Long.class, booker);
        long number = jdbc.queryForObject("select invoice_number from booking where id = ?", Long.class, bookingId);

        TestAccounts.Created editor = accounts.create(Role.MEMBER, Role.EDITOR);
        mvc.perform(post("/admin/events/bookings/" + bookingId + "/paid").with(csrf()).with(editor.login()).param("event",
                String.valueOf(event.id()))).andExpect(status().is3xxRedirection());
        inbox.awaitOne(booker, "Booking confirmed");
        String receipt = pdfText(mvc.perform(get("/bookings/" + token + "/invoice.pdf")).andExpect(status().isOk())
            .andReturn().getResponse().getContentAsByteArray());
        assertThat(receipt).contains("Receipt").contains(String.format("%06d", number)).doesNotContain("Please pay by");
        // marking it paid twice is refused, not an error page
        mvc.perform(post("/admin/events/bookings/" + bookingId + "/paid").with(csrf()).with(editor.login()).param("event",
                String.valueOf(event.id()))).andExpect(status().is3xxRedirection());

        // refunds paid back by bank transfer, recorded by staff: never more than was paid
        String refund = "/admin/events/bookings/" + bookingId + "/refund";
        mvc.perform(post(refund).with(csrf()).with(editor.login()).param("event", String.valueOf(event.id())).param("amount", "100"))
            .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash().attribute("notice",
                    containsString("up to £95")));
        mvc.perform(post(refund).with(csrf()).with(editor.login()).param("event", String.valueOf(event.id())).param("amount", "50"));
        assertThat(jdbc.queryForObject("select state from booking where id = ?", String.class, bookingId)).isEqualTo("PARTLY_REFUNDED");
        mvc.perform(post(refund).with(csrf()).with(editor.login()).param("event", String.valueOf(event.id())).param("amount", "£45.00"));
        assertThat(jdbc.queryForObject("select state from booking where id = ?", String.class, bookingId)).isEqualTo("REFUNDED");
        assertThat(jdbc.queryForObject("select refunded_pence from booking where id = ?", Integer.class, bookingId)).isEqualTo(9500);
        assertThat(jdbc.queryForObject("select count(*) from attendee where booking_id = ? and active", Integer.class, bookingId)).isZero();
    }

    @Test
    void cancellingAnEventEmailsEveryoneBookedAndWaiting() throws Exception {
        Event event = TestEvents.free(catalogue, "To cancel", 1);
        String booked = TestAccounts.uniqueEmail("booked");
        String waiting = TestAccounts.uniqueEmail("waiting");
        book(event, booked);
        book(event, waiting);
        TestAccounts.Created editor = accounts.create(Role.MEMBER, Role.EDITOR);
        mvc.perform(post("/admin/events/" + event.id() + "/cancel").with(csrf()).with(editor.login()))
            .andExpect(status().isOk()).andExpect(content().string(containsString("Say why the event is cancelled")));
        mvc.perform(post("/admin/events/" + event.id() + "/cancel").with(csrf()).with(editor.login()).param("reason", "The venue flooded."))
            .andExpect(status().is3xxRedirection());
        assertThat(Inbox.body(inbox.awaitOne(booked, "Event cancelled"))).contains("The venue flooded.");
        assertThat(Inbox.body(inbox.awaitOne(waiting, "Event cancelled"))).contains("The venue flooded.");
        mvc.perform(get("/events/" + event.slug())).andExpect(content().string(containsString("This event has been cancelled")))
            .andExpect(content().string(containsString("EventCancelled")));
    }

    @Test
    void onTheDayATicketChecksInOnceAndTheSecondTapSaysWhen() throws Exception {
        Event event = TestEvents.free(catalogue, "Check-in", 10);
        book(event, TestAccounts.uniqueEmail("arrives"));
        long attendee = jdbc.queryForObject("select id from attendee where event_id = ?", Long.class, event.id());
        TestAccounts.Created editor = accounts.create(Role.MEMBER, Role.EDITOR);
        mvc.perform(get("/admin/events/" + event.id() + "/check-in").with(editor.login()).param("q", "attendee"))
            .andExpect(status().isOk()).andExpect(content().string(containsString("Attendee 1")));
        mvc.perform(post("/admin/events/" + event.id() + "/check-in/" + attendee).with(csrf()).with(editor.login()))
            .andExpect(status().isOk()).andExpect(content().string(containsString("Attendee 1 is checked in.")));
        mvc.perform(post("/admin/events/" + event.id() + "/check-in/" + attendee).with(csrf()).with(editor.login()))
            .andExpect(status().isOk()).andExpect(content().string(containsString("was already checked in at")));
        String csv = mvc.perform(get("/admin/events/" + event.id() + "/attendees.csv").with(editor.login())).andExpect(status().isOk())
            .andReturn().getResponse().getContentAsString();
        assertThat(csv).startsWith("\"Name\",\"Email\"").contains("\"Attendee 1\"");
    }

    @Test
    void aReminderGoesOnceEvenWhenTheJobRunsTwiceAndFeedbackIsAskedForAfterwards() throws Exception {
        Event soon = catalogue.create(TestEvents.details("Tomorrow", uk.org.ncjaa.springboard.events.EventKind.WEBINAR, 5,
                Map.of(TicketKind.FREE, new EventDetails.Ticket(0, 5)), java.time.Instant.now().plus(java.time.Duration.ofDays(1))), true);
        String who = TestAccounts.uniqueEmail("remind");
        book(soon, who);
        day.remind();
        day.remind();
        assertThat(Inbox.body(inbox.awaitOne(who, "Reminder"))).contains("/bookings/");
        assertThat(inbox.to(who).stream().filter(m -> Inbox.subject(m).startsWith("Reminder")).count()).isOne();

        jdbc.update("update event set starts_at = now() - interval '3 hours', ends_at = now() - interval '1 hour' where id = ?", soon.id());
        day.askForFeedback();
        day.askForFeedback();
        MimeMessage ask = inbox.awaitOne(who, "How was it?");
        assertThat(inbox.to(who).stream().filter(m -> Inbox.subject(m).startsWith("How was it?")).count()).isOne();
        String form = Inbox.link(ask, "/events/feedback/");
        mvc.perform(post(form).with(csrf()).param("useful", "The role play")).andExpect(status().isOk())
            .andExpect(content().string(containsString("Choose a rating from 1 to 5")))
            .andExpect(content().string(containsString("The role play")));
        mvc.perform(post(form).with(csrf()).param("rating", "5").param("useful", "The role play")).andExpect(status().is3xxRedirection());
        EventDay.FeedbackSummary summary = day.feedback(soon.id());
        assertThat(summary.answered()).isOne();
        assertThat(summary.average()).isEqualTo(5.0);
        assertThat(summary.useful()).containsExactly("The role play");
    }

    @Test
    void theEventsListingFiltersAndNeverShowsDrafts() throws Exception {
        Event draft = catalogue.create(TestEvents.details("Draft only", uk.org.ncjaa.springboard.events.EventKind.CONFERENCE, 5,
                Map.of(TicketKind.FREE, new EventDetails.Ticket(0, 5)), java.time.Instant.now().plus(java.time.Duration.ofDays(9))), false);
        Event webinar = catalogue.create(TestEvents.details("Webinar listed", uk.org.ncjaa.springboard.events.EventKind.WEBINAR, 5,
                Map.of(TicketKind.FREE, new EventDetails.Ticket(0, 5)), java.time.Instant.now().plus(java.time.Duration.ofDays(9))), true);
        mvc.perform(get("/events").param("type", "webinar").param("online", "yes").param("free", "yes"))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString(webinar.title())))
            .andExpect(content().string(not(containsString(draft.title()))));
        mvc.perform(get("/events").param("type", "conference")).andExpect(content().string(not(containsString(webinar.title()))));
        mvc.perform(get("/events/" + draft.slug())).andExpect(status().isNotFound());
        mvc.perform(get("/events").param("type", "<script>").param("region", "nowhere")).andExpect(status().isOk());
    }

    private void book(Event event, String email) throws Exception {
        book(event, email, "free");
    }

    private void book(Event event, String email, String ticket) throws Exception {
        mvc.perform(post("/events/" + event.slug() + "/book").with(csrf()).param("ticket", ticket).param("places", "1")
                .param("attendees[0].name", "Attendee 1").param("bookerName", "Booker").param("bookerEmail", email)
                .param("waitlist", "true").param("payment", "INVOICE"))
            .andExpect(status().is3xxRedirection());
    }

    private static Part attachment(MimeMessage message, String filename) throws Exception {
        Part found = find(message, filename);
        assertThat(found).as("attachment " + filename).isNotNull();
        return found;
    }

    private static Part find(Part part, String filename) throws Exception {
        if (filename.equals(part.getFileName())) {
            return part;
        }
        if (part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart child = multipart.getBodyPart(i);
                Part found = find(child, filename);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private static String pdfText(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }
}
