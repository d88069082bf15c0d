package uk.org.ncjaa.springboard.shared.i18n;

/**
 * The rule for an editor's Welsh version: a Welsh page shows the Welsh where it is written and the
 * English where it is not, marked as English so that screen readers read it in an English voice;
 * an English page always shows the English.
 */
public final class Bilingual {

    /** The value of {@code lang} on text in English shown on a Welsh page. */
    public static final String ENGLISH_TAG = "en-GB";

    private Bilingual() {
    }

    public static boolean welsh(String language) {
        return "cy".equals(language);
    }

    /** The Welsh text on a Welsh page where there is one, otherwise the English. */
    public static String pick(String language, String english, String welsh) {
        return pick(welsh(language), english, welsh);
    }

    /** {@code en-GB} where a Welsh page falls back to the English, otherwise null, which leaves out the attribute. */
    public static String lang(String language, String welsh) {
        return lang(welsh(language), welsh);
    }

    /** The text a page shows, {@code welshPage} saying whether the page is in Welsh. */
    public static String pick(boolean welshPage, String english, String welsh) {
        return welshPage && welsh != null && !welsh.isBlank() ? welsh : english;
    }

    /** {@code en-GB} where a Welsh page ({@code welshPage}) falls back to the English, otherwise null. */
    public static String lang(boolean welshPage, String welsh) {
        return welshPage && (welsh == null || welsh.isBlank()) ? ENGLISH_TAG : null;
    }
}
