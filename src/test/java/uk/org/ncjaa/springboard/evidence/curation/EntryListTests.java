package uk.org.ncjaa.springboard.evidence.curation;

import java.io.StringReader;
import java.util.List;
import java.util.UUID;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import uk.org.ncjaa.springboard.accounts.Role;
import uk.org.ncjaa.springboard.evidence.imports.EvidenceImport;
import uk.org.ncjaa.springboard.support.SpringboardTest;
import uk.org.ncjaa.springboard.support.TestAccounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/** Editors see every entry in every state, filter the list, and act on several entries at once. */
@SpringboardTest
class EntryListTests {

    private static final String HEADER = "title\tauthors\tyear\tpublisher_or_org\tdoc_type\tart_form\tsetting\tmethod"
            + "\toutcomes_studied\tsample_size\tindependence\tfindings";

    @Autowired
    EvidenceImport importer;

    @Autowired
    TestAccounts accounts;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    private final String marker = "zq" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);

    @Test
    void editorsFilterEveryEntryAndActOnSeveralWithEachRefusalNamed() throws Exception {
        String trial = "Trial of prison drama " + marker;
        String interviews = "Interviews about prison drama " + marker;
        String draft = "Draft trial of dance " + marker;
        importer.run(new StringReader(HEADER + "\n" + row(trial, "randomised controlled trial", "Wellbeing | positive |  |  |  | ")
                + row(interviews, "qualitative: interviews", "") ), true);
        importer.run(new StringReader(HEADER + "\n" + row(draft, "randomised controlled trial", "Wellbeing | positive |  |  |  | ")),
                false);
        TestAccounts.Created editor = accounts.create(Role.MEMBER, Role.EDITOR);

        assertThat(titles(list(editor, "?q=" + marker))).containsExactlyInAnyOrder(trial, interviews, draft);
        assertThat(titles(list(editor, "?q=" + marker + "&rating=awaiting"))).as("levels suggested, not yet checked")
            .containsExactlyInAnyOrder(trial, draft);
        assertThat(titles(list(editor, "?q=" + marker + "&status=draft"))).containsExactly(draft);
        assertThat(titles(list(editor, "?q=" + marker + "&status=published&status=draft&rating=none"))).containsExactly(interviews);

        MvcResult confirmed = mvc.perform(post("/admin/evidence/entries/bulk").with(editor.login()).with(csrf())
                .param("slug", slug(trial), slug(interviews), slug(draft)).param("action", "confirm_rating").param("q", marker))
            .andReturn();
        assertThat(confirmed.getResponse().getRedirectedUrl()).isEqualTo("/admin/evidence/entries?q=" + marker);
        assertThat(confirmed.getFlashMap().get("notice")).isEqualTo("Confirm their suggested levels: done for 2 entries.");
        assertThat((String) confirmed.getFlashMap().get("problem")).startsWith("Not done for 1:").contains(interviews)
            .contains("no level to confirm");
        assertThat(jdbc.queryForList("select title from evidence_entry where title like ? and strength_confirmed_at is not null",
                String.class, "%" + marker)).containsExactlyInAnyOrder(trial, draft);

        MvcResult withdrawn = mvc.perform(post("/admin/evidence/entries/bulk").with(editor.login()).with(csrf())
                .param("slug", slug(trial)).param("action", "withdraw")).andReturn();
        assertThat(withdrawn.getFlashMap().get("problem")).isEqualTo("Give the reason for withdrawing these entries.");

        mvc.perform(post("/admin/evidence/entries/bulk").with(editor.login()).with(csrf()).param("slug", slug(draft))
            .param("action", "publish"));
        assertThat(jdbc.queryForObject("select status from evidence_entry where title = ?", String.class, draft)).isEqualTo("PUBLISHED");

        MvcResult nothing = mvc.perform(post("/admin/evidence/entries/bulk").with(editor.login()).with(csrf()).param("action", "publish"))
            .andReturn();
        assertThat(nothing.getFlashMap().get("problem")).isEqualTo("Tick the entries to act on first.");
    }

    private Document list(TestAccounts.Created editor, String query) throws Exception {
        return Jsoup.parse(mvc.perform(get("/admin/evidence/entries" + query).with(editor.login())).andReturn().getResponse()
            .getContentAsString());
    }

    private static List<String> titles(Document page) {
        return page.select("table tbody tr td:nth-child(2) a").eachText();
    }

    private String slug(String title) {
        return jdbc.queryForObject("select slug from evidence_entry where title = ?", String.class, title);
    }

    private static String row(String title, String method, String findings) {
        return String.join("\t", title, "Ada Example", "2024", "Example University", "evaluation report", "theatre", "prison", method,
                "wellbeing", "250 adults", "independent", findings) + "\n";
    }
}
