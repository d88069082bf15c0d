package uk.org.ncjaa.springboard.shared.text;

/**
 * What people type into a search box, made safe for a search engine's query parser. Each word
 * becomes a clause in every field searched, and Lucene refuses a query of more than 1,024 clauses,
 * so a pasted paragraph (or {@code q} given hundreds of times, which arrives joined by commas) is
 * cut to its first {@link #MAX_WORDS} words: a search needing all of them would find nothing anyway.
 */
public final class SearchWords {

    public static final int MAX_WORDS = 32;

    private SearchWords() {
    }

    /** The text up to the end of its {@link #MAX_WORDS}th word; a word is a run of letters or digits, as the analysers split them. */
    public static String limit(String text) {
        if (text == null) {
            return "";
        }
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            boolean wordy = Character.isLetterOrDigit(c);
            if (wordy && !inWord && ++words > MAX_WORDS) {
                return text.substring(0, i).strip();
            }
            inWord = wordy;
            i += Character.charCount(c);
        }
        return text;
    }

    /** Whether {@link #limit} would cut the text. */
    public static boolean tooMany(String text) {
        return text != null && limit(text).length() < text.length();
    }
}
