package uk.org.ncjaa.springboard.evidence.search;

import java.util.Optional;

import uk.org.ncjaa.springboard.taxonomy.Vocabulary;

/**
 * The filters offered beside search results, each indexed under its own keyword field: most are
 * vocabularies, two are not (the strength level, and the organisations credited).
 */
public enum Facet {

    ART_FORM("art_form", "art", Vocabulary.ART_FORM),
    SETTING("setting", "setting", Vocabulary.SETTING),
    PARTICIPANT("participant", "participant", Vocabulary.PARTICIPANT),
    OUTCOME("outcome", "outcome", Vocabulary.OUTCOME),
    STUDY_DESIGN("study_design", "design", Vocabulary.STUDY_DESIGN),
    STRENGTH("strength", "strength", null),
    METHOD("method", "method", Vocabulary.METHOD),
    DOCUMENT_TYPE("document_type", "type", Vocabulary.DOCUMENT_TYPE),
    REGION("region", "region", Vocabulary.REGION),
    ORGANISATION("organisation", "org", null);

    private static final java.util.regex.Pattern SLUG = java.util.regex.Pattern.compile("[a-z0-9-]{1,100}");
    private static final java.util.regex.Pattern LEVEL = java.util.regex.Pattern.compile("[1-5]|unrated");

    private final String field;
    private final String parameter;
    private final Vocabulary vocabulary;

    Facet(String field, String parameter, Vocabulary vocabulary) {
        this.field = field;
        this.parameter = parameter;
        this.vocabulary = vocabulary;
    }

    /** Whether a value from a query string could be one of this facet's values at all. */
    public boolean accepts(String value) {
        if (value == null) {
            return false;
        }
        return switch (this) {
            case STRENGTH -> LEVEL.matcher(value).matches();
            case ORGANISATION -> !value.isBlank() && value.length() <= 300 && value.chars().noneMatch(Character::isISOControl);
            default -> SLUG.matcher(value).matches();
        };
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
        return switch (this) {
            case STRENGTH -> "Strength of evidence";
            case ORGANISATION -> "Organisations";
            default -> vocabulary.label();
        };
    }

    /** The facet that filters on a vocabulary's concepts. */
    public static Optional<Facet> of(Vocabulary vocabulary) {
        for (Facet facet : values()) {
            if (facet.vocabulary == vocabulary && vocabulary != null) {
                return Optional.of(facet);
            }
        }
        return Optional.empty();
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
