package uk.org.ncjaa.springboard.evidence;

import java.io.StringReader;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import uk.org.ncjaa.springboard.evidence.imports.EvidenceImport;
import uk.org.ncjaa.springboard.evidence.search.EvidenceMap;
import uk.org.ncjaa.springboard.evidence.search.EvidenceQuery;
import uk.org.ncjaa.springboard.evidence.search.GapMap;
import uk.org.ncjaa.springboard.evidence.search.EvidenceResults;
import uk.org.ncjaa.springboard.evidence.search.EvidenceSearch;
import uk.org.ncjaa.springboard.evidence.search.Facet;
import uk.org.ncjaa.springboard.support.SpringboardTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SpringboardTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EvidenceSearchTests {

    private static final String HEADER = "title\tauthors\tyear\tpublisher_or_org\tdoc_type\tart_form\tsetting\tmethod"
            + "\toutcomes_studied\tsample_size\tindependence\tfindings";

    // a made-up word in every title keeps these tests to their own entries, whatever else the database holds
    private final String marker = "zq" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);

    @Autowired
    EvidenceImport importer;

    @Autowired
    EvidenceSearch search;

    @Autowired
    MockMvc mvc;

    @Autowired
    uk.org.ncjaa.springboard.evidence.curation.Curation curation;

    @Autowired
    EvidenceMap evidenceMap;

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @Autowired
    uk.org.ncjaa.springboard.evidence.search.SearchIndex searchIndex;

    @BeforeAll
    void importEntries() {
        importer.run(new StringReader(HEADER + "\n" + String.join("\n",
                row("Evaluating music workshops " + marker, "Ada Example", "2015", "music", "prison", "randomised controlled trial",
                        "self-esteem; desistance"),
                row("A drama evaluation " + marker, "Ben Sample", "2019", "drama", "probation", "qualitative: interviews",
                        "desistance"),
                row("Music and drama together " + marker, "Cat Person", "2011", "music; theatre", "women's prison", "before and after",
                        "self-esteem"),
                row("Painting <script>alert(1)</script> " + marker, "Dee Example", "", "painting", "prison", "", "")) + "\n"), true);
        importer.run(new StringReader(HEADER + "\n" + row("Unpublished draft " + marker, "Eve", "2020", "music", "prison", "", "")
                + "\n"), false);
        // an editor checks each suggested level, which is what makes it public
        jdbc.queryForList("select slug from evidence_entry where title like ? and strength_level is not null", String.class,
                "%" + marker + "%").forEach(slug -> curation.confirmStrength(slug, "Test editor"));
    }

    @Test
    void findsWordsThroughEnglishStemming() {
        assertThat(titles(search(marker + " evaluations"))).containsExactlyInAnyOrder(
                "Evaluating music workshops " + marker, "A drama evaluation " + marker);
        assertThat(titles(search(marker + " \"music workshops\""))).containsExactly("Evaluating music workshops " + marker);
        assertThat(titles(search(marker + " Ben"))).as("contributors are searched").containsExactly("A drama evaluation " + marker);
        assertThat(titles(search(marker + " unpublished"))).as("drafts are never found").isEmpty();
    }

    @Test
    void countsFacetsAndLetsSeveralValuesOfOneFacetWiden() {
        EvidenceResults all = search(marker);
        assertThat(all.total()).isEqualTo(4);
        assertThat(counts(all, Facet.ART_FORM)).containsEntry("music", 2L).containsEntry("theatre", 2L).containsEntry("visual-arts", 1L);

        EvidenceResults music = search.search(new EvidenceQuery(marker, Map.of(Facet.ART_FORM, List.of("music")), null, null, null, 1));
        assertThat(music.total()).isEqualTo(2);
        assertThat(counts(music, Facet.ART_FORM)).as("a facet's own counts ignore its choices")
            .containsEntry("theatre", 2L).containsEntry("visual-arts", 1L);
        assertThat(counts(music, Facet.SETTING)).as("other facets follow the choice; broader concepts count their narrower ones")
            .containsEntry("prison", 2L).containsEntry("adult-prison-women", 1L)
            .doesNotContainKey("probation-and-community-sentences");

        EvidenceResults either = search.search(new EvidenceQuery(marker, Map.of(Facet.ART_FORM, List.of("music", "visual-arts")),
                null, null, null, 1));
        assertThat(either.total()).isEqualTo(3);
    }

    @Test
    void filtersByYearAndSortsByDateOrStrength() {
        EvidenceResults recent = search.search(new EvidenceQuery(marker, Map.of(), 2012, 2020, EvidenceQuery.Sort.OLDEST, 1));
        assertThat(titles(recent)).containsExactly("Evaluating music workshops " + marker, "A drama evaluation " + marker);
        EvidenceResults strongest = search.search(new EvidenceQuery(marker, Map.of(), null, null, EvidenceQuery.Sort.STRENGTH, 1));
        assertThat(strongest.hits().get(0).strengthLevel()).isEqualTo(5);
        assertThat(strongest.hits().get(1).strengthLevel()).isEqualTo(2);
    }

    @Test
    void aWordThatNamesAConceptFindsWhatTheConceptHoldsUnlessTheWordsAreAskedForExactly() throws Exception {
        // "Music and drama together" is tagged Theatre (and says drama); "Evaluating music workshops" says neither
        assertThat(titles(search(marker + " theatre"))).containsExactlyInAnyOrder("A drama evaluation " + marker,
                "Music and drama together " + marker);
        assertThat(titles(search.search(new EvidenceQuery(marker + " theatre", Map.of(), null, null, null, 1).withExact(true))))
            .as("the word only").isEmpty();
        assertThat(titles(search(marker + " -drama"))).as("a word left out is left out with its synonyms")
            .containsExactlyInAnyOrder("Evaluating music workshops " + marker, "Painting <script>alert(1)</script> " + marker);

        String page = mvc.perform(get("/evidence").param("q", marker + " theatre").param("sort", "title"))
            .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        org.jsoup.nodes.Document html = org.jsoup.Jsoup.parse(page);
        assertThat(html.select("[role=status].widened").text()).contains("Also searched for: drama, applied theatre")
            .contains("the same art form as “theatre”").contains("entries tagged Theatre");
        assertThat(html.select("[role=status].widened a").attr("href")).contains("exact=1").contains("sort=title")
            .doesNotContain("page=");

        org.jsoup.nodes.Document exact = org.jsoup.Jsoup.parse(mvc.perform(get("/evidence").param("q", marker + " theatre")
            .param("exact", "1")).andReturn().getResponse().getContentAsString());
        assertThat(exact.select(".result-count").text()).startsWith("0 results");
        assertThat(exact.select("[role=status].widened").text()).contains("Searched only for the words you typed");
        assertThat(exact.select("[role=status].widened a").attr("href")).doesNotContain("exact");
        assertThat(exact.select("form#evidence-search input[type=hidden][name=exact]").attr("value"))
            .as("the form keeps the choice when a filter is applied").isEqualTo("1");

        mvc.perform(get("/api/v1/evidence").param("q", marker + " theatre"))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("\"total\":2")))
            .andExpect(content().string(containsString("\"alsoSearched\":[\"drama\"")))
            .andExpect(content().string(containsString("\"facet\":\"art\",\"value\":\"theatre\"")));
        mvc.perform(get("/api/v1/evidence").param("q", marker + " theatre").param("exact", "1"))
            .andExpect(content().string(containsString("\"total\":0")))
            .andExpect(content().string(containsString("\"exact\":true")));
    }

    @Test
    void aResultQuotesThePassageThatMatchedFromItsSummaryFindingsOrTheOpeningOfItsReport() throws Exception {
        String own = marker + "snip";
        String filler = "The sessions ran weekly across the year and were delivered by two facilitators. ".repeat(450);
        importer.run(new StringReader("title\tyear\tsummary\tfull_text\n"
                + String.join("\t", "Clay and confidence " + own, "2020", "A pottery course in a women's prison.",
                        "Introduction. One participant said the <b>kilnroom</b> was the calmest place she knew. " + filler) + "\n"
                + String.join("\t", "Later pages " + own, "2021", "A short summary.",
                        filler + "Only at the end does the report mention a latepageword.") + "\n"
                + String.join("\t", "Summary first " + own, "2022", "The kilnroom is in the summary too.",
                        "And the kilnroom is in the report.") + "\n"), true);

        EvidenceResults kiln = search.search(new EvidenceQuery(own + " kilnroom", Map.of(), null, null, EvidenceQuery.Sort.TITLE, 1));
        assertThat(kiln.hits()).extracting(EvidenceResults.Hit::title).containsExactly("Clay and confidence " + own, "Summary first " + own);
        assertThat(kiln.hits().get(0).snippetHtml()).as("from the report, escaped but for the marks")
            .startsWith("Introduction. One participant said the &lt;b&gt;<mark>kilnroom</mark>&lt;&#x2F;b&gt; was the calmest place")
            .hasSizeLessThan(300);
        assertThat(kiln.hits().get(1).snippetHtml()).as("the summary comes first").isEqualTo("The <mark>kilnroom</mark> is in the summary too.");
        EvidenceResults late = search.search(new EvidenceQuery(own + " latepageword", Map.of(), null, null, null, 1));
        assertThat(late.total()).as("the whole text is searched").isOne();
        assertThat(late.hits().get(0).snippetHtml()).as("only the opening is quoted").isNull();

        String page = mvc.perform(get("/evidence").param("q", own + " kilnroom")).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("&lt;b&gt;<mark>kilnroom</mark>&lt;&#x2F;b&gt;").doesNotContain("<b>kilnroom");
    }

    @Test
    void suggestsANearSpellingWhenNothingMatches() throws Exception {
        // the marker with its last letter changed is found nowhere, but the marker itself is in every title
        String typo = marker.substring(0, marker.length() - 1) + (marker.endsWith("x") ? "y" : "x");
        assertThat(search.suggestion(typo + " workshops")).contains(marker + " workshops");
        String dropped = marker.substring(0, 5) + marker.substring(6);
        assertThat(search.suggestion("Music " + dropped)).as("a letter left out, the other words as typed").contains("Music " + marker);
        assertThat(search.suggestion(marker + " workshops")).as("nothing to correct").isEmpty();
        assertThat(search.suggestion("unpublishd")).as("a draft's words are never suggested")
            .isNotEqualTo(java.util.Optional.of("unpublished"));
        mvc.perform(get("/evidence").param("q", typo + " workshops"))
            .andExpect(content().string(containsString("Did you mean")))
            .andExpect(content().string(containsString(marker + " workshops")));
    }

    @Test
    void nonsenseQueriesGiveResultsOrNothingButNeverAnError() throws Exception {
        for (String junk : new String[] { "\"unbalanced " + marker, "+++", "-", "((( music", "AND OR NOT", "*", "~~~",
            "x".repeat(10_000), "{x}[y]", marker + " \\" }) {
            mvc.perform(get("/evidence").param("q", junk).header("Accept", "text/html")).andExpect(status().isOk());
        }
        mvc.perform(get("/evidence").param("from", "soon").param("to", "1990").param("sort", "sideways").param("page", "-3")
                .param("art", "NOT A SLUG <b>"))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("is not a year")))
            .andExpect(content().string(containsString("We did not recognise that sort order")));
    }

    @Test
    void escapesTitlesInHighlightsAndAnswersHtmxWithTheResultsOnly() throws Exception {
        mvc.perform(get("/evidence").param("q", marker + " painting"))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("&lt;script&gt;")))
            .andExpect(content().string(not(containsString("<script>alert"))))
            .andExpect(content().string(containsString("<mark>")));
        mvc.perform(get("/evidence").param("q", marker).header("HX-Request", "true"))
            .andExpect(content().string(not(containsString("<html"))))
            .andExpect(content().string(containsString("id=\"search-area\"")))
            .andExpect(content().string(containsString("<span>4</span>")));
    }

    @Test
    void showsAnEntryWithItsCitationButNotADraft() throws Exception {
        String slug = search(marker + " workshops").hits().get(0).slug();
        mvc.perform(get("/evidence/" + slug))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("Level 5 of 5")))
            // the Harvard (Cite Them Right) reference, titles in italics as the style sets them
            .andExpect(content().string(containsString("Example, A. (2015) <i>Evaluating music workshops " + marker + "</i>")));
        mvc.perform(get("/evidence/unpublished-draft-" + marker)).andExpect(status().isNotFound());
        mvc.perform(get("/evidence/strength")).andExpect(status().isOk())
            .andExpect(content().string(containsString("Randomised controlled trial")));
    }

    @Test
    void aTrialProtocolAndAReviewAreRatedForWhatTheyAreNotForTheDesignTheyName() throws Exception {
        // a word of their own, so the other tests' counts of this class's entries stay as they are
        String own = marker + "rubric";
        String protocol = "Protocol of a dance trial " + own;
        String review = "A review of arts programmes " + own;
        importer.run(new StringReader(HEADER + "\n"
                + String.join("\t", protocol, "Fay Example", "2026", "Example University", "protocol", "dance", "prison",
                        "randomised controlled trial", "self-esteem", "600 young people", "independent", "") + "\n"
                + String.join("\t", review, "Gil Example", "2022", "Example University", "systematic review", "music", "prison",
                        "systematic review; randomised controlled trial", "desistance", "12 studies", "independent",
                        "Desistance | positive |  |  |  | ") + "\n"), true);
        String protocolPage = mvc.perform(get("/evidence/" + search(own + " protocol dance").hits().get(0).slug())).andReturn()
            .getResponse().getContentAsString();
        assertThat(protocolPage).contains("Not rated yet").contains("A protocol sets out a study still to be done")
            .doesNotContain("of 5");
        String reviewSlug = search(own + " review arts").hits().get(0).slug();
        assertThat(mvc.perform(get("/evidence/" + reviewSlug)).andReturn().getResponse().getContentAsString())
            .as("a suggested level is not public until an editor checks it").contains("Not rated yet").doesNotContain("of 5");
        curation.confirmStrength(reviewSlug, "Test editor");
        String reviewPage = mvc.perform(get("/evidence/" + reviewSlug)).andReturn().getResponse().getContentAsString();
        assertThat(reviewPage).contains("Level 4 of 5").doesNotContain("Level 5 of 5");
        assertThat(org.jsoup.Jsoup.parse(reviewPage).select(".strength-box .scale .box-on")).as("four of five boxes filled").hasSize(4);
        mvc.perform(get("/evidence/strength")).andExpect(content().string(containsString("The protocol of a randomised trial not yet run")));
    }

    @Test
    void anEntryPageCarriesTheHighwireTagsReferenceManagersRead() throws Exception {
        String title = "Singing behind bars " + marker + "highwire";
        importer.run(new StringReader("title\tauthors\tyear\tpublisher_or_org\tdoc_type\tdoi\n"
                + String.join("\t", title, "Ada Example; Ben Sample", "2019", "Northfield University", "evaluation report",
                        "10.1000/xyz123") + "\n"), true);
        String slug = jdbc.queryForObject("select slug from evidence_entry where title = ?", String.class, title);
        org.jsoup.nodes.Document page = org.jsoup.Jsoup.parse(mvc.perform(get("/evidence/" + slug)).andReturn().getResponse()
            .getContentAsString());
        assertThat(page.select("meta[name=citation_title]").attr("content")).isEqualTo(title);
        assertThat(page.select("meta[name=citation_author]").eachAttr("content")).containsExactly("Ada Example", "Ben Sample");
        assertThat(page.select("meta[name=citation_publication_date]").attr("content")).isEqualTo("2019");
        assertThat(page.select("meta[name=citation_technical_report_institution]").attr("content")).isEqualTo("Northfield University");
        assertThat(page.select("meta[name=citation_doi]").attr("content")).isEqualTo("10.1000/xyz123");
        assertThat(page.select("meta[name=citation_abstract_html_url]").attr("content")).endsWith("/evidence/" + slug);

        String article = "Choirs and desistance " + marker + "highwire";
        importer.run(new StringReader("title\tauthors\tyear\tpublisher_or_org\tdoc_type\n"
                + String.join("\t", article, "Cat Person", "2016", "The Howard Journal of Criminal Justice 55(4):496-513",
                        "journal article") + "\n"), true);
        org.jsoup.nodes.Document articlePage = org.jsoup.Jsoup.parse(mvc.perform(get("/evidence/" + jdbc.queryForObject(
                "select slug from evidence_entry where title = ?", String.class, article))).andReturn().getResponse().getContentAsString());
        assertThat(articlePage.select("meta[name=citation_journal_title]").attr("content"))
            .isEqualTo("The Howard Journal of Criminal Justice");
        assertThat(articlePage.select("meta[name=citation_volume]").attr("content")).isEqualTo("55");
        assertThat(articlePage.select("meta[name=citation_issue]").attr("content")).isEqualTo("4");
        assertThat(articlePage.select("meta[name=citation_firstpage]").attr("content")).isEqualTo("496");
        assertThat(articlePage.select("meta[name=citation_lastpage]").attr("content")).isEqualTo("513");
        assertThat(articlePage.select("meta[name=citation_technical_report_institution]")).as("a journal is not an institution")
            .isEmpty();
    }

    @Test
    void mapsOutcomesAgainstArtFormsWithStrongStudiesCounted() {
        GapMap map = evidenceMap.map(new EvidenceQuery(marker, Map.of(), null, null, null, 1), GapMap.Axis.ART);
        assertThat(map.total()).isEqualTo(4);
        assertThat(cell(map, "desistance", "music")).isEqualTo(new GapMap.Cell("music", 1, 1));
        assertThat(cell(map, "desistance", "theatre")).isEqualTo(new GapMap.Cell("theatre", 1, 0));
        assertThat(cell(map, "self-esteem", "music")).isEqualTo(new GapMap.Cell("music", 2, 1));
        assertThat(cell(map, "wellbeing", "music")).as("outcome groups count their outcomes").isEqualTo(new GapMap.Cell("music", 2, 1));
        assertThat(cell(map, "desistance", "dance").count()).as("a gap").isZero();

        GapMap narrowed = evidenceMap.map(new EvidenceQuery(marker, Map.of(Facet.SETTING, List.of("probation-and-community-sentences")),
                null, null, null, 1), GapMap.Axis.SETTING);
        assertThat(narrowed.total()).isOne();
        assertThat(cell(narrowed, "desistance", "probation-and-community-sentences").count()).isOne();
    }

    @Test
    void showsTheMapAndDownloadsItAsCsv() throws Exception {
        mvc.perform(get("/evidence/map").param("q", marker))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("Evidence and gap map")))
            .andExpect(content().string(containsString("outcome=desistance&amp;art=music")));
        mvc.perform(get("/evidence/map.csv").param("q", marker).param("by", "setting"))
            .andExpect(status().isOk())
            .andExpect(result -> assertThat(result.getResponse().getContentType()).startsWith("text/csv"))
            .andExpect(result -> assertThat(result.getResponse().getHeader("Content-Disposition"))
                .contains("evidence-gap-map-setting.csv"))
            .andExpect(content().string(containsString("\"Outcome\",\"Prison\"")))
            .andExpect(content().string(containsString("\"Desistance\",")));
        byte[] svg = mvc.perform(get("/evidence/map.svg").param("q", marker))
            .andExpect(status().isOk())
            .andExpect(result -> assertThat(result.getResponse().getContentType()).startsWith("image/svg+xml"))
            .andReturn().getResponse().getContentAsByteArray();
        // a well-formed SVG document whose cells carry the same counts as the table
        var factory = javax.xml.parsers.DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        var document = factory.newDocumentBuilder().parse(new java.io.ByteArrayInputStream(svg));
        assertThat(document.getDocumentElement().getLocalName()).isEqualTo("svg");
        assertThat(document.getElementsByTagNameNS("http://www.w3.org/2000/svg", "title").item(0).getTextContent())
            .contains("outcomes by art form");
        java.util.List<String> texts = new java.util.ArrayList<>();
        var nodes = document.getElementsByTagNameNS("http://www.w3.org/2000/svg", "text");
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(nodes.item(i).getTextContent());
        }
        assertThat(texts).contains("Desistance", "Music", "2 ★1");
    }

    @Test
    void rebuildsTheIndexOutsideAnyTransactionAndWhenItsMappingChanges() throws Exception {
        searchIndex.rebuild();
        assertThat(searchIndex.rebuildIfBehind()).as("in step after a rebuild").isFalse();
        jdbc.update("update search_index_state set mapping_version = mapping_version - 1");
        assertThat(searchIndex.rebuildIfBehind()).as("an index built with an older mapping is rebuilt").isTrue();
        assertThat(searchIndex.rebuildIfBehind()).isFalse();
        assertThat(search(marker).total()).isEqualTo(4);
    }

    private static GapMap.Cell cell(GapMap map, String outcome, String column) {
        GapMap.Row row = map.rows().stream().filter(r -> r.outcome().slug().equals(outcome)).findFirst().orElseThrow();
        return row.cells().stream().filter(c -> c.columnSlug().equals(column)).findFirst().orElseThrow();
    }

    private EvidenceResults search(String text) {
        return search.search(new EvidenceQuery(text, Map.of(), null, null, null, 1));
    }

    private static List<String> titles(EvidenceResults results) {
        return results.hits().stream().map(EvidenceResults.Hit::title).toList();
    }

    private static Map<String, Long> counts(EvidenceResults results, Facet facet) {
        Map<String, Long> counts = new java.util.HashMap<>();
        results.facets().get(facet).forEach(value -> counts.put(value.slug(), value.count()));
        return counts;
    }

    private static String row(String title, String authors, String year, String artForm, String setting, String method,
            String outcomes) {
        // a sample, an independent evaluation and a result, so that a study is rated by its design alone (the rubric's other
        // steps take nothing off)
        return String.join("\t", title, authors, year, "Example Press", "evaluation report", artForm, setting, method, outcomes,
                "250 adults", "independent", "Self-esteem | positive |  |  |  | ");
    }
}
