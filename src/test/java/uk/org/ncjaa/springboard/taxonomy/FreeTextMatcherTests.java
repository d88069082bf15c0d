package uk.org.ncjaa.springboard.taxonomy;

import java.util.List;

import org.junit.jupiter.api.Test;

import uk.org.ncjaa.springboard.taxonomy.domain.FreeTextMatcher;

import static org.assertj.core.api.Assertions.assertThat;

class FreeTextMatcherTests {

    private final FreeTextMatcher matcher = new FreeTextMatcher(List.of(
            concept(1, "Music", "music making", "music production", "choir"),
            concept(2, "Theatre", "drama", "applied theatre"),
            concept(3, "Visual arts", "painting"),
            concept(4, "Creative writing", "poetry"),
            concept(5, "Adult prison (women)", "women's prison")));

    @Test
    void findsConceptsThroughLabelsSynonymsAndPlurals() {
        Tagging tagging = matcher.match("visual art; music (production; music making); creative writing & journal making");
        assertThat(tagging.concepts()).extracting(ConceptView::label).containsExactly("Visual arts", "Music", "Creative writing");
        assertThat(tagging.unmatched()).containsExactly("production");
    }

    @Test
    void readsSlashesAndBracketsAsLists() {
        assertThat(matcher.match("music; drama/theatre (partners Clean Break, Geese)").concepts())
            .extracting(ConceptView::label).containsExactly("Music", "Theatre");
        assertThat(matcher.match("drama/theatre (partners Clean Break, Geese)").unmatched())
            .containsExactly("partners Clean Break", "Geese");
    }

    @Test
    void findsLongerTermsInsideAPartBeforeShorterOnes() {
        Tagging tagging = matcher.match("applied theatre workshops with choirs and paintings");
        assertThat(tagging.concepts()).extracting(ConceptView::label).containsExactly("Theatre", "Music", "Visual arts");
        assertThat(tagging.unmatched()).isEmpty();
    }

    @Test
    void matchesBracketedLabelsAndPossessives() {
        assertThat(matcher.match("Women's prisons").concepts()).extracting(ConceptView::label)
            .containsExactly("Adult prison (women)");
        assertThat(matcher.match("adult prison women").concepts()).extracting(ConceptView::label)
            .containsExactly("Adult prison (women)");
    }

    @Test
    void keepsWhatItCannotPlaceAndIgnoresEmptiness() {
        assertThat(matcher.match("interpretive basket weaving").unmatched()).containsExactly("interpretive basket weaving");
        assertThat(matcher.match("  ; ,, ()").concepts()).isEmpty();
        assertThat(matcher.match(null).unmatched()).isEmpty();
    }

    @Test
    void neverSplitsANumberAtItsThousandsCommaOrItsPlus() {
        Tagging tagging = matcher.match("young audiences (1,000+); music, drama; 230+ involved");
        assertThat(tagging.unmatched()).containsExactly("young audiences", "1,000+", "230+ involved");
        assertThat(tagging.concepts()).extracting(ConceptView::label).containsExactly("Music", "Theatre");
        assertThat(FreeTextMatcher.parts("n = 1,234, 50+ women")).containsExactly("n = 1,234", "50+ women");
    }

    @Test
    void readsPreAndPostDesignsWrittenAnyWay() {
        FreeTextMatcher designs = new FreeTextMatcher(List.of(
                concept(10, "Before-and-after without comparison", "before and after", "pre and post"),
                concept(11, "Questionnaires")));
        for (String text : List.of("pre/post measures", "pre- and post-programme questionnaires", "before and after", "before-after",
                "Pre/Post", "pre-post design")) {
            assertThat(designs.match(text).concepts()).as(text).extracting(ConceptView::label)
                .contains("Before-and-after without comparison");
        }
        assertThat(designs.match("pretty postcards").concepts()).isEmpty();
    }

    @Test
    void aBracketNamingNarrowerConceptsStandsForTheWordBeforeIt() {
        FreeTextMatcher settings = new FreeTextMatcher(List.of(
                concept(20, "Community (after release)", "community"),
                concept(21, "Youth justice service", "youth offending team", "YOT", "ISSP"),
                concept(22, "Prison", "HMP")));
        assertThat(settings.match("community (YOTs; ISSP; post-custody)").concepts()).extracting(ConceptView::label)
            .containsExactly("Youth justice service");
        assertThat(settings.match("community (YOTs; ISSP; post-custody)").unmatched()).containsExactly("post-custody");
        FreeTextMatcher arts = new FreeTextMatcher(List.of(concept(30, "Multi-arts", "arts (general)"), concept(31, "Visual arts")));
        assertThat(arts.match("arts (general)").concepts()).extracting(ConceptView::label).containsExactly("Multi-arts");
        assertThat(arts.match("visual arts (Prison Arts Foundation)").concepts()).extracting(ConceptView::label)
            .containsExactly("Visual arts");
        assertThat(settings.match("community (schools/young audiences)").concepts()).extracting(ConceptView::label)
            .containsExactly("Community (after release)");
        // where participants were referred from is not where the work happened
        Tagging referred = settings.match("community (referrals from YOTs, HMP/YOI Askham Grange)");
        assertThat(referred.concepts()).extracting(ConceptView::label).containsExactly("Community (after release)");
        assertThat(referred.unmatched()).containsExactly("referrals from YOTs, HMP/YOI Askham Grange");
    }

    private static ConceptView concept(long id, String label, String... synonyms) {
        return new ConceptView(id, Vocabulary.ART_FORM, uk.org.ncjaa.springboard.shared.Slugs.of(label), label, List.of(synonyms),
                null, null, false);
    }
}
