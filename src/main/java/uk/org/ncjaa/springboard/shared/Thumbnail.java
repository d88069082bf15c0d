package uk.org.ncjaa.springboard.shared;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A small picture beside an item in a list: where it is, what it shows in words (as the person who
 * uploaded it described it) and its size in pixels as served, which the page gives as the
 * {@code img}'s {@code width} and {@code height} so that nothing moves when it arrives.
 */
public record Thumbnail(String src, String alt, int width, int height) {

    /** Words that tell nothing about what a picture shows: "a photo of the ..." says no more than "the ...". */
    private static final Set<String> EMPTY_WORDS = Set.of("a", "an", "the", "of", "in", "at", "on", "and", "to", "for", "with",
            "by", "from", "its", "their", "our", "photo", "photograph", "picture", "image", "illustration", "showing", "show");

    /**
     * The text alternative for the picture beside {@code title}: its description when that tells
     * something the title does not, otherwise empty. A screen reader reads the title anyway, so a
     * description that only repeats it is heard twice and helps nobody; the picture is then
     * decorative and {@code alt=""} has it skipped (WCAG 2.2 technique H67, and GOV.UK's advice to
     * leave the alternative empty when the text beside a picture already says what it shows).
     * "Actors rehearsing in a prison chapel" beside "New plays, written inside" is kept.
     */
    public String altBeside(String title) {
        if (alt == null || alt.isBlank()) {
            return "";
        }
        Set<String> said = words(title == null ? "" : title);
        return said.containsAll(words(alt)) ? "" : alt.strip();
    }

    /** The words that carry meaning, lower case, a plural "s" dropped, so "Prisons" and "prison" count as one. */
    private static Set<String> words(String text) {
        return Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
            .filter(word -> !word.isEmpty() && !EMPTY_WORDS.contains(word))
            .map(word -> word.length() > 3 && word.endsWith("s") ? word.substring(0, word.length() - 1) : word)
            .collect(Collectors.toSet());
    }
}
