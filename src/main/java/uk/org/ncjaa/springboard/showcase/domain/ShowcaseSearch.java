package uk.org.ncjaa.springboard.showcase.domain;

import java.util.List;

import jakarta.persistence.EntityManager;
import org.hibernate.search.engine.search.common.BooleanOperator;
import org.hibernate.search.engine.search.predicate.dsl.SimpleQueryFlag;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.mapper.orm.Search;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.org.ncjaa.springboard.shared.text.SearchWords;

/**
 * Words searched among published works: titles, the makers' words, the writing itself, the people's
 * descriptions and transcripts, projects and organisations. A withdrawn work leaves the index with its
 * status change, in the same transaction (or through the outbox, on every node).
 */
@Service
@Transactional(readOnly = true)
public class ShowcaseSearch {

    private static final java.util.Set<SimpleQueryFlag> FLAGS = java.util.EnumSet.of(SimpleQueryFlag.AND, SimpleQueryFlag.OR,
            SimpleQueryFlag.NOT, SimpleQueryFlag.PHRASE, SimpleQueryFlag.PRECEDENCE, SimpleQueryFlag.WHITESPACE);

    private final EntityManager entityManager;

    ShowcaseSearch(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public record Found(long total, List<Work> works) {
    }

    public Found search(String text, int page, int size) {
        String words = SearchWords.limit(text == null ? "" : text.strip());
        if (words.isEmpty()) {
            return new Found(0, List.of());
        }
        SearchResult<Work> result = Search.session(entityManager).search(Work.class)
            .where(f -> f.bool()
                .must(f.match().field("status").matching(WorkStatus.PUBLISHED))
                .must(f.simpleQueryString()
                    .fields("title", "makerWords", "textBody", "description", "transcript", "project", "organisationName", "creditName")
                    .boost(1f).matching(words).defaultOperator(BooleanOperator.AND).flags(FLAGS))
                .should(f.simpleQueryString().field("title").matching(words).defaultOperator(BooleanOperator.AND).flags(FLAGS).boost(3)))
            .fetch(Math.max(0, (page - 1) * size), size);
        return new Found(result.total().hitCount(), result.hits());
    }
}
