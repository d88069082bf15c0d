package uk.org.ncjaa.springboard.evidence.alerts;

import java.io.StringReader;
import java.util.UUID;

import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import uk.org.ncjaa.springboard.accounts.Role;
import uk.org.ncjaa.springboard.evidence.imports.EvidenceImport;
import uk.org.ncjaa.springboard.support.SpringboardTest;
import uk.org.ncjaa.springboard.support.TestAccounts;
import uk.org.ncjaa.springboard.support.TestMail.Inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SpringboardTest
class SavedSearchesTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestAccounts accounts;

    @Autowired
    SavedSearches alerts;

    @Autowired
    EvidenceImport importer;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Inbox inbox;

    @Test
    void aMemberHearsOfNewEntriesOnceAndOnlyWhenThereAreSome() throws Exception {
        TestAccounts.Created member = accounts.create(Role.MEMBER);
        String marker = "zs" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        mvc.perform(post("/evidence/saved").param("query", "q=" + marker + "&art=music").param("frequency", "DAILY")
                .with(member.login()).with(csrf()))
            .andExpect(redirectedUrl("/evidence/saved"));
        mvc.perform(get("/evidence/saved").with(member.login())).andExpect(status().isOk())
            .andExpect(content().string(containsString(marker)));
        Long id = jdbc.queryForObject("select id from evidence_saved_search where account_id = ?", Long.class, member.id());

        importer.run(new StringReader("title\tart_form\tyear\n"
                + "Band practice " + marker + "\tmusic\t2025\n"
                + "Stage fright " + marker + "\ttheatre\t2025\n"), true);
        makeDue(id);
        alerts.sendDue();
        MimeMessage alert = inbox.awaitOne(member.email(), "1 new entry for your search");
        assertThat(Inbox.body(alert)).contains("Band practice " + marker).doesNotContain("Stage fright");

        makeDue(id);
        alerts.sendDue();
        assertThat(inbox.to(member.email())).as("nothing new, nothing sent").hasSize(1);

        // the search is the member's own
        TestAccounts.Created other = accounts.create(Role.MEMBER);
        mvc.perform(post("/evidence/saved/" + id + "/delete").with(other.login()).with(csrf())).andExpect(status().isNotFound());
        mvc.perform(post("/evidence/saved/" + id).param("frequency", "WEEKLY").with(member.login()).with(csrf()))
            .andExpect(redirectedUrl("/evidence/saved"));
        assertThat(jdbc.queryForObject("select frequency from evidence_saved_search where id = ?", String.class, id)).isEqualTo("WEEKLY");
        mvc.perform(post("/evidence/saved/" + id + "/delete").with(member.login()).with(csrf())).andExpect(redirectedUrl("/evidence/saved"));
        assertThat(jdbc.queryForObject("select count(*) from evidence_saved_search where account_id = ?", Long.class, member.id())).isZero();
    }

    @Test
    void theSearchPageOffersToSaveTheSearch() throws Exception {
        TestAccounts.Created member = accounts.create(Role.MEMBER);
        mvc.perform(get("/evidence").param("q", "music").param("art", "music").with(member.login()))
            .andExpect(content().string(containsString("name=\"query\" value=\"q=music&amp;art=music&amp;\"")));
        mvc.perform(get("/evidence").param("q", "music")).andExpect(content().string(containsString("to save this search")));
    }

    private void makeDue(Long id) {
        jdbc.update("update evidence_saved_search set last_checked_at = last_checked_at - interval '2 days' where id = ?", id);
    }
}
