package uk.org.ncjaa.springboard.events.web;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.Value;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import uk.org.ncjaa.springboard.events.EventKind;
import uk.org.ncjaa.springboard.events.TestEvents;
import uk.org.ncjaa.springboard.events.TicketKind;
import uk.org.ncjaa.springboard.events.domain.Dates;
import uk.org.ncjaa.springboard.events.domain.Event;
import uk.org.ncjaa.springboard.events.domain.EventCatalogue;
import uk.org.ncjaa.springboard.events.domain.EventDetails;
import uk.org.ncjaa.springboard.support.SpringboardTest;
import uk.org.ncjaa.springboard.support.TestAccounts;
import uk.org.ncjaa.springboard.support.TestMail.Inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The calendar files, read back by ical.js (the parser in Thunderbird's calendar) running in
 * GraalJS, as a calendar client would read them: every event's summary, times, link and status.
 */
@SpringboardTest
class IcsTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static Context js;
    /** (text) => JSON of [{uid, summary, start, end, url, status, location, description}] for every VEVENT. */
    private static Value read;

    @Autowired
    MockMvc mvc;

    @Autowired
    EventCatalogue catalogue;

    @Autowired
    Inbox inbox;

    @BeforeAll
    static void loadIcalJs() throws IOException {
        String bundle;
        try (InputStream in = IcsTests.class.getResourceAsStream("/ical-js/ical.js")) {
            if (in == null) {
                throw new IllegalStateException("ical-js/ical.js is missing from the test resources");
            }
            bundle = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        js = Context.newBuilder("js").option("engine.WarnInterpreterOnly", "false").build();
        js.eval(Source.newBuilder("js", bundle, "ical.js").build());
        read = js.eval("js", """
                (text) => {
                  const calendar = new ICAL.Component(ICAL.parse(text));
                  return JSON.stringify({
                    version: calendar.getFirstPropertyValue('version'),
                    prodid: calendar.getFirstPropertyValue('prodid'),
                    events: calendar.getAllSubcomponents('vevent').map(v => {
                      const e = new ICAL.Event(v);
                      return { uid: e.uid, summary: e.summary, description: e.description, location: e.location,
                               start: e.startDate.toJSDate().toISOString(), end: e.endDate.toJSDate().toISOString(),
                               startZone: e.startDate.zone.tzid,
                               url: v.getFirstPropertyValue('url'), status: v.getFirstPropertyValue('status') };
                    })
                  });
                }
                """);
    }

    @AfterAll
    static void close() {
        if (js != null) {
            js.close();
        }
    }

    @Test
    void anEventsCalendarFileIsReadByACalendarClientWithItsTimesAndLink() throws Exception {
        Event event = TestEvents.free(catalogue, "Calendar; with, punctuation", 10);
        String ics = mvc.perform(get("/events/" + event.slug() + "/event.ics")).andExpect(status().isOk()).andReturn().getResponse()
            .getContentAsString(StandardCharsets.UTF_8);
        JsonNode calendar = parse(ics);
        assertThat(calendar.path("version").asString()).isEqualTo("2.0");
        JsonNode vevent = calendar.path("events").get(0);
        assertThat(vevent.path("summary").asString()).isEqualTo(event.title());
        assertThat(Instant.parse(vevent.path("start").asString())).isEqualTo(event.startsAt());
        assertThat(Instant.parse(vevent.path("end").asString())).isEqualTo(event.endsAt());
        assertThat(vevent.path("startZone").asString()).isEqualTo("UTC");
        assertThat(vevent.path("url").asString()).endsWith("/events/" + event.slug());
        assertThat(vevent.path("status").asString()).isEqualTo("CONFIRMED");
        assertThat(vevent.path("location").asString()).isEqualTo("Test Hall, 1 Test Street, London and online");
        assertThat(vevent.path("description").asString()).contains("A test event.").doesNotContain("meet.example.org");
    }

    @Test
    void theFeedOfUpcomingEventsHasEveryPublishedEventOnceAndNoDrafts() throws Exception {
        Event one = TestEvents.free(catalogue, "Feed one", 10);
        Event two = TestEvents.free(catalogue, "Feed two", 10);
        Event draft = catalogue.create(TestEvents.details("Feed draft", uk.org.ncjaa.springboard.events.EventKind.WEBINAR, 5,
                Map.of(uk.org.ncjaa.springboard.events.TicketKind.FREE, new uk.org.ncjaa.springboard.events.domain.EventDetails.Ticket(0, 5)),
                Instant.now().plusSeconds(86_400 * 9)), false);
        String ics = mvc.perform(get("/events/calendar.ics")).andExpect(status().isOk()).andReturn().getResponse()
            .getContentAsString(StandardCharsets.UTF_8);
        JsonNode events = parse(ics).path("events");
        java.util.List<String> summaries = new java.util.ArrayList<>();
        java.util.Set<String> uids = new java.util.HashSet<>();
        for (JsonNode e : events) {
            summaries.add(e.path("summary").asString());
            assertThat(uids.add(e.path("uid").asString())).as("unique UID").isTrue();
        }
        assertThat(summaries).contains(one.title(), two.title()).doesNotContain(draft.title());
    }

    @Test
    void aBookingsCalendarFileIsReadByACalendarClientWithTheJoiningDetails() throws Exception {
        Event event = TestEvents.free(catalogue, "Booked calendar", 10);
        String token = book(event, TestAccounts.uniqueEmail("ics"));
        String ics = mvc.perform(get("/bookings/" + token + "/event.ics")).andExpect(status().isOk()).andReturn().getResponse()
            .getContentAsString(StandardCharsets.UTF_8);
        JsonNode vevents = parse(ics).path("events");
        assertThat(vevents).hasSize(1);
        JsonNode vevent = vevents.get(0);
        assertThat(vevent.path("summary").asString()).isEqualTo(event.title());
        assertThat(Instant.parse(vevent.path("start").asString())).isEqualTo(event.startsAt());
        assertThat(Instant.parse(vevent.path("end").asString())).isEqualTo(event.endsAt());
        // the place is confirmed, so its calendar entry says how to join
        assertThat(vevent.path("description").asString()).contains("https://meet.example.org/join/123");
    }

    @Test
    void aTwoDayCourseIsOneCalendarEntryPerSessionInEveryCalendarFile() throws Exception {
        LocalDate first = LocalDate.now(Dates.UK).plusDays(40);
        List<Instant[]> days = List.of(ukTimes(first, "09:30", "16:30"), ukTimes(first.plusDays(1), "10:00", "15:00"));
        EventDetails details = TestEvents.at(
                TestEvents.details("Two-day course", EventKind.TRAINING, 10, Map.of(TicketKind.FREE, new EventDetails.Ticket(0, 10)),
                        days.get(0)[0]),
                days.get(0)[0], days.get(1)[1], List.of(new EventDetails.Session("Day one", days.get(0)[0], days.get(0)[1]),
                        new EventDetails.Session("Day two", days.get(1)[0], days.get(1)[1])));
        Event course = catalogue.create(details, true);
        String booker = TestAccounts.uniqueEmail("course");
        String token = book(course, booker);

        String eventFile = mvc.perform(get("/events/" + course.slug() + "/event.ics")).andExpect(status().isOk()).andReturn()
            .getResponse().getContentAsString(StandardCharsets.UTF_8);
        String bookingFile = mvc.perform(get("/bookings/" + token + "/event.ics")).andExpect(status().isOk()).andReturn()
            .getResponse().getContentAsString(StandardCharsets.UTF_8);
        String feed = mvc.perform(get("/events/calendar.ics")).andExpect(status().isOk()).andReturn().getResponse()
            .getContentAsString(StandardCharsets.UTF_8);
        MimeMessage confirmation = inbox.awaitOne(booker, "Booking confirmed");
        Part file = attachment(confirmation, "event.ics");
        assertThat(file).as("the confirmation's calendar file").isNotNull();
        String attached = new String(file.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        for (String ics : List.of(eventFile, bookingFile, feed, attached)) {
            List<JsonNode> entries = new ArrayList<>();
            parse(ics).path("events").forEach(e -> {
                if (e.path("summary").asString().startsWith(course.title())) {
                    entries.add(e);
                }
            });
            assertThat(entries).hasSize(2);
            assertThat(entries).extracting(e -> Instant.parse(e.path("start").asString()))
                .containsExactly(days.get(0)[0], days.get(1)[0]);
            assertThat(entries).extracting(e -> Instant.parse(e.path("end").asString()))
                .containsExactly(days.get(0)[1], days.get(1)[1]);
            assertThat(entries).extracting(e -> e.path("uid").asString()).doesNotHaveDuplicates();
            assertThat(entries.get(1).path("summary").asString()).contains("Day two");
        }
        assertThat(parse(eventFile).path("events").get(0).path("uid").asString())
            .isEqualTo(parse(bookingFile).path("events").get(0).path("uid").asString());
    }

    @Test
    void anEventOverSeveralDaysWithoutSessionsIsOneCalendarEntryPerDayAtItsDailyTimes() throws Exception {
        LocalDate first = LocalDate.now(Dates.UK).plusDays(50);
        Instant[] dayOne = ukTimes(first, "09:30", "16:30");
        Instant[] dayTwo = ukTimes(first.plusDays(1), "09:30", "16:30");
        Event course = catalogue.create(TestEvents.at(TestEvents.details("Daily course", EventKind.TRAINING, 10,
                Map.of(TicketKind.FREE, new EventDetails.Ticket(0, 10)), dayOne[0]), dayOne[0], dayTwo[1], List.of()), true);
        String ics = mvc.perform(get("/events/" + course.slug() + "/event.ics")).andExpect(status().isOk()).andReturn().getResponse()
            .getContentAsString(StandardCharsets.UTF_8);
        JsonNode entries = parse(ics).path("events");
        assertThat(entries).hasSize(2);
        assertThat(Instant.parse(entries.get(0).path("start").asString())).isEqualTo(dayOne[0]);
        assertThat(Instant.parse(entries.get(0).path("end").asString())).isEqualTo(dayOne[1]);
        assertThat(Instant.parse(entries.get(1).path("start").asString())).isEqualTo(dayTwo[0]);
        assertThat(Instant.parse(entries.get(1).path("end").asString())).isEqualTo(dayTwo[1]);
        assertThat(entries.get(0).path("uid").asString()).isNotEqualTo(entries.get(1).path("uid").asString());
    }

    private static Instant[] ukTimes(LocalDate day, String start, String end) {
        return new Instant[] { day.atTime(java.time.LocalTime.parse(start)).atZone(Dates.UK).toInstant(),
            day.atTime(java.time.LocalTime.parse(end)).atZone(Dates.UK).toInstant() };
    }

    /** Books one free place through the form; the booking's secret link. */
    private String book(Event event, String booker) throws Exception {
        String page = mvc.perform(post("/events/" + event.slug() + "/book").with(csrf()).param("ticket", "free").param("places", "1")
                .param("attendees[0].name", "Ann Example").param("bookerName", "Ann Example").param("bookerEmail", booker))
            .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        assertThat(page).startsWith("/bookings/");
        return page.substring("/bookings/".length()).replaceAll("\\?.*", "");
    }

    private static Part attachment(Part part, String filename) throws Exception {
        if (filename.equals(part.getFileName())) {
            return part;
        }
        if (part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                Part found = attachment(multipart.getBodyPart(i), filename);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private static JsonNode parse(String ics) {
        return JSON.readTree(read.execute(ics).asString());
    }
}
