package uk.org.ncjaa.springboard.taxonomy;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import uk.org.ncjaa.springboard.support.SpringboardTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A vocabulary changed on another node: this node reads it again as soon as that node says so,
 * not up to a minute later, and only the vocabulary named.
 */
@SpringboardTest
class TaxonomyNodesTests {

    @Autowired
    TaxonomyApi taxonomy;

    @Autowired
    JdbcTemplate jdbc;

    private String label(Vocabulary vocabulary, String slug) {
        return taxonomy.find(vocabulary, slug).orElseThrow().label();
    }

    private String music;
    private String prison;

    @AfterEach
    void putBack() {
        jdbc.update("update concept set label = ? where vocabulary = 'ART_FORM' and slug = 'music'", music);
        jdbc.update("update concept set label = ? where vocabulary = 'SETTING' and slug = 'prison'", prison);
        taxonomy.missed();
    }

    @Test
    void aVocabularyChangedOnAnotherNodeIsReadAgainOnceThatNodeSaysSo() {
        music = label(Vocabulary.ART_FORM, "music");
        prison = label(Vocabulary.SETTING, "prison");
        // what another node's change leaves in the database, with no event on this node
        jdbc.update("update concept set label = 'Music (renamed elsewhere)' where vocabulary = 'ART_FORM' and slug = 'music'");
        jdbc.update("update concept set label = 'Prison (renamed elsewhere)' where vocabulary = 'SETTING' and slug = 'prison'");
        assertThat(label(Vocabulary.ART_FORM, "music")).as("this node's copy is still the one it read").isEqualTo(music);

        taxonomy.heard(Vocabulary.ART_FORM.name());
        assertThat(label(Vocabulary.ART_FORM, "music")).isEqualTo("Music (renamed elsewhere)");
        assertThat(label(Vocabulary.SETTING, "prison")).as("another vocabulary is kept").isEqualTo(prison);

        taxonomy.missed();
        assertThat(label(Vocabulary.SETTING, "prison")).isEqualTo("Prison (renamed elsewhere)");
    }
}
