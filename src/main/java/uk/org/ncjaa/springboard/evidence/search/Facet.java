package uk.org.ncjaa.springboard.evidence.search;

import java.util.Optional;

import uk.org.ncjaa.springboard.taxonomy.Vocabulary;

/** The filters offered beside search results, each a vocabulary indexed under its own field. */
public enum Facet {

    ART_FORM("art_form", "art", Vocabulary.ART_FORM),
    SETTING("setting", "setting", Vocabulary.SETTING),
    PARTICIPANT("participant", "participant", Vocabulary.PARTICIPANT),
    OUTCOME("outcome", "outcome", Vocabulary.OUTCOME),
    STUDY_DESIGN("study_design", "design", Vocabulary.STUDY_DESIGN),
    METHOD("method", "method", Vocabulary.METHOD),
    DOCUMENT_TYPE("document_type", "type", Vocabulary.DOCUMENT_TYPE),
    REGION("region", "region", Vocabulary.REGION);

    private final String field;
    private final String parameter;
    private final Vocabulary vocabulary;

    Facet(String field, String parameter, Vocabulary vocabulary) {
        this.field = field;
        this.parameter = parameter;
        this.vocabulary = vocabulary;
    }

    public String field() {
        return field;
    }

    /** The query-string name, kept short so shared links stay readable. */
    public String parameter() {
        return parameter;
    }

    public Vocabulary vocabulary() {
        return vocabulary;
    }

    public String label() {
        return vocabulary.label();
    }

    public static Optional<Facet> fromParameter(String name) {
        for (Facet facet : values()) {
            if (facet.parameter.equals(name)) {
                return Optional.of(facet);
            }
        }
        return Optional.empty();
    }
}
