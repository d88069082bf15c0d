package uk.org.ncjaa.springboard.content.search;

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
 * The search index's "welsh" analyser as a plain Lucene one (the same tokenizer and filters, in the
 * same order), to mark searched words in the snippet of a Welsh version as the index read them.
 */
final class WelshText {

    private static final Analyzer WELSH = build();

    private WelshText() {
    }

    static Analyzer analyzer() {
        return WELSH;
    }

    private static Analyzer build() {
        try {
            return CustomAnalyzer.builder(new ClasspathResourceLoader(WelshText.class.getClassLoader()))
                .withTokenizer(StandardTokenizerFactory.class)
                .addTokenFilter(LowerCaseFilterFactory.class)
                .addTokenFilter(PatternReplaceFilterFactory.class, "pattern", "['\u2019](r|n|w|i|m|th|ch)$", "replacement", "",
                        "replace", "all")
                .addTokenFilter(StopFilterFactory.class, "words", "search/welsh-stop.txt")
                .addTokenFilter(ASCIIFoldingFilterFactory.class)
                .build();
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }
}
