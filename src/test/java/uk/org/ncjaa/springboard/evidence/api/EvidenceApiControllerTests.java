package uk.org.ncjaa.springboard.evidence.api;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import uk.org.ncjaa.springboard.evidence.imports.EvidenceImport;
import uk.org.ncjaa.springboard.shared.SpringboardProperties;
import uk.org.ncjaa.springboard.support.SpringboardTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.options;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SpringboardTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EvidenceApiControllerTests {

    private static final String HEADER = "title\tauthors\tyear\tpublisher_or_org\tdoc_type\tart_form\tsetting\tmethod"
            + "\toutcomes_studied\tsample_size\tindependence\tfindings";

    // a made-up word in every title keeps these tests to their own entries, whatever else the database holds
    private final String marker = "zq" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);

    @Autowired
    MockMvc mvc;

    @Autowired
    uk.org.ncjaa.springboard.evidence.curation.Curation curation;

    @Autowired
    EvidenceImport importer;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    JsonMapper json;

    @Autowired
    SpringboardProperties properties;

    @BeforeAll
    void importEntries() {
        importer.run(new StringReader(HEADER + "\n" + String.join("\n",
                row("Evaluating music workshops " + marker, "Ada Example", "2015", "music", "prison", "randomised controlled trial",
                        "self-esteem; desistance"),
                row("A drama evaluation " + marker, "Ben Sample", "2019", "drama", "probation", "qualitative: interviews",
                        "desistance"),
                row("Music and drama together " + marker, "Cat Person", "2011", "music; theatre", "women's prison", "before and after",
                        "self-esteem"),
                row("Painting " + marker, "Dee Example", "", "painting", "prison", "", "")) + "\n"), true);
        importer.run(new StringReader(HEADER + "\n" + row("Unpublished draft " + marker, "Eve", "2020", "music", "prison", "", "")
                + "\n"), false);
        // an editor checks each suggested level, which is what makes it public
        jdbc.queryForList("select slug from evidence_entry where title like ? and strength_level is not null", String.class,
                "%" + marker + "%").forEach(slug -> curation.confirmStrength(slug, "Test editor"));
    }

    @Test
    void searchesWithTheSiteFiltersAndCountsFacets() throws Exception {
        mvc.perform(get("/api/v1/evidence").param("q", marker).param("art", "music").param("sort", "oldest"))
            .andExpect(status().isOk())
            .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
            .andExpect(jsonPath("$.total").value(2))
            .andExpect(jsonPath("$.page").value(1))
            .andExpect(jsonPath("$.size").value(20))
            .andExpect(jsonPath("$.totalPages").value(1))
            .andExpect(jsonPath("$.notes").isEmpty())
            .andExpect(jsonPath("$.items[*].title").value(contains("Music and drama together " + marker,
                    "Evaluating music workshops " + marker)))
            .andExpect(jsonPath("$.items[1].year").value(2015))
            .andExpect(jsonPath("$.items[1].authors").value(contains("Ada Example")))
            .andExpect(jsonPath("$.items[1].publisher").value("Example Press"))
            .andExpect(jsonPath("$.items[1].strengthLevel").value(5))
            .andExpect(jsonPath("$.items[1].studyDesign.label").value("Randomised controlled trial"))
            .andExpect(jsonPath("$.items[1].url").value(startsWith(properties.baseUrl() + "/evidence/evaluating-music-workshops")))
            .andExpect(jsonPath("$.items[1].links.self").value(startsWith(properties.baseUrl() + "/api/v1/evidence/")))
            .andExpect(jsonPath("$.facets.art[?(@.value == 'music')].count").value(contains(2)))
            .andExpect(jsonPath("$.facets.art[?(@.value == 'music')].chosen").value(contains(true)))
            .andExpect(jsonPath("$.facets.art[?(@.value == 'visual-arts')].count").value(contains(1)))
            .andExpect(jsonPath("$.facets.setting[?(@.value == 'prison')].count").value(contains(2)))
            .andExpect(jsonPath("$.facets").value(hasKey("strength")));

        mvc.perform(get("/api/v1/evidence").param("q", marker).param("from", "2012").param("to", "2020"))
            .andExpect(jsonPath("$.items[*].title").value(containsInAnyOrder("Evaluating music workshops " + marker,
                    "A drama evaluation " + marker)));
    }

    @Test
    void pagesThroughResultsInTheSizeAsked() throws Exception {
        mvc.perform(get("/api/v1/evidence").param("q", marker).param("size", "3").param("page", "2"))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.total").value(4))
            .andExpect(jsonPath("$.size").value(3))
            .andExpect(jsonPath("$.totalPages").value(2))
            .andExpect(jsonPath("$.items.length()").value(1));
        mvc.perform(get("/api/v1/evidence").param("q", marker).param("page", "7"))
            .andExpect(jsonPath("$.items").isEmpty())
            .andExpect(jsonPath("$.notes").value(hasItem("There is 1 page of results, so page 7 is empty.")));
    }

    @Test
    void bringsSizeAndPageWithinBoundsAndSaysSo() throws Exception {
        mvc.perform(get("/api/v1/evidence").param("q", marker).param("size", "1000"))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.size").value(100))
            .andExpect(jsonPath("$.notes").value(hasItem("The size cannot be more than 100, so we used 100.")));
        mvc.perform(get("/api/v1/evidence").param("q", marker).param("size", "0"))
            .andExpect(jsonPath("$.size").value(1))
            .andExpect(jsonPath("$.items.length()").value(1));
        mvc.perform(get("/api/v1/evidence").param("size", "lots").param("page", "-4").param("from", "soon").param("sort", "sideways"))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.size").value(20))
            .andExpect(jsonPath("$.page").value(1))
            .andExpect(jsonPath("$.notes").value(hasItem("“lots” is not a whole number, so we used size 20.")))
            .andExpect(jsonPath("$.notes").value(hasItem("The page cannot be less than 1, so we used 1.")))
            .andExpect(jsonPath("$.notes").value(hasItem("“soon” is not a year, so we left out the year from filter.")))
            .andExpect(jsonPath("$.notes").value(hasItem(
                    "We did not recognise that sort order, so results are in the usual order.")));
        mvc.perform(get("/api/v1/evidence").param("page", "99999999999999999999999"))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.page").value(1));
    }

    @Test
    void answersNonsenseQueriesWithResultsOrNothingAndANote() throws Exception {
        mvc.perform(get("/api/v1/evidence").param("q", "\"unbalanced " + "x".repeat(10_000)))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.total").value(0))
            .andExpect(jsonPath("$.notes").value(hasItem("Your search was very long, so we used its first 500 characters.")));
        for (String junk : new String[] { "\"unbalanced " + marker, "((( music", "AND OR NOT", "*", "~~~", "{x}[y]", marker + " \\",
            "\u0000" }) {
            mvc.perform(get("/api/v1/evidence").param("q", junk).param("art", "NOT A SLUG <b>"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON));
        }
    }

    @Test
    void givesOnePublishedEntryInFull() throws Exception {
        String slug = slugOf("Evaluating music workshops " + marker);
        mvc.perform(get("/api/v1/evidence/" + slug))
            .andExpect(status().isOk())
            .andExpect(header().string("Cache-Control", containsString("public")))
            .andExpect(jsonPath("$.slug").value(slug))
            .andExpect(jsonPath("$.title").value("Evaluating music workshops " + marker))
            .andExpect(jsonPath("$.date").value("2015"))
            .andExpect(jsonPath("$.details.year").value(2015))
            .andExpect(jsonPath("$.details.publisher").value("Example Press"))
            .andExpect(jsonPath("$.credits.author").value(contains("Ada Example")))
            .andExpect(jsonPath("$.tags['art-form'][*].slug").value(contains("music")))
            .andExpect(jsonPath("$.tags['art-form'][*].label").value(contains("Music")))
            .andExpect(jsonPath("$.tags.outcome[*].slug").value(hasItems("self-esteem", "desistance")))
            .andExpect(jsonPath("$.strength.level").value(5))
            .andExpect(jsonPath("$.strength.design.slug").value("randomised-controlled-trial"))
            .andExpect(jsonPath("$.findings").isArray())
            .andExpect(jsonPath("$.related").isArray())
            .andExpect(jsonPath("$.files").isArray())
            // Cite Them Right, with the document type the style gives after the title and, as the record has no address
            // of its own, the entry page
            .andExpect(jsonPath("$.citation.harvard").value(allOf(startsWith("Example, A. (2015) Evaluating music workshops "
                    + marker + ". "), endsWith(" Example Press. Available at: " + properties.baseUrl() + "/evidence/" + slug + "."))))
            .andExpect(jsonPath("$.url").value(properties.baseUrl() + "/evidence/" + slug))
            .andExpect(jsonPath("$").value(not(hasKey("curatorComments"))))
            .andExpect(jsonPath("$").value(not(hasKey("submittedBy"))));
    }

    @Test
    void answersAnUnknownOrUnpublishedEntryWithAProblemDetail() throws Exception {
        for (String slug : List.of("no-such-entry", "unpublished-draft-" + marker)) {
            mvc.perform(get("/api/v1/evidence/" + slug))
                .andExpect(status().isNotFound())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(404))
                .andExpect(jsonPath("$.title").value("Not Found"))
                .andExpect(jsonPath("$.detail").value("Nothing is published at this address."))
                .andExpect(jsonPath("$.instance").value("/api/v1/evidence/" + slug));
        }
    }

    @Test
    void answersEveryOtherErrorUnderApiInJsonToo() throws Exception {
        mvc.perform(get("/api/v1/no-such-thing").accept(MediaType.TEXT_HTML))
            .andExpect(status().isNotFound())
            .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
            .andExpect(jsonPath("$.detail").value("There is nothing at this address."));
        mvc.perform(post("/api/v1/evidence"))
            .andExpect(status().isMethodNotAllowed())
            .andExpect(header().string("Allow", containsString("GET")))
            .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
            .andExpect(jsonPath("$.status").value(405));
        mvc.perform(get("/api/v0/evidence"))
            .andExpect(status().isForbidden())
            .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
            .andExpect(jsonPath("$.detail").value("This address is not part of the open API."));
    }

    @Test
    void needsNoSessionOrFormTokenAndMayBeReadFromAnySite() throws Exception {
        MvcResult result = mvc.perform(get("/api/v1/evidence").param("q", marker).header("Origin", "https://example.org"))
            .andExpect(status().isOk())
            .andExpect(header().string("Access-Control-Allow-Origin", "*"))
            .andExpect(header().doesNotExist("Access-Control-Allow-Credentials"))
            .andExpect(header().doesNotExist("Set-Cookie"))
            .andExpect(header().string("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'"))
            .andReturn();
        assertThat(result.getRequest().getSession(false)).isNull();
        mvc.perform(options("/api/v1/evidence/facets").header("Origin", "https://example.org")
                .header("Access-Control-Request-Method", "GET"))
            .andExpect(status().isOk())
            .andExpect(header().string("Access-Control-Allow-Origin", "*"))
            .andExpect(header().string("Access-Control-Allow-Methods", containsString("GET")));
    }

    @Test
    void listsEveryFacetWithItsValuesAndCounts() throws Exception {
        long published = published().size();
        mvc.perform(get("/api/v1/evidence/facets"))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.total").value((int) published))
            .andExpect(jsonPath("$.facets[*].parameter").value(contains("art", "setting", "participant", "outcome", "design",
                    "strength", "method", "type", "region", "org")))
            .andExpect(jsonPath("$.facets[0].label").value("Art forms"))
            .andExpect(jsonPath("$.facets[0].values[?(@.value == 'music')].label").value(contains("Music")))
            .andExpect(jsonPath("$.facets[0].values[?(@.value == 'dance')]").isNotEmpty());
    }

    @Test
    void exportsExactlyThePublishedEntriesOnePerLine() throws Exception {
        MvcResult started = mvc.perform(get("/api/v1/evidence/export.jsonl"))
            .andExpect(request().asyncStarted())
            .andReturn();
        MvcResult result = mvc.perform(asyncDispatch(started))
            .andExpect(status().isOk())
            .andExpect(header().string("Content-Type", startsWith("application/x-ndjson")))
            .andExpect(header().string("Content-Disposition", startsWith("attachment; filename=\"evidence-library-")))
            .andReturn();
        String body = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
        List<JsonNode> lines = Arrays.stream(body.split("\n")).map(json::readTree).toList();
        assertThat(lines).allSatisfy(line -> assertThat(line.get("licence").asString()).contains("CC BY 4.0"));
        List<String> slugs = lines.stream().map(line -> line.get("slug").asString()).toList();
        assertThat(slugs).containsExactlyInAnyOrderElementsOf(published());
        assertThat(slugs).contains(slugOf("Painting " + marker)).doesNotContain("unpublished-draft-" + marker);
        JsonNode workshops = lines.stream().filter(line -> line.get("slug").asString().equals(slugOf("Evaluating music workshops "
                + marker))).findFirst().orElseThrow();
        assertThat(workshops.get("citation").get("harvard").asString()).startsWith("Example, A. (2015)");
        assertThat(workshops.get("details").get("year").asInt()).isEqualTo(2015);
    }

    @Test
    void describesTheOperationsInOpenApi() throws Exception {
        mvc.perform(get("/v3/api-docs"))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.info.title").value("Springboard Evidence Library API"))
            .andExpect(jsonPath("$.paths").value(hasKey("/api/v1/evidence")))
            .andExpect(jsonPath("$.paths").value(hasKey("/api/v1/evidence/{slug}")))
            .andExpect(jsonPath("$.paths").value(hasKey("/api/v1/evidence/facets")))
            .andExpect(jsonPath("$.paths").value(hasKey("/api/v1/evidence/export.jsonl")))
            .andExpect(jsonPath("$.paths").value(not(hasKey("/evidence"))))
            .andExpect(jsonPath("$.paths['/api/v1/evidence'].get.parameters[*].name").value(hasItem("size")))
            .andExpect(jsonPath("$.paths['/api/v1/evidence'].get.parameters[*].name").value(hasItem("art")))
            .andExpect(jsonPath("$.paths['/api/v1/evidence'].get.parameters[*].name").value(not(hasItem("params"))));
    }

    @Test
    void servesSwaggerUi() throws Exception {
        mvc.perform(get("/swagger-ui.html")).andExpect(status().is3xxRedirection());
        mvc.perform(get("/swagger-ui/index.html"))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("swagger-ui-bundle.js")))
            .andExpect(header().string("Content-Security-Policy", containsString("script-src 'self';")))
            .andExpect(header().string("Content-Security-Policy", containsString("style-src 'self' 'unsafe-inline'")));
        mvc.perform(get("/v3/api-docs/swagger-config")).andExpect(status().isOk());
    }

    private List<String> published() {
        return jdbc.queryForList("select slug from evidence_entry where status = 'PUBLISHED'", String.class);
    }

    private String slugOf(String title) {
        return jdbc.queryForObject("select slug from evidence_entry where title = ?", String.class, title);
    }

    private static String row(String title, String authors, String year, String artForm, String setting, String method,
            String outcomes) {
        // a sample, an independent evaluation and a result, so that a study is rated by its design alone (the rubric's other
        // steps take nothing off)
        return String.join("\t", title, authors, year, "Example Press", "evaluation report", artForm, setting, method, outcomes,
                "250 adults", "independent", "Self-esteem | positive |  |  |  | ");
    }
}
