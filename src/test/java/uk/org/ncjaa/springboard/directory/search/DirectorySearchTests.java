package uk.org.ncjaa.springboard.directory.search;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.LinkedMultiValueMap;

import uk.org.ncjaa.springboard.directory.Publish;
import uk.org.ncjaa.springboard.directory.domain.Listing;
import uk.org.ncjaa.springboard.directory.domain.Listings;
import uk.org.ncjaa.springboard.support.SpringboardTest;
import uk.org.ncjaa.springboard.support.TestAccounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SpringboardTest
class DirectorySearchTests {

    @Autowired
    DirectorySearch search;

    @Autowired
    Listings listings;

    @Autowired
    TestAccounts accounts;

    @Autowired
    MockMvc mvc;

    @Autowired
    EntityManager entityManager;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    org.springframework.context.ApplicationEventPublisher events;

    @Test
    void facetsCountEveryOtherChoiceButNotTheirOwn() {
        String marker = "zq" + Long.toString(System.nanoTime(), 36);
        long owner = accounts.createMember().id();
        Publish.listing(listings, owner, Publish.content("Alder Music", marker + " running songwriting workshops",
                List.of("music"), List.of("london"), false));
        Publish.listing(listings, owner, Publish.content("Birch Music and Theatre", marker + " plays and songs",
                List.of("music", "theatre"), List.of("wales"), true));
        Publish.listing(listings, owner, Publish.content("Cedar Theatre", marker + " devising plays", List.of("theatre"),
                List.of("london"), false));
        listings.create(owner, Publish.content("Draft Music", marker + " not published yet", List.of("music"), List.of("london"), false));

        DirectoryResults all = search.search(query("q", marker));
        assertThat(all.total()).as("drafts are never found").isEqualTo(3);
        assertThat(counts(all, DirectoryFacet.ART_FORM)).containsEntry("music", 2L).containsEntry("theatre", 2L);

        DirectoryResults music = search.search(query("q", marker, "art", "music"));
        assertThat(music.hits()).extracting(DirectoryResults.Hit::name).containsExactlyInAnyOrder("Alder Music", "Birch Music and Theatre");
        assertThat(counts(music, DirectoryFacet.ART_FORM)).as("the chosen facet still offers its other values")
            .containsEntry("theatre", 2L);
        assertThat(counts(music, DirectoryFacet.REGION)).as("other facets narrow to the choice")
            .containsEntry("london", 1L).containsEntry("wales", 1L).containsEntry("yorkshire-and-the-humber", 2L);

        DirectoryResults either = search.search(query("q", marker, "art", "music", "art", "theatre", "region", "london"));
        assertThat(either.hits()).extracting(DirectoryResults.Hit::name).containsExactlyInAnyOrder("Alder Music", "Cedar Theatre");

        DirectoryResults led = search.search(query("q", marker, "led", DirectoryFacet.LED));
        assertThat(led.hits()).extracting(DirectoryResults.Hit::name).containsExactly("Birch Music and Theatre");
        assertThat(led.hits().get(0).livedExperienceLed()).isTrue();

        assertThat(search.search(query("q", marker + " play")).hits()).as("stemmed: play finds plays")
            .extracting(DirectoryResults.Hit::name).containsExactlyInAnyOrder("Birch Music and Theatre", "Cedar Theatre");
        assertThat(search.search(query("q", marker + " Leeds")).total()).as("towns are searchable").isEqualTo(3);
    }

    @Test
    void everyWordMustMatchNamesRankFirstAndMinusLeavesOut() {
        String marker = "zr" + Long.toString(System.nanoTime(), 36);
        long owner = accounts.createMember().id();
        Publish.listing(listings, owner, Publish.content("Aspen Collective", marker + " theatre workshops in custody",
                List.of("theatre"), List.of("london"), false));
        Publish.listing(listings, owner, Publish.content("Yew Theatre", marker + " touring plays", List.of("theatre"),
                List.of("london"), false));
        Publish.listing(listings, owner, Publish.content("Hazel Arts", marker + " painting workshops", List.of("visual-arts"),
                List.of("london"), false));

        assertThat(search.search(query("q", marker + " theatre")).hits()).as("a word in the name ranks above one in the text")
            .extracting(DirectoryResults.Hit::name).containsExactly("Yew Theatre", "Aspen Collective");
        assertThat(search.search(query("q", marker + " touring theatre")).hits()).as("every word must match")
            .extracting(DirectoryResults.Hit::name).containsExactly("Yew Theatre");
        assertThat(search.search(query("q", marker + " -theatre")).hits()).as("a minus leaves listings with the word out")
            .extracting(DirectoryResults.Hit::name).containsExactly("Hazel Arts");
        assertThat(search.search(query("q", marker + " nosuchword")).total()).isZero();
    }

    @Test
    void listingsLeftUncheckedPastTheGracePeriodDropOutOfSearchButStayOnline() throws Exception {
        String marker = "zq" + Long.toString(System.nanoTime(), 36);
        TestAccounts.Created owner = accounts.createMember();
        Listing listing = Publish.listing(listings, owner.id(), Publish.content("Elm Dance " + marker, "Dance in prisons",
                List.of("dance"), List.of("london"), false));
        assertThat(search.search(query("q", marker)).total()).isOne();
        mvc.perform(get("/directory").param("q", marker)).andExpect(content().string(containsString("Elm Dance " + marker)))
            .andExpect(content().string(not(containsString("May be out of date"))));

        verifiedDaysAgo(listing.id(), 400);
        assertThat(search.search(query("q", marker)).total()).as("flagged, but still shown within the grace period").isOne();
        String confirmed = java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.UK)
            .format(java.time.LocalDate.now(java.time.ZoneId.of("Europe/London")).minusDays(400));
        mvc.perform(get("/directory").param("q", marker))
            .andExpect(content().string(containsString("<strong>May be out of date:</strong> last confirmed on "
                    + confirmed)));
        mvc.perform(get("/directory/" + listing.slug())).andExpect(content().string(containsString("may be out of date")))
            .andExpect(content().string(not(containsString("no longer shown in search"))));

        verifiedDaysAgo(listing.id(), 500);
        assertThat(search.search(query("q", marker)).total()).isZero();
        mvc.perform(get("/directory/" + listing.slug())).andExpect(status().isOk())
            .andExpect(content().string(containsString("no longer shown in search results")));

        listings.verify(owner.id(), listing.id());
        assertThat(search.search(query("q", marker)).total()).as("confirmed again, it is back").isOne();
    }

    @Test
    void theSearchPageReadsAnyQueryStringAndServesAFragmentToHtmx() throws Exception {
        mvc.perform(get("/directory").param("page", "soon").param("sort", "loudest").param("art", "<script>")
                .param("q", "x".repeat(300)))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("is not a page number")))
            .andExpect(content().string(containsString("We did not recognise that sort order")))
            .andExpect(content().string(containsString("Your search was very long")))
            .andExpect(content().string(not(containsString("<script>"))));
        mvc.perform(get("/directory").param("q", "\"unclosed (phrase -").param("page", "999999")).andExpect(status().isOk());
        mvc.perform(get("/directory").header("HX-Request", "true"))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("id=\"search-area\"")))
            .andExpect(content().string(not(containsString("<html"))));
        mvc.perform(get("/directory/map")).andExpect(status().isOk())
            .andExpect(content().string(containsString("<svg")))
            .andExpect(content().string(containsString("<caption>Listings by region</caption>")));
    }

    @Test
    void regionalPagesListTheOrganisationsWorkingThere() throws Exception {
        String name = "Rowan Arts " + Long.toString(System.nanoTime(), 36);
        Publish.listing(listings, accounts.createMember().id(), Publish.content(name, "Art in the north east",
                List.of("visual-arts"), List.of("north-east"), false));
        mvc.perform(get("/regions/north-east")).andExpect(status().isOk())
            .andExpect(content().string(containsString(name)))
            .andExpect(content().string(containsString("Organisations in the Directory of Services")));
        mvc.perform(get("/regions/south-west")).andExpect(content().string(not(containsString(name))));
    }

    private void verifiedDaysAgo(long id, int days) {
        transactions.executeWithoutResult(status -> {
            Listing listing = entityManager.find(Listing.class, id);
            listing.verify(Instant.now().minus(Duration.ofDays(days)));
            events.publishEvent(new uk.org.ncjaa.springboard.directory.DirectoryChanged(listing.slug()));
        });
    }

    private static DirectoryQuery query(String... pairs) {
        LinkedMultiValueMap<String, String> params = new LinkedMultiValueMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            params.add(pairs[i], pairs[i + 1]);
        }
        return DirectoryQuery.read(params, new java.util.ArrayList<>());
    }

    private static Map<String, Long> counts(DirectoryResults results, DirectoryFacet facet) {
        Map<String, Long> counts = new java.util.HashMap<>();
        results.facets().get(facet).forEach(value -> counts.put(value.slug(), value.count()));
        return counts;
    }
}
