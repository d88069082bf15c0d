package uk.org.ncjaa.springboard.insights.counting;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The words of a search as they are kept: tidied so the same search counts once however it was
 * typed, and never anything that looks like a person's details.
 */
final class GapWords {

    static final int MAX_LENGTH = 100;
    static final String NOT_KEPT = "(not kept: looked like personal details)";

    /** More than any search box takes: beyond it nothing is read, so a huge query costs no more than this. */
    private static final int MAX_READ = 1000;
    private static final Pattern SPACE = Pattern.compile("[\\s\\p{Z}]+");
    // control and format characters (NUL, bidi overrides, zero-width), and halves of broken surrogate pairs
    private static final Pattern UNSEEN = Pattern.compile("[\\p{Cc}\\p{Cf}\\p{Cs}\\p{Co}\\p{Cn}]");
    private static final Pattern DIGIT = Pattern.compile("\\p{Nd}");
    // a UK postcode, whole or its outward half followed by a digit ("sw1a 1aa", "m1 1ae", "b33 8th")
    private static final Pattern POSTCODE = Pattern.compile("(^|[^a-z0-9])[a-z]{1,2}[0-9][a-z0-9]?\\s*[0-9][a-z]{2}($|[^a-z0-9])");
    // a telephone number written with separators ("+44 (0)20 7946", "0161-496-0")
    // a prison number, one letter, four digits and two letters ("a1234bc"), which names one person
    private static final Pattern PRISON_NUMBER = Pattern.compile("(^|[^a-z0-9])[a-z][0-9]{4}[a-z]{2}($|[^a-z0-9])");
    private static final Pattern PHONE = Pattern.compile("\\+?\\(?[0-9][0-9 ()\\-.]{6,}[0-9]");

    private GapWords() {
    }

    /**
     * The words to count, {@link #NOT_KEPT} for words that looked like personal details (so the
     * total of searches stays right), or {@code null} when nothing is left to count.
     */
    static String kept(String typed) {
        if (typed == null) {
            return null;
        }
        String text = typed.length() > MAX_READ ? typed.substring(0, MAX_READ) : typed;
        // separators first, so "music\ttherapy" stays two words, then whatever is left unseen goes
        text = SPACE.matcher(text).replaceAll(" ");
        text = UNSEEN.matcher(text).replaceAll("");
        text = SPACE.matcher(text).replaceAll(" ").strip().toLowerCase(Locale.ROOT);
        if (text.isEmpty()) {
            return null;
        }
        // judged on all that was read, so details cut off at the kept length are not half kept
        if (personal(text)) {
            return NOT_KEPT;
        }
        if (text.length() > MAX_LENGTH) {
            int end = Character.isLowSurrogate(text.charAt(MAX_LENGTH)) ? MAX_LENGTH - 1 : MAX_LENGTH;
            text = text.substring(0, end).strip();
        }
        return text;
    }

    static boolean personal(String text) {
        if (text.indexOf('@') >= 0) {
            return true;
        }
        int digits = 0;
        var found = DIGIT.matcher(text);
        while (found.find()) {
            if (++digits >= 5) {
                return true;
            }
        }
        return POSTCODE.matcher(text).find() || PRISON_NUMBER.matcher(text).find() || PHONE.matcher(text).find();
    }
}
