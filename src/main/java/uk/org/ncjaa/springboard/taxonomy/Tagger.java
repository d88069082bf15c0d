package uk.org.ncjaa.springboard.taxonomy;

/** Tags free text with one vocabulary's concepts; made once and reused across many records. */
@FunctionalInterface
public interface Tagger {

    Tagging tag(String text);

    /** The phrases a tagger reads the text as, cut at list punctuation as tagging cuts it. */
    static java.util.List<String> parts(String text) {
        return uk.org.ncjaa.springboard.taxonomy.domain.FreeTextMatcher.parts(text);
    }
}
