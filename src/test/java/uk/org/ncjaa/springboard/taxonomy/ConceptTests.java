package uk.org.ncjaa.springboard.taxonomy;

import java.util.List;

import org.junit.jupiter.api.Test;

import uk.org.ncjaa.springboard.taxonomy.domain.Concept;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ConceptTests {

    @Test
    void keepsItsSlugWhenRelabelled() {
        Concept theatre = new Concept(Vocabulary.ART_FORM, "Theatre", 1);
        theatre.describe("Theatre and drama", List.of("drama", " Drama ", "theatre and drama", ""), null, null);
        assertThat(theatre.slug()).isEqualTo("theatre");
        assertThat(theatre.alternativeLabels()).as("duplicates, blanks and the label itself are dropped").containsExactly("drama");
    }

    @Test
    void mergingHandsItsLabelsToTheTarget() {
        Concept drama = new Concept(Vocabulary.ART_FORM, "Drama", 1);
        drama.describe("Drama", List.of("applied drama"), null, null);
        Concept theatre = new Concept(Vocabulary.ART_FORM, "Theatre", 2);
        drama.mergeInto(theatre);
        assertThat(theatre.alternativeLabels()).containsExactly("Drama", "applied drama");
        assertThat(drama.retired()).isTrue();
        assertThat(drama.mergedInto()).isSameAs(theatre);
        assertThat(drama.alternativeLabels()).isEmpty();
    }

    @Test
    void cannotMergeAcrossVocabularies() {
        Concept music = new Concept(Vocabulary.ART_FORM, "Music", 1);
        Concept prison = new Concept(Vocabulary.SETTING, "Prison", 1);
        assertThatThrownBy(() -> music.mergeInto(prison)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void cannotSitUnderItselfOrItsOwnChild() {
        Concept england = new Concept(Vocabulary.REGION, "England", 1);
        Concept london = new Concept(Vocabulary.REGION, "London", 2);
        london.describe("London", List.of(), england, null);
        assertThatThrownBy(() -> england.describe("England", List.of(), london, null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> england.describe("England", List.of(), england, null)).isInstanceOf(IllegalArgumentException.class);
    }
}
