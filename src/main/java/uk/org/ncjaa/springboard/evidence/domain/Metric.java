package uk.org.ncjaa.springboard.evidence.domain;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;

/**
 * How an effect size is measured, read from the metric a study or curator wrote ("Cohen's d",
 * "OR", "percentage points"): its name in words, the unit that follows the number, and whether
 * it is a difference (no effect at 0) or a ratio (no effect at 1).
 *
 * @param name a named statistic, written before the number ("Cohen's d 0.31"), or null
 * @param unit what the number counts, written after it ("-0.5 offences per person"), or null
 */
public record Metric(String name, String unit, Scale scale) {

    public static final Metric NONE = new Metric(null, null, Scale.DIFFERENCE);

    public enum Scale {
        DIFFERENCE(BigDecimal.ZERO), RATIO(BigDecimal.ONE);

        private final BigDecimal noEffect;

        Scale(BigDecimal noEffect) {
            this.noEffect = noEffect;
        }

        /** The value at which the programme made no difference. */
        public BigDecimal noEffect() {
            return noEffect;
        }
    }

    private record Known(List<String> spellings, Metric metric) {
    }

    private static final String PERCENTAGE_POINTS = "percentage points";

    private static final List<Known> KNOWN = List.of(
            new Known(List.of("cohens d", "cohen d", "d"), new Metric("Cohen's d", null, Scale.DIFFERENCE)),
            new Known(List.of("hedges g", "hedge g", "g"), new Metric("Hedges' g", null, Scale.DIFFERENCE)),
            new Known(List.of("standardised mean difference", "standardized mean difference", "smd"),
                    new Metric("standardised mean difference", null, Scale.DIFFERENCE)),
            new Known(List.of("mean difference", "md"), new Metric("mean difference", null, Scale.DIFFERENCE)),
            new Known(List.of("percentage points", "percentage point", "pp", "% points", "percentage point difference",
                    "risk difference percentage points", "risk difference in percentage points"),
                    new Metric("risk difference", PERCENTAGE_POINTS, Scale.DIFFERENCE)),
            new Known(List.of("risk difference", "rd"), new Metric("risk difference", null, Scale.DIFFERENCE)),
            new Known(List.of("odds ratio", "or"), new Metric("odds ratio", null, Scale.RATIO)),
            new Known(List.of("rate ratio", "incidence rate ratio", "irr"), new Metric("rate ratio", null, Scale.RATIO)),
            new Known(List.of("risk ratio", "relative risk", "rr"), new Metric("risk ratio", null, Scale.RATIO)),
            new Known(List.of("hazard ratio", "hr"), new Metric("hazard ratio", null, Scale.RATIO)));

    /** The metric a finding names; one we do not know is kept as its unit, and counts as a ratio if it says so. */
    public static Metric of(String text) {
        if (text == null || text.isBlank()) {
            return NONE;
        }
        String key = text.strip().toLowerCase(Locale.ROOT).replaceAll("[’'.()]", "").replaceAll("[\\s,:]+", " ").strip();
        for (Known known : KNOWN) {
            if (known.spellings().contains(key)) {
                return known.metric();
            }
        }
        return new Metric(null, text.strip(), key.contains("ratio") ? Scale.RATIO : Scale.DIFFERENCE);
    }

    /** The value in words with its metric: "Cohen's d 0.31", "odds ratio 0.96", "risk difference -4.3 percentage points". */
    public String describe(BigDecimal value) {
        return describe(number(value));
    }

    String describe(String number) {
        return (name == null ? "" : name + " ") + number + (unit == null ? "" : " " + unit);
    }

    /** What the axis of a plot of this metric measures: "Cohen's d", "risk difference (percentage points)". */
    public String label() {
        if (name == null && unit == null) {
            return "effect size, metric not stated";
        }
        return name == null ? unit : unit == null ? name : name + " (" + unit + ")";
    }

    /** A number as readers want it: at most two decimals, no trailing zeros ("0.31", "-4.3", "2"); tiny values keep two significant figures. */
    public static String number(BigDecimal value) {
        return plain(rounded(value));
    }

    /**
     * An effect with its interval in words, the three numbers given the same decimals so they line up:
     * "Cohen's d 0.31 (95% CI 0.12 to 0.50)".
     */
    public String describe(BigDecimal value, BigDecimal lower, BigDecimal upper, Integer level) {
        if (lower == null || upper == null) {
            return describe(value);
        }
        String[] numbers = aligned(value, lower, upper);
        return describe(numbers[0]) + " (" + interval(numbers[1], numbers[2], level) + ")";
    }

    /** "95% CI 0.12 to 0.50". */
    public static String interval(BigDecimal value, BigDecimal lower, BigDecimal upper, Integer level) {
        String[] numbers = aligned(value, lower, upper);
        return interval(numbers[1], numbers[2], level);
    }

    private static String interval(String lower, String upper, Integer level) {
        return (level == null ? 95 : level) + "% CI " + lower + " to " + upper;
    }

    /** The numbers given, each rounded as {@link #number}, then all with as many decimals as the most precise of them. */
    public static String[] aligned(BigDecimal... values) {
        int scale = 0;
        BigDecimal[] rounded = new BigDecimal[values.length];
        for (int i = 0; i < values.length; i++) {
            rounded[i] = values[i] == null ? null : rounded(values[i]);
            if (rounded[i] != null) {
                scale = Math.max(scale, Math.max(0, rounded[i].scale()));
            }
        }
        String[] text = new String[values.length];
        for (int i = 0; i < values.length; i++) {
            text[i] = rounded[i] == null ? null : plain(rounded[i].setScale(scale, RoundingMode.HALF_UP));
        }
        return text;
    }

    private static BigDecimal rounded(BigDecimal value) {
        BigDecimal rounded = value.setScale(2, RoundingMode.HALF_UP);
        if (rounded.signum() == 0 && value.signum() != 0) {
            rounded = value.round(new MathContext(2, RoundingMode.HALF_UP));
        }
        return rounded.signum() == 0 ? BigDecimal.ZERO : rounded.stripTrailingZeros();
    }

    private static String plain(BigDecimal value) {
        return value.signum() == 0 ? value.abs().toPlainString() : value.toPlainString();
    }
}
