package uk.org.ncjaa.springboard.evidence.search;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;

import uk.org.ncjaa.springboard.evidence.imports.EvidenceImport;
import uk.org.ncjaa.springboard.support.SpringboardTest;

import static org.assertj.core.api.Assertions.assertThat;

/** The direct Lucene path must find, count, order and mark exactly what Hibernate Search's own query language does. */
@SpringboardTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LuceneSearchTests {

    @Autowired
    EvidenceSearch search;

    @Autowired
    EvidenceImport importer;

    @BeforeAll
    void importTheDemoLibrary() throws IOException {
        for (String file : List.of("evidence/seed-records.tsv", "evidence/demo-records.tsv")) {
            try (Reader reader = new InputStreamReader(new ClassPathResource(file).getInputStream(), StandardCharsets.UTF_8)) {
                importer.run(reader, true);
            }
        }
        // reports with text, findings and venues, so both paths' passages from them are compared too
        String filler = " The sessions ran weekly and were delivered by two facilitators.".repeat(600);
        importer.run(new java.io.StringReader("title\tyear\tsummary\tvenues\tfindings\tfull_text\n"
                + "Clay and confidence zqpassages\t2020\tA pottery course.\tHMP Kilnworth\t\tThe <b>kiln</b> room was calm." + filler + "\n"
                + "Late words zqpassages\t2021\tA short summary.\t\tSelf-esteem | positive |  |  |  | \t" + filler
                + " At the end, the kiln.\n"), true);
    }

    @Test
    void findsCountsAndOrdersAsTheGeneralPathDoes() {
        EvidenceResults everything = search.searchInSession(query("", Map.of(), null, null, EvidenceQuery.Sort.NEWEST, 1, 100));
        assertThat(everything.total()).as("the demo library is there to compare").isGreaterThan(100);
        Map<Facet, List<String>> popular = new EnumMap<>(Facet.class);
        for (Facet facet : Facet.values()) {
            everything.facets().get(facet).stream().max(Comparator.comparingLong(EvidenceResults.FacetValue::count))
                .ifPresent(top -> popular.put(facet, List.of(top.slug())));
        }
        List<EvidenceQuery> queries = new ArrayList<>();
        for (EvidenceQuery.Sort sort : EvidenceQuery.Sort.values()) {
            queries.add(query("", Map.of(), null, null, sort, 1, 100));
            queries.add(query("", Map.of(), null, null, sort, 3, 7));
            queries.add(query("music", Map.of(), null, null, sort, 1, 100));
        }
        for (String words : List.of("prison", "music theatre", "\"sense of belonging\"", "prison -women", "reoffend*", "drama | dance",
                "evaluations", "((( music", "AND OR NOT", "*", "the and of", "\"unbalanced", "~~~", "Arts Alliance", "wellbeing",
                // words that name a concept, widened to its labels and tag: alone, left out, either-or, as a phrase
                "drama", "drama prison", "prison -drama", "drama | choir", "\"forum theatre\"", "(drama)",
                // passages from a report's text, venues and findings
                "zqpassages kiln", "zqpassages kilnworth", "zqpassages esteem", "zqpassages facilitators", "zqpassages")) {
            queries.add(query(words, Map.of(), null, null, EvidenceQuery.Sort.RELEVANCE, 1, 100));
            queries.add(query(words, Map.of(), null, null, EvidenceQuery.Sort.TITLE, 1, 100));
        }
        for (Facet facet : popular.keySet()) {
            queries.add(query("", Map.of(facet, popular.get(facet)), null, null, EvidenceQuery.Sort.TITLE, 1, 100));
        }
        queries.add(query("", Map.of(Facet.ART_FORM, popular.get(Facet.ART_FORM), Facet.SETTING, popular.get(Facet.SETTING)), null, null,
                EvidenceQuery.Sort.TITLE, 1, 100));
        queries.add(query("prison", Map.of(Facet.ART_FORM, List.of("music", "theatre", "visual-arts"),
                Facet.STRENGTH, List.of("3", "4", "5", "unrated")), 2005, 2020, EvidenceQuery.Sort.OLDEST, 1, 100));
        queries.add(query("", popular, null, null, EvidenceQuery.Sort.NEWEST, 1, 100));
        queries.add(query("", Map.of(Facet.ART_FORM, List.of("no-such-thing")), null, null, EvidenceQuery.Sort.NEWEST, 1, 100));
        queries.add(query("", Map.of(), 2015, null, EvidenceQuery.Sort.STRENGTH, 1, 100));
        queries.add(query("", Map.of(), null, 2012, EvidenceQuery.Sort.OLDEST, 2, 10));
        queries.add(query("drama", Map.of(Facet.SETTING, List.of(popular.get(Facet.SETTING).get(0))), null, null,
                EvidenceQuery.Sort.TITLE, 1, 100));
        queries.add(query("drama", Map.of(), null, null, EvidenceQuery.Sort.TITLE, 1, 100).withExact(true));

        for (EvidenceQuery query : queries) {
            EvidenceResults direct = search.search(query);
            EvidenceResults general = search.searchInSession(query);
            String what = query.toString();
            assertThat(direct.total()).as(what).isEqualTo(general.total());
            assertThat(direct.facets()).as(what).isEqualTo(general.facets());
            if (query.sort() == EvidenceQuery.Sort.RELEVANCE && !query.text().isEmpty()) {
                // scores summed in another order may swap near-equal ones: compare a page that holds every match as a whole
                // (the same words sorted by title compare the hits of larger result sets)
                if (general.total() <= query.pageSize()) {
                    assertThat(bySlug(direct)).as(what).isEqualTo(bySlug(general));
                }
            }
            else {
                assertThat(direct.hits()).as(what).isEqualTo(general.hits());
            }
        }
    }

    @Test
    void aWordThatNamesAConceptAlsoFindsItsSynonymsAndItsTagInBothPaths() {
        EvidenceQuery drama = query("drama", Map.of(), null, null, EvidenceQuery.Sort.TITLE, 1, 100);
        EvidenceResults widened = search.search(drama);
        EvidenceResults exact = search.search(drama.withExact(true));
        assertThat(widened.total()).as("theatre and the Theatre tag widen drama").isGreaterThan(exact.total());
        EvidenceResults tagged = search.search(query("", Map.of(Facet.ART_FORM, List.of("theatre")), null, null,
                EvidenceQuery.Sort.TITLE, 1, 100));
        assertThat(bySlug(widened).keySet()).as("every entry tagged Theatre").containsAll(bySlug(tagged).keySet());
        assertThat(widened.widened()).singleElement().satisfies(word -> {
            assertThat(word.typed()).isEqualTo("drama");
            assertThat(word.alsoSearched()).contains("Theatre", "applied theatre");
            assertThat(word.concepts()).extracting(Widening.Concept::slug).containsExactly("theatre");
        });
        assertThat(search.searchInSession(drama).total()).isEqualTo(widened.total());
    }

    @Test
    void widenedSearchesStayWithinLucenesClauseLimit() {
        // every word names a concept: widening stops adding labels well before the query grows past 1,024 clauses
        String words = String.join(" ", java.util.Collections.nCopies(32, "drama | prison | music | theatre"));
        EvidenceQuery many = query(words, Map.of(), null, null, EvidenceQuery.Sort.RELEVANCE, 1, 20);
        assertThat(search.search(many).total()).isEqualTo(search.searchInSession(many).total());
    }

    @Test
    void aConceptsOtherLabelsAreLookedForInTheRecordButNotInTheTextOfItsReports() throws IOException {
        importer.run(new java.io.StringReader("title\tyear\tsummary\tfull_text\n"
                + "Said in the record zqlabels\t2020\tA course of applied theatre.\t\n"
                + "Said in the report zqlabels\t2020\tA weekly course.\tThe course was applied theatre, run weekly.\n"), true);
        EvidenceQuery widened = query("zqlabels drama", Map.of(), null, null, EvidenceQuery.Sort.TITLE, 1, 20);
        assertThat(search.search(widened).hits()).extracting(EvidenceResults.Hit::title).containsExactly("Said in the record zqlabels");
        assertThat(search.searchInSession(widened).hits()).isEqualTo(search.search(widened).hits());
        // typed, the same words are looked for everywhere, the reports' text included
        EvidenceQuery typed = query("zqlabels \"applied theatre\"", Map.of(), null, null, EvidenceQuery.Sort.TITLE, 1, 20);
        assertThat(search.search(typed).hits()).extracting(EvidenceResults.Hit::title)
            .containsExactly("Said in the record zqlabels", "Said in the report zqlabels");
        assertThat(search.searchInSession(typed).hits()).isEqualTo(search.search(typed).hits());
    }

    @Test
    void aWordInAnyOfTheRecordsOwnFieldsFindsIt() throws IOException {
        importer.run(new java.io.StringReader("title\tauthors\tyear\tpublisher_or_org\tprogramme\tvenues\tsummary\tkeywords\n"
                + "Zqfieldtitle words\tZqfieldauthor, A.\t2020\tZqfieldjournal 14(4):499-520\tZqfieldprogramme\tHMP Zqfieldvenue\t"
                + "A zqfieldsummary.\tzqfieldunmapped\n"), true);
        for (String word : List.of("zqfieldtitle", "zqfieldauthor", "zqfieldjournal", "zqfieldprogramme", "zqfieldvenue", "zqfieldsummary",
                "zqfieldunmapped")) {
            EvidenceQuery query = query(word, Map.of(), null, null, EvidenceQuery.Sort.RELEVANCE, 1, 20);
            assertThat(search.search(query).hits()).as(word).extracting(EvidenceResults.Hit::title).containsExactly("Zqfieldtitle words");
            assertThat(search.searchInSession(query).total()).as(word).isEqualTo(1);
        }
    }

    @Test
    void aRepeatedSearchIsServedUntilTheLibraryChanges() throws IOException {
        EvidenceQuery query = query("zqcachecheck", Map.of(), null, null, EvidenceQuery.Sort.RELEVANCE, 1, 20);
        assertThat(search.search(query).total()).isZero();
        assertThat(search.search(query).total()).isZero();
        importer.run(new java.io.StringReader("title\tyear\nA zqcachecheck study\t2020\n"), true);
        assertThat(search.search(query).total()).as("a change to the index is seen at once").isEqualTo(1);
    }

    @Test
    void suggestsTheLibrarysSpellingOfAMisspeltWord() {
        assertThat(search.suggestion("musc theatre")).contains("music theatre");
        assertThat(search.suggestion("music theatre")).as("nothing to correct").isEmpty();
    }

    private static Map<String, EvidenceResults.Hit> bySlug(EvidenceResults results) {
        return results.hits().stream().collect(Collectors.toMap(EvidenceResults.Hit::slug, Function.identity()));
    }

    private static EvidenceQuery query(String words, Map<Facet, List<String>> filters, Integer from, Integer to, EvidenceQuery.Sort sort,
            int page, int size) {
        Map<Facet, List<String>> chosen = new EnumMap<>(Facet.class);
        chosen.putAll(filters);
        return new EvidenceQuery(words, chosen, from, to, sort, page, size);
    }
}
