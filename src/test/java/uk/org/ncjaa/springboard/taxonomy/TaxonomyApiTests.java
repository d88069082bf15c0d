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
    void tagsRealCatalogueTextAndKeepsWhatItCannotPlace() {
        Tagging art = taxonomy.tag(Vocabulary.ART_FORM,
                "multi-arts: opera, orchestral & ensemble music, choir, theatre, visual art (7 national companies)");
        assertThat(art.concepts()).extracting(ConceptView::label).contains("Multi-arts", "Music", "Theatre", "Visual arts");
        assertThat(art.unmatched()).contains("7 national companies");

        Tagging settings = taxonomy.tag(Vocabulary.SETTING,
                "prison (high security estate; open prison; women's prison); community (young offenders)");
        assertThat(settings.concepts()).extracting(ConceptView::slug).contains("prison", "adult-prison-women");
        assertThat(taxonomy.tag(Vocabulary.SETTING, "prevention; custody; community sentences").concepts())
            .extracting(ConceptView::slug)
            .containsExactly("prevention-young-people-at-risk", "prison", "probation-and-community-sentences");
        assertThat(taxonomy.tag(Vocabulary.DOCUMENT_TYPE, "evaluation report (109 pp)").concepts())
            .extracting(ConceptView::slug).containsExactly("independent-evaluation");
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

    @Test
    void conceptsWhoseLabelsHoldCommasStillMatchCatalogueText() {
        assertThat(taxonomy.tag(Vocabulary.SETTING, "secure training centre; police custody").concepts())
            .extracting(ConceptView::label)
            .containsExactly("Secure school, secure training centre or secure children's home", "Police custody, liaison and diversion");
        assertThat(taxonomy.tag(Vocabulary.OUTCOME, "progression into work").concepts()).extracting(ConceptView::label)
            .contains("Progression to education, training or employment");
    }

    @Autowired
    uk.org.ncjaa.springboard.taxonomy.domain.TaxonomyService service;

    @Test
    void readersSeeAnEditorsChangeAtOnceThoughTheyKeepVocabulariesInMemory() {
        String label = "Cached sample " + java.util.UUID.randomUUID().toString().substring(0, 8);
        assertThat(taxonomy.concepts(Vocabulary.LIMITATION)).extracting(ConceptView::label).doesNotContain(label);
        var added = service.add(Vocabulary.LIMITATION,
                new uk.org.ncjaa.springboard.taxonomy.domain.TaxonomyService.ConceptDetails(label, java.util.List.of(), null, null));
        assertThat(taxonomy.concepts(Vocabulary.LIMITATION)).extracting(ConceptView::label).contains(label);
        service.retire(added.id());
        assertThat(taxonomy.concepts(Vocabulary.LIMITATION)).extracting(ConceptView::label).doesNotContain(label);
        assertThat(taxonomy.find(Vocabulary.LIMITATION, added.slug())).as("retired concepts are still found by slug").isPresent();
    }
}
