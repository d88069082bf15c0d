package uk.org.ncjaa.springboard.evidence.curation;

import java.io.StringReader;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import uk.org.ncjaa.springboard.accounts.Role;
import uk.org.ncjaa.springboard.evidence.imports.EvidenceImport;
import uk.org.ncjaa.springboard.support.SpringboardTest;
import uk.org.ncjaa.springboard.support.TestAccounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;

/**
 * A level reaches the public only once an editor has checked it: an import arrives with the
 * rubric's suggestion, the curator reads it with its reasons, confirms it, and can take it back.
 */
@SpringboardTest
class StrengthConfirmationTests {

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

    @Test
    void anImportedLevelStaysPrivateUntilAnEditorConfirmsItAndCanBeTakenBack() throws Exception {
        String title = "A trial of prison choirs " + UUID.randomUUID();
        importer.run(new StringReader(HEADER + "\n" + String.join("\t", title, "Ada Example", "2024", "Example University",
                "evaluation report", "music", "prison", "randomised controlled trial", "wellbeing", "48 adults", "independent",
                "Wellbeing | positive |  |  |  | ") + "\n"), true);
        String slug = jdbc.queryForObject("select slug from evidence_entry where title = ?", String.class, title);
        assertThat(jdbc.queryForObject("select strength_level from evidence_entry where slug = ?", Integer.class, slug))
            .as("a trial of 48: one level off for the sample").isEqualTo(4);

        assertThat(publicPage(slug)).contains("Not rated yet").contains("not yet checked").doesNotContain("of 5");
        mvc.perform(get("/api/v1/evidence/" + slug)).andExpect(jsonPath("$.strength.level").doesNotExist());

        TestAccounts.Created editor = accounts.create(Role.MEMBER, Role.EDITOR);
        String curatorPage = mvc.perform(get("/admin/evidence/" + slug).with(editor.login())).andReturn().getResponse()
            .getContentAsString();
        assertThat(curatorPage).contains("What the rubric suggests").contains("Level 4 of 5")
            .contains("Sample of 48 (under 100): one level lower.").contains("No level is public yet");

        save(slug, title, editor, true);
        assertThat(publicPage(slug)).contains("Level 4 of 5");
        assertThat(jdbc.queryForObject("select strength_confirmed_by from evidence_entry where slug = ?", String.class, slug))
            .isNotBlank();
        assertThat(jdbc.queryForObject("select count(*) from evidence_revision r join evidence_entry e on e.id = r.entry_id"
                + " where e.slug = ?", Integer.class, slug)).isPositive();

        save(slug, title, editor, false);
        assertThat(publicPage(slug)).as("the editor took the confirmation back").contains("Not rated yet").doesNotContain("of 5");
    }

    private void save(String slug, String title, TestAccounts.Created editor, boolean confirm) throws Exception {
        var form = post("/admin/evidence/" + slug).with(editor.login()).with(csrf())
            .param("title", title).param("year", "2024").param("sampleSize", "48 adults").param("independence", "INDEPENDENT")
            .param("tag-ART_FORM", "music").param("tag-SETTING", "prison").param("tag-STUDY_DESIGN", "randomised-controlled-trial")
            .param("findings[0].outcome", "wellbeing").param("findings[0].direction", "POSITIVE").param("strengthLevel", "4");
        if (confirm) {
            form.param("confirmStrength", "true");
        }
        assertThat(mvc.perform(form).andReturn().getResponse().getRedirectedUrl()).isEqualTo("/admin/evidence/" + slug);
    }

    private String publicPage(String slug) throws Exception {
        return mvc.perform(get("/evidence/" + slug)).andReturn().getResponse().getContentAsString();
    }
}
