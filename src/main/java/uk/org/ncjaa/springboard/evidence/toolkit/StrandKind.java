package uk.org.ncjaa.springboard.evidence.toolkit;

import java.util.Optional;

import uk.org.ncjaa.springboard.evidence.search.Facet;
import uk.org.ncjaa.springboard.taxonomy.Vocabulary;

/** The two ways the toolkit divides the library: a strand is one art form or one outcome. */
public enum StrandKind {

    ART_FORMS("art-forms", Vocabulary.ART_FORM, Facet.ART_FORM, "art form", "Art forms"),
    OUTCOMES("outcomes", Vocabulary.OUTCOME, Facet.OUTCOME, "outcome", "Outcomes");

    private final String path;
    private final Vocabulary vocabulary;
    private final Facet facet;
    private final String singular;
    private final String plural;

    StrandKind(String path, Vocabulary vocabulary, Facet facet, String singular, String plural) {
        this.path = path;
        this.vocabulary = vocabulary;
        this.facet = facet;
        this.singular = singular;
        this.plural = plural;
    }

    /** The address segment: /evidence/toolkit/art-forms/music. */
    public String path() {
        return path;
    }

    public Vocabulary vocabulary() {
        return vocabulary;
    }

    public Facet facet() {
        return facet;
    }

    /** "art form" or "outcome", for sentences. */
    public String singular() {
        return singular;
    }

    /** "Art forms" or "Outcomes", for headings. */
    public String plural() {
        return plural;
    }

    public static Optional<StrandKind> of(Vocabulary vocabulary) {
        for (StrandKind kind : values()) {
            if (kind.vocabulary == vocabulary) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}
