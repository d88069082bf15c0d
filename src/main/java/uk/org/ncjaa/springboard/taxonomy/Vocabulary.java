package uk.org.ncjaa.springboard.taxonomy;

import java.util.Locale;
import java.util.Optional;

/** The controlled vocabularies, each named for people and in URLs. */
public enum Vocabulary {

    ART_FORM("Art forms"),
    SETTING("Justice settings"),
    PARTICIPANT("Participants"),
    AGE_BAND("Age bands"),
    GENDER("Gender"),
    GROUP("Groups"),
    OUTCOME("Outcomes"),
    STUDY_DESIGN("Study designs"),
    METHOD("Methods"),
    LIMITATION("Research limitations"),
    DOCUMENT_TYPE("Document types"),
    REGION("Regions"),
    /** What members do, asked on joining: the network is counted by it. */
    ROLE("Roles in the network");

    private final String label;

    Vocabulary(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public String slug() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Optional<Vocabulary> fromSlug(String slug) {
        for (Vocabulary vocabulary : values()) {
            if (vocabulary.slug().equals(slug)) {
                return Optional.of(vocabulary);
            }
        }
        return Optional.empty();
    }
}
