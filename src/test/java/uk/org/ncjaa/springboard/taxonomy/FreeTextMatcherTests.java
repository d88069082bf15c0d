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

    private static ConceptView concept(long id, String label, String... synonyms) {
        return new ConceptView(id, Vocabulary.ART_FORM, uk.org.ncjaa.springboard.shared.Slugs.of(label), label, List.of(synonyms),
                null, null, false);
    }
}
