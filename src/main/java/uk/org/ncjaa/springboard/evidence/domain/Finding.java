package uk.org.ncjaa.springboard.evidence.domain;

import java.math.BigDecimal;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * What a study found for one outcome: the direction always, the effect size only where the
 * study measured one, and its confidence interval where the study reported that too. "Not tested"
 * is a finding too: the study named the outcome but did not test it.
 *
 * @param outcome slug of an OUTCOME concept
 * @param intervalLower the interval's lower bound: with the upper bound or not at all, and never above the effect size
 * @param intervalLevel the interval's confidence level in per cent: 95 unless the study says otherwise
 */
@Embeddable
public record Finding(String outcome, @Enumerated(EnumType.STRING) Direction direction, BigDecimal effectSize, String metric,
        String timePoint, @Enumerated(EnumType.STRING) Confidence confidence, BigDecimal intervalLower, BigDecimal intervalUpper,
        Integer intervalLevel) {

    public static final int DEFAULT_LEVEL = 95;

    public Finding {
        if ((intervalLower == null) != (intervalUpper == null)) {
            throw new IllegalArgumentException("A confidence interval needs both bounds");
        }
        if (intervalLower == null) {
            intervalLevel = null;
        }
        else {
            if (effectSize == null || intervalLower.compareTo(effectSize) > 0 || effectSize.compareTo(intervalUpper) > 0) {
                throw new IllegalArgumentException("A confidence interval must surround its effect size");
            }
            intervalLevel = intervalLevel == null ? DEFAULT_LEVEL : intervalLevel;
            if (!validLevel(intervalLevel)) {
                throw new IllegalArgumentException("A confidence level is a whole percentage from 50 to 99");
            }
        }
    }

    /** A finding without a confidence interval. */
    public Finding(String outcome, Direction direction, BigDecimal effectSize, String metric, String timePoint, Confidence confidence) {
        this(outcome, direction, effectSize, metric, timePoint, confidence, null, null, null);
    }

    public static boolean validLevel(int level) {
        return level >= 50 && level <= 99;
    }

    public boolean hasInterval() {
        return intervalLower != null;
    }

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
