package uk.org.ncjaa.springboard.evidence.search;

import org.apache.lucene.analysis.core.LowerCaseFilterFactory;
import org.apache.lucene.analysis.core.StopFilterFactory;
import org.apache.lucene.analysis.en.EnglishPossessiveFilterFactory;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilterFactory;
import org.apache.lucene.analysis.en.PorterStemFilterFactory;
import org.apache.lucene.analysis.pattern.PatternReplaceFilterFactory;
import org.apache.lucene.analysis.standard.StandardTokenizerFactory;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;

/** English stemming for full text ("evaluations" finds "evaluation"), folded lower case for sorting. */
public class SearchAnalysis implements LuceneAnalysisConfigurer {

    /** The Welsh short forms joined to a word by an apostrophe: "mae'r", "i'w", "ma'n", "'r" after a vowel. */
    static final String WELSH_ELISION = uk.org.ncjaa.springboard.shared.text.WelshText.ELISION;

    @Override
    public void configure(LuceneAnalysisConfigurationContext context) {
        context.analyzer("english").custom()
            .tokenizer(StandardTokenizerFactory.class)
            .tokenFilter(EnglishPossessiveFilterFactory.class)
            .tokenFilter(LowerCaseFilterFactory.class)
            // without stop words, "music and theatre" with AND as the default operator would demand the word "and"
            .tokenFilter(StopFilterFactory.class)
            // the classic Porter stemmer: the same stems for English as Snowball's in nearly every case, at a fraction of the cost
            .tokenFilter(PorterStemFilterFactory.class)
            .tokenFilter(ASCIIFoldingFilterFactory.class);
        // Welsh, for the Welsh versions editors write: Lucene has no Welsh analyser, so this one is built from standard
        // parts. The short forms joined by an apostrophe ("i'r", "mae'n") lose it, common words are not demanded, and
        // circumflexes fold ("ŵyl" finds "wyl"). No stemming or unmutating: a stemmer for Welsh would need a
        // dictionary, and "gelf" (after "y") finds only "gelf", not "celf".
        context.analyzer("welsh").custom()
            .tokenizer(StandardTokenizerFactory.class)
            .tokenFilter(LowerCaseFilterFactory.class)
            .tokenFilter(PatternReplaceFilterFactory.class)
                .param("pattern", WELSH_ELISION).param("replacement", "").param("replace", "all")
            .tokenFilter(StopFilterFactory.class).param("words", "search/welsh-stop.txt")
            .tokenFilter(ASCIIFoldingFilterFactory.class);
        // whole words as written, for spelling suggestions ("did you mean")
        context.analyzer("spell").custom()
            .tokenizer(StandardTokenizerFactory.class)
            .tokenFilter(LowerCaseFilterFactory.class)
            .tokenFilter(ASCIIFoldingFilterFactory.class);
        context.normalizer("sort").custom()
            .tokenFilter(LowerCaseFilterFactory.class)
            .tokenFilter(ASCIIFoldingFilterFactory.class);
    }
}
