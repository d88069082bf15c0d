package uk.org.ncjaa.springboard.directory.web;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import uk.org.ncjaa.springboard.directory.ListingContent;
import uk.org.ncjaa.springboard.directory.Publish;
import uk.org.ncjaa.springboard.directory.domain.Listing;
import uk.org.ncjaa.springboard.directory.domain.Listings;
import uk.org.ncjaa.springboard.directory.search.DirectoryQuery;
import uk.org.ncjaa.springboard.directory.search.DirectoryResults;
import uk.org.ncjaa.springboard.directory.search.DirectorySearch;
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

/** The directory in Welsh: the interface, an organisation's Welsh description with its English as fallback, and Welsh search. */
@SpringboardTest
class WelshDirectoryPagesTests {

    private static final String WELSH = "Gweithdai barddoniaeth a chrochenwaith gyda menywod yn y carchar.";

    @Autowired
    MockMvc mvc;

    @Autowired
    TestAccounts accounts;

    @Autowired
    Listings listings;

    @Autowired
    DirectorySearch search;

    @AfterEach
    void forgetTheLanguage() {
        LocaleContextHolder.resetLocaleContext();
    }

    private Listing publish(String name, String description, String welsh) {
        ListingContent content = Publish.content(name + " " + System.nanoTime(), description, List.of("music"), List.of("wales"), true)
            .withDescriptionCy(welsh);
        return Publish.listing(listings, accounts.createMember().id(), content);
    }

    @Test
    void theListingShowsItsWelshDescriptionOnWelshPagesOnly() throws Exception {
        Listing listing = publish("Ffenestr Arts", "Poetry and pottery workshops with women in prison.", WELSH);
        mvc.perform(get("/directory/" + listing.slug() + "?lang=cy")).andExpect(status().isOk())
            .andExpect(content().string(allOf(containsString("<div class=\"prose\">"), containsString(WELSH),
                    containsString("Cyfeiriadur Gwasanaethau"), containsString("Cysylltu"), not(containsString("Poetry and pottery")),
                    not(containsString("??")))));
        mvc.perform(get("/directory/" + listing.slug() + "?lang=en")).andExpect(status().isOk())
            .andExpect(content().string(allOf(containsString("Poetry and pottery workshops with women in prison."),
                    containsString("Directory of Services"), containsString("Contact"), not(containsString(WELSH)))));
    }

    @Test
    void aListingWithoutAWelshDescriptionShowsItsEnglishMarkedAsEnglish() throws Exception {
        Listing listing = publish("Only English Arts", "Songwriting in custody, in English only.", null);
        mvc.perform(get("/directory/" + listing.slug() + "?lang=cy")).andExpect(status().isOk())
            .andExpect(content().string(allOf(containsString("<div class=\"prose\" lang=\"en-GB\">"),
                    containsString("Songwriting in custody, in English only."), not(containsString("??")))));
    }

    @Test
    void theSearchPageAndTheMapAreInWelsh() throws Exception {
        Listing listing = publish("Ffenestr Search", "Poetry and pottery workshops with women in prison.", WELSH);
        mvc.perform(get("/directory?lang=cy&q=" + listing.name().split(" ")[2])).andExpect(status().isOk())
            .andExpect(content().string(allOf(containsString("Chwilio&#39;r cyfeiriadur"), containsString("Ffurfiau celf"),
                    containsString(WELSH), not(containsString("??")))));
        mvc.perform(get("/directory/map?lang=cy")).andExpect(status().isOk())
            .andExpect(content().string(allOf(containsString("Rhestriadau fesul rhanbarth"), not(containsString("??")))));
        mvc.perform(get("/directory?lang=en")).andExpect(status().isOk())
            .andExpect(content().string(allOf(containsString("Search the directory"), containsString("Art forms"),
                    not(containsString("Chwilio&#39;r cyfeiriadur")))));
    }

    @Test
    void aSearchFromAWelshPageFindsWelshWordsAndStillTheEnglish() {
        Listing listing = publish("Ffenestr Words", "Poetry and pottery workshops with women in prison.", WELSH);
        LocaleContextHolder.setLocale(Languages.WELSH);
        assertThat(slugs("chrochenwaith barddoniaeth")).contains(listing.slug());
        assertThat(slugs("pottery")).as("English words are still found from a Welsh page").contains(listing.slug());
        LocaleContextHolder.setLocale(Languages.ENGLISH);
        assertThat(slugs("chrochenwaith")).doesNotContain(listing.slug());
        assertThat(slugs("pottery")).contains(listing.slug());
    }

    private List<String> slugs(String text) {
        DirectoryResults results = search.search(new DirectoryQuery(text, java.util.Map.of(), null, 1));
        return results.hits().stream().map(DirectoryResults.Hit::slug).toList();
    }

    @Test
    void theListingFormKeepsTheWelshDescriptionAsTypedWhenSomethingIsWrong() throws Exception {
        TestAccounts.Created owner = accounts.createMember();
        MvcResult created = mvc.perform(post("/directory/new").with(csrf()).with(owner.login()).param("name", "Welsh Form Arts")).andReturn();
        String location = created.getResponse().getRedirectedUrl();
        mvc.perform(post(location).with(csrf()).with(owner.login())
                .param("name", "Welsh Form Arts").param("description", "We run workshops.").param("descriptionCy", "Rydym yn cynnal gweithdai i'r gymuned.")
                .param("email", "not-an-email").param("submit", "submit"))
            .andExpect(status().isOk())
            .andExpect(content().string(allOf(containsString("Welsh version (Cymraeg)"), containsString("lang=\"cy\""),
                    containsString("Rydym yn cynnal gweithdai i&#39;r gymuned."),
                    containsString("Enter an email address like info@example.org"))));
        // the same mistake on the Welsh page is explained in Welsh, and the form is in Welsh
        mvc.perform(post(location + "?lang=cy").with(csrf()).with(owner.login())
                .param("name", "Welsh Form Arts").param("description", "We run workshops.").param("descriptionCy", "Rydym yn cynnal gweithdai.")
                .param("email", "not-an-email").param("submit", "submit"))
            .andExpect(status().isOk())
            .andExpect(content().string(allOf(containsString("Rhowch gyfeiriad e-bost fel info@example.org"), containsString("Fersiwn Gymraeg"),
                    containsString("Am y sefydliad"), containsString("Rydym yn cynnal gweithdai."), not(containsString("??")))));
    }
}
