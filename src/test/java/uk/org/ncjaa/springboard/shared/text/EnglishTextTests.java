package uk.org.ncjaa.springboard.shared.text;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.EntityManagerFactory;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.hibernate.search.backend.lucene.LuceneBackend;
import org.hibernate.search.mapper.orm.Search;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import uk.org.ncjaa.springboard.support.SpringboardTest;

import static org.assertj.core.api.Assertions.assertThat;

/** Snippets are marked with words read as the index reads them: the same tokens at the same offsets. */
@SpringboardTest
class EnglishTextTests {

    @Autowired
    EntityManagerFactory entityManagerFactory;

    @Test
    void readsTextAsTheIndexsEnglishAnalyserDoes() throws IOException {
        Analyzer indexed = Search.mapping(entityManagerFactory).backend().unwrap(LuceneBackend.class).analyzer("english")
            .orElseThrow();
        String text = "The Prisoners' theatre: evaluations of Café workshops, and the women's choirs (2019-2020) — naïve running.";
        List<String> tokens = tokens(EnglishText.analyzer(), text);
        assertThat(tokens).as("stemmed, folded, without stop words or possessives")
            .contains("prison@4", "theatr@15", "evalu@24", "women@63").doesNotContain("the@0", "and@55");
        assertThat(tokens).isEqualTo(tokens(indexed, text));
    }

    private static List<String> tokens(Analyzer analyzer, String text) throws IOException {
        List<String> tokens = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("bodyText", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                tokens.add(term + "@" + offset.startOffset());
            }
            stream.end();
        }
        return tokens;
    }
}
