package uk.org.ncjaa.springboard.evidence.domain;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import uk.org.ncjaa.springboard.taxonomy.Vocabulary;

/** A concept an entry is tagged with, held by its vocabulary and slug. */
@Embeddable
public record Tag(@Enumerated(EnumType.STRING) Vocabulary vocabulary, String slug) {

    /**
     * The tag as one word of the search index ("concept_art_form_theatre"): a search widened from a
     * concept's synonym finds the entries tagged with it through the same query as the words.
     */
    public String searchToken() {
        // underscores join letters into one word for the tokenizer; hyphens would split it
        return ("concept_" + vocabulary.name() + "_" + slug).toLowerCase(java.util.Locale.ROOT).replace('-', '_');
    }
}
