package uk.org.ncjaa.springboard.shared.text;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.core.LowerCaseFilterFactory;
import org.apache.lucene.analysis.core.StopFilterFactory;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilterFactory;
import org.apache.lucene.analysis.en.PorterStemFilterFactory;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilterFactory;
import org.apache.lucene.analysis.standard.StandardTokenizerFactory;

/**
 * The search indexes' "english" analyser as a plain Lucene one (the same tokenizer and filters, in the
 * same order), for reading words outside any index: marking searched words in a snippet reads the text
 * as the index did, whichever backend holds the index.
 */
public final class EnglishText {

    private static final Analyzer ENGLISH = build();

    private EnglishText() {
    }

    /** Shared: a Lucene analyser is safe to use from several threads at once. */
    public static Analyzer analyzer() {
        return ENGLISH;
    }

    private static Analyzer build() {
        try {
            return CustomAnalyzer.builder()
                .withTokenizer(StandardTokenizerFactory.class)
                .addTokenFilter(EnglishPossessiveFilterFactory.class)
                .addTokenFilter(LowerCaseFilterFactory.class)
                .addTokenFilter(StopFilterFactory.class)
                .addTokenFilter(PorterStemFilterFactory.class)
                .addTokenFilter(ASCIIFoldingFilterFactory.class)
                .build();
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }
}
