package uk.org.ncjaa.springboard.evidence.domain;

import java.math.BigDecimal;
import java.util.Map;

/**
 * A finding's direction in words. The direction is the study's judgement of benefit, not the sign of
 * the number: for outcomes where lower is better, such as reoffending, a negative effect is a positive
 * finding, and the words say so ("Positive: fewer people reoffended").
 */
public final class FindingWords {

    private record LowerIsBetter(String fewer, String more) {
    }

    private static final Map<String, LowerIsBetter> LOWER_IS_BETTER = Map.of(
            "proven-reoffending", new LowerIsBetter("fewer people reoffended", "more people reoffended"),
            "reoffending-frequency", new LowerIsBetter("fewer further offences", "more further offences"),
            "adjudications-and-behaviour-in-custody", new LowerIsBetter("fewer adjudications", "more adjudications"),
            "self-harm", new LowerIsBetter("less self-harm", "more self-harm"));

    private FindingWords() {
    }

    /** Whether a fall in the outcome is the better result. */
    public static boolean lowerIsBetter(String outcomeSlug) {
        return LOWER_IS_BETTER.containsKey(outcomeSlug);
    }

    public static String direction(Finding.Direction direction, String outcomeSlug, BigDecimal effect, Metric metric) {
        LowerIsBetter lower = LOWER_IS_BETTER.get(outcomeSlug);
        int side = effect == null ? 0 : effect.compareTo(metric.scale().noEffect());
        return switch (direction) {
            case POSITIVE -> lower != null ? direction.label() + ": " + lower.fewer()
                    : side < 0 ? direction.label() + ": lower is better for this outcome" : direction.label();
            case NEGATIVE -> lower != null ? direction.label() + ": " + lower.more()
                    : side > 0 ? direction.label() + ": higher is worse for this outcome" : direction.label();
            default -> direction.label();
        };
    }
}
