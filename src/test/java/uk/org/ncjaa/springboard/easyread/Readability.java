package uk.org.ncjaa.springboard.easyread;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How hard a text is to read, by the usual measures: sentences (split at . ! ? and at the end of each
 * line, list item, heading or other block), words, letters and syllables (estimated with the common
 * English vowel-group rule), and Flesch reading ease, 206.835 - 1.015 (words / sentences) - 84.6
 * (syllables / words): 90 and over is very easy, 60 to 70 plain English, under 30 very hard.
 */
record Readability(List<Sentence> sentences) {

    /** Elements that end a line of text: a sentence never runs across them. */
    private static final Pattern BLOCK = Pattern.compile(
            "</?(?:p|li|ul|ol|h[1-6]|div|section|main|header|footer|nav|dt|dd|dl|tr|td|th|table|caption|label|legend|fieldset|option|"
                    + "select|button|summary|details|figcaption|figure|blockquote|form|br|hr)\\b[^>]*>",
            Pattern.CASE_INSENSITIVE);

    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])[\"'’”)]*\\s+");

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['’-][\\p{L}\\p{N}]+|[.,]\\p{N}+)*");

    /** A sentence and its words. */
    record Sentence(String text, List<String> words) {

        int syllables() {
            return words.stream().mapToInt(Readability::syllables).sum();
        }
    }

    /** The text of a page's {@code <main>}, a line per block, read as sentences. */
    static Readability ofMain(String html) {
        Matcher main = Pattern.compile("<main\\b[^>]*>(.*?)</main>", Pattern.DOTALL | Pattern.CASE_INSENSITIVE).matcher(html);
        if (!main.find()) {
            throw new IllegalArgumentException("The page has no <main>");
        }
        return ofText(text(main.group(1)));
    }

    /** The text an HTML fragment shows, a line per block element. */
    static String text(String html) {
        String text = html.replaceAll("(?s)<!--.*?-->", " ")
            .replaceAll("(?is)<(script|style|template)\\b.*?</\\1>", " ");
        // a line break in the source is a space: only blocks end a line
        text = BLOCK.matcher(text.replaceAll("\\s+", " ")).replaceAll("\n");
        text = text.replaceAll("<[^>]*>", "");
        return decode(text);
    }

    /** Text read line by line, each line split into sentences at . ! and ? followed by a space. */
    static Readability ofText(String text) {
        List<Sentence> sentences = new ArrayList<>();
        for (String line : text.split("\\R")) {
            for (String part : SENTENCE_END.split(line.strip())) {
                String sentence = part.strip();
                List<String> words = words(sentence);
                if (!words.isEmpty()) {
                    sentences.add(new Sentence(sentence, words));
                }
            }
        }
        return new Readability(sentences);
    }

    static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        Matcher word = WORD.matcher(text);
        while (word.find()) {
            words.add(word.group());
        }
        return words;
    }

    /**
     * Syllables in an English word, by the usual estimate: a word of three letters or fewer has one; otherwise
     * drop a silent final "e", "es" or "ed", and a leading "y", then count the groups of one or two vowels (a, e,
     * i, o, u, y). A number counts as one syllable a digit, near enough for the short numbers easy read uses.
     */
    static int syllables(String word) {
        String letters = word.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
        if (letters.isEmpty()) {
            return Math.max(1, word.replaceAll("\\D", "").length());
        }
        if (letters.length() <= 3) {
            return 1;
        }
        letters = letters.replaceAll("(?:[^laeiouy]es|ed|[^laeiouy]e)$", "").replaceAll("^y", "");
        Matcher vowels = Pattern.compile("[aeiouy]{1,2}").matcher(letters);
        int count = 0;
        while (vowels.find()) {
            count++;
        }
        return Math.max(1, count);
    }

    int wordCount() {
        return sentences.stream().mapToInt(s -> s.words().size()).sum();
    }

    int syllableCount() {
        return sentences.stream().mapToInt(Sentence::syllables).sum();
    }

    double averageSentenceLength() {
        return (double) wordCount() / sentences.size();
    }

    /** Letters (and digits) a word, on average. */
    double averageWordLength() {
        long letters = sentences.stream().flatMap(s -> s.words().stream()).mapToLong(w -> w.replaceAll("['’-]", "").length()).sum();
        return (double) letters / wordCount();
    }

    double fleschReadingEase() {
        return 206.835 - 1.015 * averageSentenceLength() - 84.6 * ((double) syllableCount() / wordCount());
    }

    int longestSentence() {
        return sentences.stream().mapToInt(s -> s.words().size()).max().orElse(0);
    }

    /** The longest sentences, longest first. */
    List<Sentence> longest(int how) {
        return sentences.stream().sorted(Comparator.comparingInt((Sentence s) -> s.words().size()).reversed()).limit(how).toList();
    }

    /** The figures on one line, for a test's message or a report. */
    String summary() {
        return String.format(Locale.ROOT, "%d sentences, %d words, average %.1f words a sentence (longest %d), %.2f letters a word, "
                + "Flesch reading ease %.1f", sentences.size(), wordCount(), averageSentenceLength(), longestSentence(),
                averageWordLength(), fleschReadingEase());
    }

    private static String decode(String text) {
        Matcher entity = Pattern.compile("&(#x?[0-9a-fA-F]+|[a-zA-Z]+);").matcher(text);
        StringBuilder out = new StringBuilder();
        while (entity.find()) {
            String name = entity.group(1);
            String replacement = switch (name) {
                case "amp" -> "&";
                case "lt" -> "<";
                case "gt" -> ">";
                case "quot" -> "\"";
                case "apos" -> "'";
                case "nbsp" -> " ";
                default -> name.startsWith("#x") ? Character.toString(Integer.parseInt(name.substring(2), 16))
                        : name.startsWith("#") ? Character.toString(Integer.parseInt(name.substring(1))) : entity.group();
            };
            entity.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        entity.appendTail(out);
        return out.toString().replace('\u00a0', ' ');
    }
}
