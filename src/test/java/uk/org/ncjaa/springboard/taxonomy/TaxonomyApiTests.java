package uk.org.ncjaa.springboard.taxonomy;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import uk.org.ncjaa.springboard.support.SpringboardTest;

import static org.assertj.core.api.Assertions.assertThat;

@SpringboardTest
class TaxonomyApiTests {

    @Autowired
    TaxonomyApi taxonomy;

    @Test
    void seedsTheStartingVocabularies() {
        assertThat(taxonomy.concepts(Vocabulary.ART_FORM)).extracting(ConceptView::label)
            .contains("Music", "Theatre", "Dance", "Visual arts", "Creative writing", "Multi-arts");
        assertThat(taxonomy.concepts(Vocabulary.REGION)).extracting(ConceptView::label)
            .contains("London", "North East", "Wales", "Scotland");
        assertThat(taxonomy.find(Vocabulary.REGION, "london").orElseThrow().parentSlug()).isEqualTo("england");
        assertThat(taxonomy.find(Vocabulary.STUDY_DESIGN, "randomised-controlled-trial").orElseThrow().extra()).isEqualTo("5");
        assertThat(taxonomy.find(Vocabulary.OUTCOME, "desistance").orElseThrow().parentSlug()).isEqualTo("justice");
    }

    @Test
    void matchesFreeTextThroughSynonymsWhateverTheCase() {
        assertThat(taxonomy.match(Vocabulary.ART_FORM, "Drama")).map(ConceptView::label).hasValue("Theatre");
        assertThat(taxonomy.match(Vocabulary.ART_FORM, "  songwriting ")).map(ConceptView::label).hasValue("Music");
        assertThat(taxonomy.match(Vocabulary.ART_FORM, "MUSIC")).map(ConceptView::label).hasValue("Music");
        assertThat(taxonomy.match(Vocabulary.STUDY_DESIGN, "Justice Data Lab")).map(ConceptView::extra).hasValue("4");
        assertThat(taxonomy.match(Vocabulary.ART_FORM, "interpretive basket weaving")).isEmpty();
        assertThat(taxonomy.match(Vocabulary.SETTING, "Drama")).as("synonyms belong to their vocabulary").isEmpty();
    }
}
