package uk.org.ncjaa.springboard.taxonomy;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import uk.org.ncjaa.springboard.accounts.Role;
import uk.org.ncjaa.springboard.shared.i18n.Languages;
import uk.org.ncjaa.springboard.support.SpringboardTest;
import uk.org.ncjaa.springboard.support.TestAccounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

/** A concept's Welsh label: seeded for the starting vocabularies, kept by the editor, shown on Welsh pages with English as the fallback. */
@SpringboardTest
class TaxonomyWelshTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestAccounts accounts;

    @Autowired
    TaxonomyApi taxonomy;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theStartingVocabulariesHaveWelshLabels() {
        assertThat(taxonomy.find(Vocabulary.ART_FORM, "theatre")).map(ConceptView::welshLabel).hasValue("Theatr");
        assertThat(taxonomy.find(Vocabulary.ART_FORM, "creative-writing")).map(ConceptView::welshLabel).hasValue("Ysgrifennu creadigol");
        assertThat(taxonomy.find(Vocabulary.SETTING, "prison")).map(ConceptView::welshLabel).hasValue("Carchar");
        assertThat(taxonomy.find(Vocabulary.REGION, "wales")).map(ConceptView::welshLabel).hasValue("Cymru");
    }

    @Test
    void theLabelFollowsTheLanguageWithEnglishAsTheFallback() {
        ConceptView theatre = new ConceptView(1, Vocabulary.ART_FORM, "theatre", "Theatre", List.of(), null, null, false, "Theatr");
        ConceptView circus = new ConceptView(2, Vocabulary.ART_FORM, "circus", "Circus", List.of(), null, null, false);
        assertThat(theatre.label(Languages.WELSH)).isEqualTo("Theatr");
        assertThat(theatre.label(Languages.ENGLISH)).isEqualTo("Theatre");
        assertThat(circus.label(Languages.WELSH)).isEqualTo("Circus");
        Locale before = LocaleContextHolder.getLocale();
        try {
            LocaleContextHolder.setLocale(Languages.WELSH);
            assertThat(theatre.localLabel()).isEqualTo("Theatr");
            assertThat(theatre.fallbackLang()).isNull();
            assertThat(circus.localLabel()).isEqualTo("Circus");
            assertThat(circus.fallbackLang()).isEqualTo("en-GB");
            assertThat(taxonomy.localLabels(Vocabulary.REGION)).containsEntry("wales", "Cymru");
            assertThat(taxonomy.localLabel(Vocabulary.REGION, "wales")).isEqualTo("Cymru");
            LocaleContextHolder.setLocale(Languages.ENGLISH);
            assertThat(theatre.localLabel()).isEqualTo("Theatre");
            assertThat(circus.fallbackLang()).isNull();
            assertThat(taxonomy.localLabels(Vocabulary.REGION)).containsEntry("wales", "Wales");
        }
        finally {
            LocaleContextHolder.setLocale(before);
        }
    }

    @Test
    void theEditorKeepsAWelshLabelAndWhatWasTypedOnError() throws Exception {
        String label = "Circus " + UUID.randomUUID().toString().substring(0, 6);
        mvc.perform(post("/admin/taxonomy/art-form").with(editor()).with(csrf()).param("label", label).param("welshLabel", " Syrcas "))
            .andExpect(redirectedUrl("/admin/taxonomy/art-form"));
        long id = jdbc.queryForObject("select id from concept where vocabulary = 'ART_FORM' and label = ?", Long.class, label);
        assertThat(taxonomy.find(Vocabulary.ART_FORM, label.toLowerCase(Locale.ROOT).replace(' ', '-')))
            .map(ConceptView::welshLabel).hasValue("Syrcas");
        String edit = body("/admin/taxonomy/art-form/" + id);
        assertThat(edit).contains("Welsh version (Cymraeg)").contains("lang=\"cy\"").contains("value=\"Syrcas\"");

        String refused = mvc.perform(post("/admin/taxonomy/art-form/" + id).with(editor()).with(csrf()).param("label", "")
                .param("welshLabel", "Syrcas newydd")).andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(refused).contains("Enter a label").contains("value=\"Syrcas newydd\"");

        mvc.perform(post("/admin/taxonomy/art-form/" + id).with(editor()).with(csrf()).param("label", label).param("welshLabel", ""));
        assertThat(jdbc.queryForObject("select label_cy from concept where id = ?", String.class, id)).isNull();

        String welsh = body("/admin/taxonomy?lang=cy");
        assertThat(welsh).contains("Geirfaoedd").contains("Ffurfiau celf").doesNotContain("??");
        assertThat(body("/admin/taxonomy/art-form?lang=cy")).contains("Theatr").contains("Ychwanegu cysyniad").doesNotContain("??");
    }

    private String body(String path) throws Exception {
        return mvc.perform(get(path).with(editor())).andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
    }

    private RequestPostProcessor editor() {
        return accounts.create(Role.EDITOR).login();
    }
}
