package uk.org.ncjaa.springboard.directory.search;

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
 * The search indexes' "welsh" analyser as a plain Lucene one, for the directory's own search held
 * in memory: the same tokenizer and filters in the same order (short forms joined by an apostrophe
 * lose it, common words are dropped, circumflexes fold), and the same stop words.
 */
final class WelshText {

    /** The Welsh short forms joined to a word by an apostrophe, as the indexes' analyser has them. */
    private static final String ELISION = "['\u2019](r|n|w|i|m|th|ch)$";

    private static final Analyzer WELSH = build();

    private WelshText() {
    }

    /** Shared: a Lucene analyser is safe to use from several threads at once. */
    static Analyzer analyzer() {
        return WELSH;
    }

    private static Analyzer build() {
        try {
            return CustomAnalyzer.builder(new ClasspathResourceLoader(WelshText.class.getClassLoader()))
                .withTokenizer(StandardTokenizerFactory.class)
                .addTokenFilter(LowerCaseFilterFactory.class)
                .addTokenFilter(PatternReplaceFilterFactory.class, "pattern", ELISION, "replacement", "", "replace", "all")
                .addTokenFilter(StopFilterFactory.class, "words", "search/welsh-stop.txt")
                .addTokenFilter(ASCIIFoldingFilterFactory.class)
                .build();
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }
}
