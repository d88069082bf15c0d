package uk.org.ncjaa.springboard.evidence.search;

import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurationContext;
import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurer;

/**
 * {@link SearchAnalysis}'s analysers and normaliser, by the same names, for a shared OpenSearch index:
 * each filter is the server's own name for the Lucene factory used there, so both read text alike.
 */
public class SharedSearchAnalysis implements ElasticsearchAnalysisConfigurer {

    @Override
    public void configure(ElasticsearchAnalysisConfigurationContext context) {
        // Lucene's EnglishPossessiveFilter
        context.tokenFilter("english_possessive").type("stemmer").param("language", "possessive_english");
        // "stop" with no list is the English list, as StopFilterFactory's is; "porter_stem" is the classic Porter stemmer
        context.analyzer("english").custom()
            .tokenizer("standard")
            .tokenFilters("english_possessive", "lowercase", "stop", "porter_stem", "asciifolding");
        context.tokenFilter("welsh_elision").type("pattern_replace")
            .param("pattern", SearchAnalysis.WELSH_ELISION).param("replacement", "").param("all", true);
        context.tokenFilter("welsh_stop").type("stop").param("stopwords", WelshStopWords.list().toArray(String[]::new));
        context.analyzer("welsh").custom()
            .tokenizer("standard")
            .tokenFilters("lowercase", "welsh_elision", "welsh_stop", "asciifolding");
        context.analyzer("spell").custom()
            .tokenizer("standard")
            .tokenFilters("lowercase", "asciifolding");
        context.normalizer("sort").custom()
            .tokenFilters("lowercase", "asciifolding");
    }
}
