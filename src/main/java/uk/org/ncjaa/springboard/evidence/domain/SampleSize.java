package uk.org.ncjaa.springboard.evidence.domain;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A sample size as a number and what the number means: "230+" is at least 230, "c. 300" about 300,
 * "70-80" a range. Catalogue text writes thousands with a comma ("1,234"), which is never a list.
 *
 * @param count the number, or the lower end of a range
 * @param max the upper end of a range, else null
 */
public record SampleSize(Integer count, Integer max, Bound bound) {

    public enum Bound {
        EXACT, AT_LEAST, AT_MOST, ABOUT, RANGE
    }

    private static final String NUMBER = "(\\d+)";
    private static final Pattern THOUSANDS = Pattern.compile("(?<=\\d),(?=\\d{3}(?!\\d))");
    private static final Pattern RANGE = Pattern.compile(NUMBER + "\\s*(?:-|–|—|to)\\s*" + NUMBER);
    private static final Pattern ABOUT = Pattern.compile("(?i)(?:\\bc\\.|\\bca\\.|\\bc\\b|\\bcirca|\\bapprox(?:\\.|imately)?|\\babout|\\baround|\\bsome|~)\\s*" + NUMBER);
    private static final Pattern AT_LEAST = Pattern.compile("(?i)(?:" + NUMBER + "\\s*\\+|(?:\\bover|\\bmore than|\\bat least|\\bupwards of|>|≥)\\s*" + NUMBER + ")");
    private static final Pattern AT_MOST = Pattern.compile("(?i)(?:\\bup to|\\bunder|\\bfewer than|\\bless than|<|≤)\\s*" + NUMBER);
    private static final Pattern FIRST = Pattern.compile(NUMBER);

    public static final SampleSize UNKNOWN = new SampleSize(null, null, null);

    /** The first number the text gives and how it is qualified; {@link #UNKNOWN} for text without a number. */
    public static SampleSize parse(String text) {
        if (text == null || text.isBlank()) {
            return UNKNOWN;
        }
        String plain = THOUSANDS.matcher(text).replaceAll("");
        Matcher first = FIRST.matcher(plain);
        if (!first.find()) {
            return UNKNOWN;
        }
        int at = first.start();
        // a qualifier counts only where it qualifies the first number, not a later one ("106 (of over 200)")
        Matcher range = RANGE.matcher(plain);
        if (range.find() && range.start() == at) {
            int low = number(range.group(1));
            int high = number(range.group(2));
            return high > low ? new SampleSize(low, high, Bound.RANGE) : new SampleSize(low, null, Bound.EXACT);
        }
        for (var rule : java.util.List.of(java.util.Map.entry(ABOUT, Bound.ABOUT), java.util.Map.entry(AT_LEAST, Bound.AT_LEAST),
                java.util.Map.entry(AT_MOST, Bound.AT_MOST))) {
            Matcher m = rule.getKey().matcher(plain);
            while (m.find()) {
                int group = m.group(1) != null ? 1 : 2;
                if (m.start(group) == at) {
                    return new SampleSize(number(m.group(group)), null, rule.getValue());
                }
            }
        }
        return new SampleSize(number(first.group(1)), null, Bound.EXACT);
    }

    private static int number(String digits) {
        // nine digits at most: no study has a billion participants, and an int holds it
        return Integer.parseInt(digits.length() > 9 ? digits.substring(0, 9) : digits);
    }

    public boolean known() {
        return count != null;
    }

    /** As a reader should see it: "1,234", "230+", "c. 300", "up to 50", "70–80". */
    public String display() {
        if (count == null) {
            return null;
        }
        String n = String.format(Locale.UK, "%,d", count);
        return switch (bound) {
            case EXACT -> n;
            case AT_LEAST -> n + "+";
            case AT_MOST -> "up to " + n;
            case ABOUT -> "c. " + n;
            case RANGE -> n + "–" + String.format(Locale.UK, "%,d", max);
        };
    }

    /** What the number means, in words for a curator: "at least", "about", or nothing for an exact count. */
    public String note() {
        if (bound == null) {
            return null;
        }
        return switch (bound) {
            case EXACT -> null;
            case AT_LEAST -> "at least";
            case AT_MOST -> "at most";
            case ABOUT -> "about";
            case RANGE -> "range";
        };
    }
}
