package uk.org.ncjaa.springboard.events.web;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.test.web.servlet.MockMvc;

import uk.org.ncjaa.springboard.accounts.Role;
import uk.org.ncjaa.springboard.events.EventKind;
import uk.org.ncjaa.springboard.events.EventsApi;
import uk.org.ncjaa.springboard.events.TestEvents;
import uk.org.ncjaa.springboard.events.TicketKind;
import uk.org.ncjaa.springboard.events.domain.Dates;
import uk.org.ncjaa.springboard.events.domain.Event;
import uk.org.ncjaa.springboard.events.domain.EventCatalogue;
import uk.org.ncjaa.springboard.events.domain.EventDetails;
import uk.org.ncjaa.springboard.shared.i18n.Languages;
import uk.org.ncjaa.springboard.support.SpringboardTest;
import uk.org.ncjaa.springboard.support.TestAccounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The events pages in Welsh: the interface, dates, and an editor's Welsh version of an event with the English as fallback. */
@SpringboardTest
class WelshEventPagesTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    EventCatalogue catalogue;

    @Autowired
    EventsApi api;

    @Autowired
    TestAccounts accounts;

    @Autowired
    uk.org.ncjaa.springboard.shared.mail.Mailer mailer;

    @AfterEach
    void forgetTheLanguage() {
        LocaleContextHolder.resetLocaleContext();
    }

    private Event withWelsh(String title) {
        EventDetails details = TestEvents.details(title, EventKind.TRAINING, 20,
                Map.of(TicketKind.FREE, new EventDetails.Ticket(0, 20)), Instant.now().plus(Duration.ofDays(30)));
        return catalogue.create(details, new Event.Welsh("Gweithdy cerddoriaeth " + title, "Crynodeb Cymraeg o'r gweithdy.",
                "Disgrifiad Cymraeg.\n\nAil baragraff."), true);
    }

    @Test
    void theListAndAnEventPageAreInWelshWithWelshDatesAndTheEditorsWelshVersion() throws Exception {
        Event event = withWelsh("Drumming");
        String day = Dates.day(event.startsAt(), Languages.WELSH);
        mvc.perform(get("/events?lang=cy")).andExpect(status().isOk())
            .andExpect(content().string(allOf(containsString("Digwyddiadau a hyfforddiant"), containsString("Math o ddigwyddiad"),
                    containsString("Gweithdy cerddoriaeth Drumming"), containsString(day), not(containsString("??")))));
        mvc.perform(get("/events/" + event.slug() + "?lang=cy")).andExpect(status().isOk())
            .andExpect(content().string(allOf(containsString("<h1>Gweithdy cerddoriaeth Drumming"), containsString("Crynodeb Cymraeg o&#39;r gweithdy."),
                    containsString("Ail baragraff."), containsString("Archebu lle"), containsString(day), containsString("Lle am ddim"),
                    containsString("<title>Gweithdy cerddoriaeth Drumming"), not(containsString("About the test event.")),
                    not(containsString("??")))));
        // the English page is as it was, without the Welsh version
        mvc.perform(get("/events/" + event.slug() + "?lang=en")).andExpect(status().isOk())
            .andExpect(content().string(allOf(containsString("<h1>" + event.title() + "</h1>"), containsString("Book a place"),
                    containsString("About the test event."), containsString(Dates.day(event.startsAt(), Languages.ENGLISH)),
                    not(containsString("Gweithdy cerddoriaeth")), not(containsString("Crynodeb Cymraeg")))));
    }

    @Test
    void anEventWithoutAWelshVersionShowsItsEnglishMarkedAsEnglish() throws Exception {
        Event event = TestEvents.free(catalogue, "Only in English", 10);
        mvc.perform(get("/events/" + event.slug() + "?lang=cy")).andExpect(status().isOk())
            .andExpect(content().string(allOf(containsString("<h1 lang=\"en-GB\">" + event.title() + "</h1>"),
                    containsString("<p class=\"lead\" lang=\"en-GB\">A test event.</p>"),
                    containsString("<div class=\"prose\" lang=\"en-GB\">"), containsString("Pryd"), not(containsString("??")))));
    }

    @Test
    void theBookingFormAndItsMistakesAreInWelsh() throws Exception {
        Event event = TestEvents.free(catalogue, "Welsh form", 10);
        mvc.perform(get("/events/" + event.slug() + "/book?lang=cy")).andExpect(status().isOk())
            .andExpect(content().string(allOf(containsString("Archebu lleoedd"), containsString("Eich manylion"), not(containsString("??")))));
        mvc.perform(post("/events/" + event.slug() + "/book?lang=cy").with(csrf())
                .param("ticket", "free").param("places", "2")
                .param("attendees[0].name", "Ann Example").param("attendees[1].name", "")
                .param("bookerName", "").param("bookerEmail", "carol"))
            .andExpect(status().isOk())
            .andExpect(content().string(allOf(containsString("Rhowch eich enw"), containsString("Rhowch enw mynychwr 2"),
                    containsString("value=\"Ann Example\""), not(containsString("??")))));
    }

    @Test
    void aSearchFromAWelshPageFindsTheWelshVersionAndStillTheEnglish() {
        Event event = withWelsh("Printmaking");
        LocaleContextHolder.setLocale(Languages.WELSH);
        assertThat(api.search("gweithdy cerddoriaeth printmaking", 1, 10).events()).anyMatch(found -> found.href().endsWith(event.slug()));
        assertThat(api.search(event.title(), 1, 10).events()).anyMatch(found -> found.href().endsWith(event.slug()));
        LocaleContextHolder.setLocale(Languages.ENGLISH);
        assertThat(api.search("gweithdy cerddoriaeth printmaking", 1, 10).events()).noneMatch(found -> found.href().endsWith(event.slug()));
    }

    @Test
    void theEditorsFormKeepsTheWelshVersionAsTypedWhenSomethingIsWrong() throws Exception {
        TestAccounts.Created editor = accounts.create(Role.MEMBER, Role.EDITOR);
        mvc.perform(post("/admin/events/new").with(csrf()).with(editor.login())
                .param("title", "").param("kind", "TRAINING").param("delivery", "ONLINE")
                .param("titleCy", "Cwrs ysgrifennu creadigol").param("summaryCy", "Crynodeb")
                .param("descriptionCy", "Disgrifiad o'r cwrs"))
            .andExpect(status().isOk())
            .andExpect(content().string(allOf(containsString("Welsh version (Cymraeg)"), containsString("value=\"Cwrs ysgrifennu creadigol\""),
                    containsString("lang=\"cy\""), containsString("Disgrifiad o&#39;r cwrs"))));
    }

    @Test
    void anEmailIsInItsRecipientsLanguageWhateverPageTheBookingCameFrom() {
        Map<String, String> model = new java.util.HashMap<>(Map.of("name", "Ann", "event", "Drumming", "eventCy", "Drymio",
                "when", "Friday 15 January 2027, 9:30am to 4:30pm", "whenCy", "Dydd Gwener 15 Ionawr 2027, 9:30yb i 4:30yh",
                "where", "Online", "whereCy", "Ar-lein", "places", "1", "ticket", "Free place", "ticketKind", "FREE"));
        model.putAll(Map.of("total", "£0", "attendees", "Ann", "reference", "SB-1", "token", "t", "google", "https://g", "outlook", "https://o"));
        uk.org.ncjaa.springboard.shared.mail.Mailer.Rendered welsh = mailer.render("event-booking-confirmed", "Booking confirmed: Drumming",
                model, Languages.WELSH);
        assertThat(welsh.html()).contains("Helo Ann,").contains("Drymio").contains("Dydd Gwener 15 Ionawr 2027").contains("Lle am ddim")
            .doesNotContain("??");
        assertThat(welsh.text()).contains("Mae gennych le wedi'i archebu ar Drymio.").doesNotContain("??");
        uk.org.ncjaa.springboard.shared.mail.Mailer.Rendered english = mailer.render("event-booking-confirmed", "Booking confirmed: Drumming",
                model, Languages.ENGLISH);
        assertThat(english.html()).contains("Hello Ann,").contains("You are booked on <strong>Drumming</strong>.")
            .contains("Friday 15 January 2027, 9:30am to 4:30pm").doesNotContain("Drymio");
        assertThat(english.text()).contains("You are booked on Drumming.").contains("Places: 1 x Free place (Ann)");
    }
}
