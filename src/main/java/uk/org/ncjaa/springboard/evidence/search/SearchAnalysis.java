package uk.org.ncjaa.springboard.evidence.search;

import org.apache.lucene.analysis.core.LowerCaseFilterFactory;
import org.apache.lucene.analysis.core.StopFilterFactory;
import org.apache.lucene.analysis.en.EnglishPossessiveFilterFactory;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilterFactory;
import org.apache.lucene.analysis.en.PorterStemFilterFactory;
import org.apache.lucene.analysis.standard.StandardTokenizerFactory;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;

/** English stemming for full text ("evaluations" finds "evaluation"), folded lower case for sorting. */
public class SearchAnalysis implements LuceneAnalysisConfigurer {

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
