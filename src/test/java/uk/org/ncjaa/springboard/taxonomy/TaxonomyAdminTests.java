package uk.org.ncjaa.springboard.taxonomy;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import uk.org.ncjaa.springboard.accounts.Role;
import uk.org.ncjaa.springboard.support.SpringboardTest;
import uk.org.ncjaa.springboard.support.TestAccounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SpringboardTest
class TaxonomyAdminTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestAccounts accounts;

    @Autowired
    TaxonomyApi taxonomy;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void listsVocabulariesWithTheirCounts() throws Exception {
        mvc.perform(get("/admin/taxonomy").with(editor())).andExpect(status().isOk())
            .andExpect(content().string(containsString("Art forms")))
            .andExpect(content().string(containsString("Research limitations")));
        mvc.perform(get("/admin/taxonomy/art-form").with(editor())).andExpect(status().isOk())
            .andExpect(content().string(containsString("songwriting")));
    }

    @Test
    void addsAConceptWithSynonyms() throws Exception {
        String label = "Puppetry " + UUID.randomUUID().toString().substring(0, 6);
        mvc.perform(post("/admin/taxonomy/art-form").with(editor()).with(csrf())
                .param("label", label).param("alternativeLabels", "puppets\r\nshadow puppetry " + label.substring(9)))
            .andExpect(redirectedUrl("/admin/taxonomy/art-form"));
        assertThat(taxonomy.match(Vocabulary.ART_FORM, "shadow puppetry " + label.substring(9))).map(ConceptView::label)
            .hasValue(label);
    }

    @Test
    void aDuplicateLabelComesBackWithAMessageAndTheInputKept() throws Exception {
        mvc.perform(post("/admin/taxonomy/art-form").with(editor()).with(csrf())
                .param("label", "music").param("alternativeLabels", "my synonyms"))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("Another concept already has this label")))
            .andExpect(content().string(containsString("my synonyms")));
        mvc.perform(post("/admin/taxonomy/art-form").with(editor()).with(csrf()).param("label", " "))
            .andExpect(status().isOk()).andExpect(content().string(containsString("Enter a label")));
    }

    @Test
    void mergingMovesLabelsSoOldTagsStillFindTheTarget() throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        long from = concept("Clowning " + suffix, "clown work " + suffix);
        long into = concept("Circus " + suffix, "");
        mvc.perform(post("/admin/taxonomy/art-form/" + from + "/merge").with(editor()).with(csrf()).param("targetId", "" + into))
            .andExpect(redirectedUrl("/admin/taxonomy/art-form"));
        assertThat(taxonomy.match(Vocabulary.ART_FORM, "clown work " + suffix)).map(ConceptView::label).hasValue("Circus " + suffix);
        assertThat(taxonomy.match(Vocabulary.ART_FORM, "Clowning " + suffix)).map(ConceptView::label).hasValue("Circus " + suffix);
        assertThat(taxonomy.concepts(Vocabulary.ART_FORM)).extracting(ConceptView::label).doesNotContain("Clowning " + suffix);
    }

    @Test
    void retiredConceptsAreNoLongerOfferedButCanComeBack() throws Exception {
        long id = concept("Mime " + UUID.randomUUID().toString().substring(0, 6), "");
        mvc.perform(post("/admin/taxonomy/art-form/" + id + "/retire").with(editor()).with(csrf()));
        assertThat(taxonomy.concepts(Vocabulary.ART_FORM)).extracting(ConceptView::id).doesNotContain(id);
        mvc.perform(post("/admin/taxonomy/art-form/" + id + "/reinstate").with(editor()).with(csrf()));
        assertThat(taxonomy.concepts(Vocabulary.ART_FORM)).extracting(ConceptView::id).contains(id);
    }

    @Test
    void aConceptFromAnotherVocabularyIsNotFound() throws Exception {
        long london = taxonomy.find(Vocabulary.REGION, "london").orElseThrow().id();
        mvc.perform(get("/admin/taxonomy/art-form/" + london).with(editor())).andExpect(status().isNotFound());
        mvc.perform(get("/admin/taxonomy/no-such-vocabulary").with(editor())).andExpect(status().isNotFound());
    }

    private long concept(String label, String synonyms) throws Exception {
        mvc.perform(post("/admin/taxonomy/art-form").with(editor()).with(csrf()).param("label", label)
            .param("alternativeLabels", synonyms)).andExpect(redirectedUrl("/admin/taxonomy/art-form"));
        return jdbc.queryForObject("select id from concept where vocabulary = 'ART_FORM' and label = ?", Long.class, label);
    }

    private RequestPostProcessor editor() {
        return accounts.create(Role.EDITOR).login();
    }
}
