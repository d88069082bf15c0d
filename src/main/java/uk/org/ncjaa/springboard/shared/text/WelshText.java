package uk.org.ncjaa.springboard.shared.text;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.core.LowerCaseFilterFactory;
import org.apache.lucene.analysis.core.StopFilterFactory;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilterFactory;
import org.apache.lucene.analysis.pattern.PatternReplaceFilterFactory;
import org.apache.lucene.analysis.standard.StandardTokenizerFactory;
import org.apache.lucene.util.ClasspathResourceLoader;

/**
 * The search indexes' "welsh" analyser as a plain Lucene one: the same tokenizer and filters in the
 * same order (short forms joined by an apostrophe lose it, common words are dropped, circumflexes
 * fold), for searches held in memory and for marking searched words in a Welsh snippet as the
 * index read them.
 */
public final class WelshText {

    /** The Welsh short forms joined to a word by an apostrophe: "mae'r", "i'w", "ma'n". */
    public static final String ELISION = "['\u2019](r|n|w|i|m|th|ch)$";
    /** Common Welsh words a search should not demand, one per line. */
    public static final String STOP_WORDS = "search/welsh-stop.txt";

    private static final Analyzer WELSH = build();

    private WelshText() {
    }

    /** Shared: a Lucene analyser is safe to use from several threads at once. */
    public static Analyzer analyzer() {
        return WELSH;
    }

    private static Analyzer build() {
        try {
            return CustomAnalyzer.builder(new ClasspathResourceLoader(WelshText.class.getClassLoader()))
                .withTokenizer(StandardTokenizerFactory.class)
                .addTokenFilter(LowerCaseFilterFactory.class)
                .addTokenFilter(PatternReplaceFilterFactory.class, "pattern", ELISION, "replacement", "", "replace", "all")
                .addTokenFilter(StopFilterFactory.class, "words", STOP_WORDS)
                .addTokenFilter(ASCIIFoldingFilterFactory.class)
                .build();
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }
}
