package uk.org.ncjaa.springboard.evidence.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** A link from one entry to another, recorded by a curator. */
@Embeddable
public record Relation(@Column(name = "related_id") Long relatedId, @Enumerated(EnumType.STRING) Kind kind) {

    public enum Kind {
        SAME_PROGRAMME("Same programme"), UPDATE_OF("Updates"), JOURNAL_VERSION_OF("Journal version of"), RELATED("Related");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
