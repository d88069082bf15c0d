package uk.org.ncjaa.springboard.directory.web;

import java.io.StringReader;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import uk.org.ncjaa.springboard.directory.Publish;
import uk.org.ncjaa.springboard.directory.domain.Listing;
import uk.org.ncjaa.springboard.directory.domain.Listings;
import uk.org.ncjaa.springboard.evidence.imports.EvidenceImport;
import uk.org.ncjaa.springboard.support.SpringboardTest;
import uk.org.ncjaa.springboard.support.TestAccounts;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;

@SpringboardTest
class EvidenceLinksTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Listings listings;

    @Autowired
    TestAccounts accounts;

    @Autowired
    EvidenceImport importer;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void listingsAndTheResearchThatCreditsThemLinkBothWays() throws Exception {
        String organisation = "Linnet Theatre " + Long.toString(System.nanoTime(), 36);
        Listing listing = Publish.listing(listings, accounts.createMember().id(), Publish.content(organisation, "Theatre in prisons",
                List.of("theatre"), List.of("london"), false));
        mvc.perform(get("/directory/" + listing.slug())).andExpect(content().string(not(containsString("in the Evidence Library"))));

        String title = "Rehearsing release " + organisation;
        importer.run(new StringReader("title\tauthors\tyear\tpublisher_or_org\tdoc_type\tart_form\tsetting\tsummary\n" + title
                + "\tAda Example\t2022\t" + organisation + "\tevaluation report\ttheatre\tprison\tA summary.\n"), true);
        String slug = jdbc.queryForObject("select slug from evidence_entry where title = ?", String.class, title);

        mvc.perform(get("/evidence/" + slug))
            .andExpect(content().string(containsString("href=\"/directory/" + listing.slug() + "\"")));
        mvc.perform(get("/directory/" + listing.slug()))
            .andExpect(content().string(containsString("1 study or evaluation")))
            .andExpect(content().string(containsString("/evidence?org=")));
    }
}
