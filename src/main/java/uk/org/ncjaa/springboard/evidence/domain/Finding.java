package uk.org.ncjaa.springboard.evidence.domain;

import java.math.BigDecimal;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * What a study found for one outcome: the direction always, the effect size only where the
 * study measured one. "Not tested" is a finding too: the study named the outcome but did not test it.
 *
 * @param outcome slug of an OUTCOME concept
 */
@Embeddable
public record Finding(String outcome, @Enumerated(EnumType.STRING) Direction direction, BigDecimal effectSize, String metric,
        String timePoint, @Enumerated(EnumType.STRING) Confidence confidence) {

    public enum Direction {
        POSITIVE("Positive"), MIXED("Mixed"), NO_DIFFERENCE("No difference"), NEGATIVE("Negative"), NOT_TESTED("Not tested");

        private final String label;

        Direction(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        public static java.util.Optional<Direction> parse(String text) {
            String wanted = text == null ? "" : text.strip().replace('_', ' ').replace('-', ' ');
            for (Direction direction : values()) {
                if (direction.label.equalsIgnoreCase(wanted) || direction.name().replace('_', ' ').equalsIgnoreCase(wanted)) {
                    return java.util.Optional.of(direction);
                }
            }
            return java.util.Optional.empty();
        }
    }

    public enum Confidence {
        HIGH("High"), MODERATE("Moderate"), LOW("Low");

        private final String label;

        Confidence(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        public static java.util.Optional<Confidence> parse(String text) {
            for (Confidence confidence : values()) {
                if (confidence.name().equalsIgnoreCase(text == null ? "" : text.strip())) {
                    return java.util.Optional.of(confidence);
                }
            }
            return java.util.Optional.empty();
        }
    }
}
