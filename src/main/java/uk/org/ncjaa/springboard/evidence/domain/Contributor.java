package uk.org.ncjaa.springboard.evidence.domain;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** A person or organisation credited on an entry, in the order the document gives. */
@Embeddable
public record Contributor(String name, @Enumerated(EnumType.STRING) Kind kind, @Enumerated(EnumType.STRING) Role role) {

    public enum Kind { PERSON, ORGANISATION }

    public enum Role {
        AUTHOR("Authors"), PUBLISHER("Published by"), EVALUATOR("Evaluated by"), COMMISSIONER("Commissioned by"),
        DELIVERER("Delivered by");

        private final String label;

        Role(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
