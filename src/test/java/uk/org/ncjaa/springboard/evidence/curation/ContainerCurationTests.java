package uk.org.ncjaa.springboard.evidence.curation;

import java.io.StringReader;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import uk.org.ncjaa.springboard.accounts.Role;
import uk.org.ncjaa.springboard.evidence.imports.EvidenceImport;
import uk.org.ncjaa.springboard.support.SpringboardTest;
import uk.org.ncjaa.springboard.support.TestAccounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * A journal article's journal, volume, issue and pages come in with the record and a curator corrects them on the
 * entry's form: the page, its reference and the revision history follow, and a volume with no journal is refused.
 */
@SpringboardTest
class ContainerCurationTests {

    private static final String HEADER = "title\tauthors\tyear\tpublisher_or_org\tdoc_type\tart_form\tsetting\tmethod";

    @Autowired
    EvidenceImport importer;

    @Autowired
    TestAccounts accounts;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aCuratorCorrectsTheJournalAndTheReferenceFollows() throws Exception {
        String title = "Singing inside " + UUID.randomUUID();
        importer.run(new StringReader(HEADER + "\n" + String.join("\t", title, "Ada Example", "2019",
                "Prison Service Journal No. 239 (5)", "journal article", "music", "prison", "interviews") + "\n"), true);
        String slug = jdbc.queryForObject("select slug from evidence_entry where title = ?", String.class, title);
        TestAccounts.Created editor = accounts.create(Role.MEMBER, Role.EDITOR);

        String form = mvc.perform(get("/admin/evidence/" + slug).with(editor.login())).andReturn().getResponse().getContentAsString();
        assertThat(form).as("the imported journal is on the form to correct")
            .contains("name=\"containerTitle\"").contains("value=\"Prison Service Journal\"").contains("name=\"pages\"");

        String refused = mvc.perform(save(slug, title, editor).param("containerTitle", "").param("volume", "54"))
            .andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("Give the journal&#39;s title, or clear its volume, issue and pages").contains("value=\"54\"");
        assertThat(jdbc.queryForObject("select container_title from evidence_entry where slug = ?", String.class, slug))
            .as("nothing changed").isEqualTo("Prison Service Journal");

        assertThat(mvc.perform(save(slug, title, editor).param("containerTitle", "The Howard Journal of Criminal Justice")
                .param("volume", "54").param("issue", "3").param("pages", "277-291")).andReturn().getResponse().getRedirectedUrl())
            .isEqualTo("/admin/evidence/" + slug);
        assertThat(jdbc.queryForMap("select container_title, volume, issue, pages from evidence_entry where slug = ?", slug))
            .containsEntry("container_title", "The Howard Journal of Criminal Justice").containsEntry("volume", "54")
            .containsEntry("issue", "3").containsEntry("pages", "277-291");
        String revision = jdbc.queryForObject("select r.snapshot::text from evidence_revision r join evidence_entry e on e.id = r.entry_id"
                + " where e.slug = ? order by r.number desc limit 1", String.class, slug);
        assertThat(revision).contains("The Howard Journal of Criminal Justice, 54(3), pp. 277–291");

        jdbc.update("update evidence_entry set status = 'PUBLISHED', published_at = now() where slug = ?", slug);
        String page = mvc.perform(get("/evidence/" + slug)).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("The Howard Journal of Criminal Justice, 54(3), pp. 277–291");
        String apa = mvc.perform(get("/evidence/" + slug + "/cite.txt").param("style", "apa")).andReturn().getResponse()
            .getContentAsString();
        assertThat(apa).contains("The Howard Journal of Criminal Justice, 54(3), 277–291");
    }

    private static MockHttpServletRequestBuilder save(String slug, String title, TestAccounts.Created editor) {
        return post("/admin/evidence/" + slug).with(editor.login()).with(csrf())
            .param("title", title).param("year", "2019").param("authors", "Ada Example")
            .param("tag-ART_FORM", "music").param("tag-SETTING", "prison");
    }
}
