package uk.org.ncjaa.springboard.evidence.toolkit;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import uk.org.ncjaa.springboard.accounts.Role;
import uk.org.ncjaa.springboard.evidence.curation.Curation;
import uk.org.ncjaa.springboard.evidence.domain.Finding.Direction;
import uk.org.ncjaa.springboard.evidence.imports.EvidenceImport;
import uk.org.ncjaa.springboard.support.SpringboardTest;
import uk.org.ncjaa.springboard.support.TestAccounts;
import uk.org.ncjaa.springboard.taxonomy.Vocabulary;
import uk.org.ncjaa.springboard.taxonomy.domain.TaxonomyService;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The toolkit's figures against entries counted by hand. The entries are tagged with an art form
 * and two outcomes made for this class alone (a broad one and a narrower one beneath it), so
 * whatever else the database holds, every figure is known exactly:
 *
 * <pre>
 *  entry              art form     outcomes     design        level              findings
 *  trial one          ours         hope, grit   trial         5, confirmed       hope positive, grit negative; gives a cost
 *  trial two          ours         grit (hope)  trial         3, confirmed       grit positive
 *  before and after   ours         hope         before/after  2, NOT confirmed   hope mixed, hope not tested
 *  interviews         ours         hope         qualitative   none               hope positive
 *  music study        music        hope         trial         4, confirmed       hope no difference; gives a cost
 *  draft              ours         hope         trial         5, confirmed       hope positive (unpublished)
 * </pre>
 */
@SpringboardTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ToolkitTests {

    private static final String HEADER = "title\tauthors\tyear\tpublisher_or_org\tdoc_type\tart_form\tsetting\tmethod"
            + "\toutcomes_studied\tsample_size\tindependence\tfindings";

    private final String marker = "zq" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);

    @Autowired
    EvidenceImport importer;

    @Autowired
    Curation curation;

    @Autowired
    TaxonomyService taxonomy;

    @Autowired
    Toolkit toolkit;

    @Autowired
    TestAccounts accounts;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    private final List<Long> concepts = new ArrayList<>();
    private String art;
    private String hope;
    private String grit;

    @BeforeAll
    void importEntries() {
        art = add(Vocabulary.ART_FORM, marker + "art", null);
        hope = add(Vocabulary.OUTCOME, marker + "hope", null);
        grit = add(Vocabulary.OUTCOME, marker + "grit", hope);
        String a = marker + "art";
        String h = marker + "hope";
        String g = marker + "grit";
        importer.run(new StringReader(HEADER + "\n" + String.join("\n",
                row("Trial one " + marker, 2021, a, "randomised controlled trial", h + "; " + g,
                        finding(h, "positive") + " || " + finding(g, "negative")),
                row("Trial two " + marker, 2019, a, "randomised controlled trial", g, finding(g, "positive")),
                row("Before and after " + marker, 2020, a, "before and after", h, finding(h, "mixed") + " || " + finding(h, "not tested")),
                row("Interviews " + marker, 2018, a, "qualitative: interviews", h, finding(h, "positive")),
                row("Music study " + marker, 2017, "music", "randomised controlled trial", h, finding(h, "no difference"))) + "\n"),
                true);
        importer.run(new StringReader(HEADER + "\n" + row("Draft " + marker, 2022, a, "randomised controlled trial", h,
                finding(h, "positive")) + "\n"), false);
        assertThat(jdbc.queryForObject("select count(*) from evidence_entry where title like ?", Integer.class, "%" + marker))
            .as("every fixture entry imported").isEqualTo(6);

        // the levels as the table says, whatever the rubric suggested; only an editor's confirmation makes one count
        level("Trial one", 5);
        level("Trial two", 3);
        level("Before and after", 2);
        level("Interviews", null);
        level("Music study", 4);
        level("Draft", 5);
        for (String title : List.of("Trial one", "Trial two", "Music study", "Draft")) {
            curation.confirmStrength(slug(title), "Test editor");
        }
        jdbc.update("update evidence_entry set cost_information = ? where slug = ?", "About £300 a participant <b>each</b>",
                slug("Trial one"));
        jdbc.update("update evidence_entry set cost_information = ? where slug = ?", "£1,200 for a ten-week course", slug("Music study"));
    }

    @AfterAll
    void retireConcepts() {
        // other classes see the vocabularies as they were
        concepts.forEach(taxonomy::retire);
    }

    @Test
    void countsAnArtFormStrandFromItsPublishedEntries() throws Exception {
        Toolkit.Strand strand = toolkit.strand(StrandKind.ART_FORMS, art);
        assertThat(strand.entries()).as("four published; the draft and the music study are not counted").isEqualTo(4);
        assertThat(strand.rated()).isEqualTo(2);
        assertThat(strand.levels()).containsExactly(java.util.Map.entry(5, 1L), java.util.Map.entry(4, 0L), java.util.Map.entry(3, 1L),
                java.util.Map.entry(2, 0L), java.util.Map.entry(1, 0L));
        assertThat(strand.typicalLevel()).as("the lower middle of 3 and 5").isEqualTo(3);
        assertThat(strand.findings()).as("across every outcome")
            .containsEntry(Direction.POSITIVE, 2L).containsEntry(Direction.NEGATIVE, 1L).containsEntry(Direction.MIXED, 1L)
            .containsEntry(Direction.NO_DIFFERENCE, 0L).containsEntry(Direction.NOT_TESTED, 1L);
        assertThat(strand.measuredFindings()).isEqualTo(4);
        assertThat(strand.positivePercent()).isEqualTo(50);
        assertThat(strand.costEntries()).isEqualTo(1);
        assertThat(strand.costs()).extracting(Toolkit.CostNote::title).containsExactly("Trial one " + marker);
        assertThat(strand.strongest()).extracting(Toolkit.EntryLink::title).as("strongest first, then the newest")
            .containsExactly("Trial one " + marker, "Trial two " + marker, "Before and after " + marker, "Interviews " + marker);
        assertThat(strand.searchHref()).isEqualTo("/evidence?art=" + art);

        String page = page("/evidence/toolkit/art-forms/" + art);
        assertThat(page).contains("<span>4</span> published")
            .contains("Level 3 of 5").contains("(the median of 2 confirmed levels)")
            .contains("50% (2 of 4 measured findings)")
            .contains("About £300 a participant &lt;b&gt;each&lt;/b&gt;").doesNotContain("£1,200")
            .contains("href=\"/evidence?art=" + art + "\"")
            .contains("href=\"/evidence/" + slug("Trial one") + "\"")
            .doesNotContain("Draft " + marker);
        assertThat(rowCells(page, "Positive")).containsExactly("2", "1");
        assertThat(rowCells(page, "Negative")).containsExactly("1", "0");
        assertThat(rowCells(page, "No difference")).containsExactly("0", "0");
        assertThat(rowCells(page, "Not tested")).containsExactly("1", "0");
        assertThat(rowCells(page, "No confirmed level")).containsExactly("2");
        wellFormed(page);
    }

    @Test
    void anOutcomeTakesInItsNarrowerOutcomesAndCountsOnlyFindingsOnThem() throws Exception {
        Toolkit.Strand broad = toolkit.strand(StrandKind.OUTCOMES, hope);
        assertThat(broad.entries()).as("our four and the music study").isEqualTo(5);
        assertThat(broad.rated()).isEqualTo(3);
        assertThat(broad.typicalLevel()).isEqualTo(4);
        assertThat(broad.narrower()).extracting(c -> c.slug()).containsExactly(grit);
        assertThat(broad.findings()).as("across art forms")
            .containsEntry(Direction.POSITIVE, 2L).containsEntry(Direction.NEGATIVE, 1L).containsEntry(Direction.MIXED, 1L)
            .containsEntry(Direction.NO_DIFFERENCE, 1L).containsEntry(Direction.NOT_TESTED, 1L);
        assertThat(broad.positivePercent()).isEqualTo(40);
        assertThat(broad.costEntries()).isEqualTo(2);
        assertThat(broad.costs()).extracting(Toolkit.CostNote::title).as("strongest first")
            .containsExactly("Trial one " + marker, "Music study " + marker);
        assertThat(broad.searchHref()).isEqualTo("/evidence?outcome=" + hope + "&outcome=" + grit);

        Toolkit.Strand narrow = toolkit.strand(StrandKind.OUTCOMES, grit);
        assertThat(narrow.entries()).isEqualTo(2);
        assertThat(narrow.broader().slug()).isEqualTo(hope);
        assertThat(narrow.findings()).as("only the findings on grit, not trial one's finding on hope")
            .containsEntry(Direction.POSITIVE, 1L).containsEntry(Direction.NEGATIVE, 1L).containsEntry(Direction.MIXED, 0L);
        assertThat(narrow.positivePercent()).isEqualTo(50);

        Toolkit.Headline headline = toolkit.headlines(StrandKind.OUTCOMES).stream()
            .filter(h -> h.concept().slug().equals(hope)).findFirst().orElseThrow();
        assertThat(headline.entries()).isEqualTo(5);
        assertThat(headline.typicalLevel()).isEqualTo(4);
        assertThat(headline.positiveFindings()).isEqualTo(2);
        assertThat(headline.measuredFindings()).isEqualTo(5);

        String page = page("/evidence/toolkit/outcomes/" + grit);
        assertThat(page).contains("Part of <a href=\"/evidence/toolkit/outcomes/" + hope + "\"");
        wellFormed(page);
    }

    @Test
    void anOutcomeDrawsTheEffectSizesOfItsStudiesInAForestPlotPerMetric() throws Exception {
        effect("Trial one", hope, "0.31", "Cohen's d", "0.12", "0.50");
        effect("Music study", hope, "0.05", "d", null, null);
        effect("Trial two", grit, "1.8", "odds ratio", "1.1", "2.9");
        // neither a qualitative study's number nor a draft's is drawn
        effect("Interviews", hope, "0.9", "Cohen's d", null, null);
        effect("Draft", hope, "0.7", "Cohen's d", null, null);

        Toolkit.Strand broad = toolkit.strand(StrandKind.OUTCOMES, hope);
        assertThat(broad.measured()).as("strongest study first, the narrower outcome's finding included")
            .extracting(Toolkit.MeasuredFinding::title)
            .containsExactly("Trial one " + marker, "Music study " + marker, "Trial two " + marker);
        assertThat(toolkit.strand(StrandKind.OUTCOMES, grit).measured()).extracting(Toolkit.MeasuredFinding::title)
            .as("only the findings on grit").containsExactly("Trial two " + marker);
        assertThat(toolkit.strand(StrandKind.ART_FORMS, art).measured()).as("art forms have no plot across outcomes").isEmpty();

        String page = page("/evidence/toolkit/outcomes/" + hope);
        assertThat(page).contains("Effect sizes across the studies")
            .contains("<figcaption>Cohen&#39;s d</figcaption>").contains("<figcaption>Odds ratio</figcaption>")
            .contains("d by study</title>").contains(">Study</text>").contains("<th scope=\"col\">Study</th>")
            .doesNotContain("Interviews " + marker + " (2018)").doesNotContain("0.90");
        assertThat(rowCells(page, "Trial one " + marker + " (2021)")).containsExactly("Not stated", "0.31", "0.12", "0.50", "95%");
        assertThat(rowCells(page, "Music study " + marker + " (2017)")).containsExactly("Not stated", "0.05", "Not reported",
                "Not reported", "Not reported");
        assertThat(rowCells(page, "Trial two " + marker + " (2019)")).containsExactly("Not stated", "1.8", "1.1", "2.9", "95%");
        wellFormed(page);
        assertThat(page("/evidence/toolkit/art-forms/" + art)).doesNotContain("Effect sizes across the studies");
    }

    @Test
    void levelsNoEditorHasConfirmedAreNotCountedAsRated() {
        assertThat(jdbc.queryForObject("select strength_level from evidence_entry where slug = ?", Integer.class, slug("Before and after")))
            .as("it has a level, only not a confirmed one").isEqualTo(2);
        Toolkit.Strand strand = toolkit.strand(StrandKind.ART_FORMS, art);
        assertThat(strand.levels().get(2)).isZero();
        assertThat(strand.unrated()).as("the unconfirmed level and the qualitative study").isEqualTo(2);
        assertThat(strand.strongest().get(2).level()).isNull();
    }

    @Test
    void qualitativeStudiesAreCountedApart() {
        Toolkit.Strand strand = toolkit.strand(StrandKind.ART_FORMS, art);
        assertThat(strand.qualitative()).isEqualTo(1);
        assertThat(strand.qualitativeFindings()).containsEntry(Direction.POSITIVE, 1L);
        assertThat(strand.allQualitativeFindings()).isEqualTo(1);
        assertThat(strand.allFindings()).as("the interviews' finding is not among the others").isEqualTo(5);
        assertThat(strand.strongest()).filteredOn(Toolkit.EntryLink::qualitative).extracting(Toolkit.EntryLink::title)
            .containsExactly("Interviews " + marker);
    }

    @Test
    void theIndexListsEveryArtFormAndOutcomeWithItsHeadlineFigures() throws Exception {
        Toolkit.Headline ours = toolkit.headlines(StrandKind.ART_FORMS).stream()
            .filter(h -> h.concept().slug().equals(art)).findFirst().orElseThrow();
        assertThat(ours.entries()).isEqualTo(4);
        assertThat(ours.rated()).isEqualTo(2);
        assertThat(ours.typicalLevel()).isEqualTo(3);
        assertThat(ours.positivePercent()).isEqualTo(50);
        assertThat(toolkit.headlines(StrandKind.OUTCOMES).stream().filter(h -> h.concept().slug().equals(grit)).findFirst()
            .orElseThrow().narrower()).isTrue();

        String page = page("/evidence/toolkit");
        assertThat(page).contains("href=\"/evidence/toolkit/art-forms/" + art + "\"")
            .contains("href=\"/evidence/toolkit/outcomes/" + hope + "\"")
            .contains("href=\"/evidence/toolkit/outcomes/" + grit + "\"")
            .contains("(2 of 4)");
        wellFormed(page);
    }

    @Test
    void theLibraryAndItsEntriesLinkToTheToolkit() throws Exception {
        assertThat(page("/evidence")).contains("href=\"/evidence/toolkit\"");
        assertThat(page("/evidence/" + slug("Trial one"))).contains("href=\"/evidence/toolkit/art-forms/" + art + "\"")
            .contains("href=\"/evidence/toolkit/outcomes/" + grit + "\"");
    }

    @Test
    void theSitemapListsTheToolkitAndEveryStrandWithStudies() throws Exception {
        assertThat(page("/sitemap.xml")).contains("/evidence/toolkit</loc>")
            .contains("/evidence/toolkit/art-forms/" + art + "</loc>").contains("/evidence/toolkit/outcomes/" + grit + "</loc>");
    }

    @Test
    void anEditorWritesASummaryWhichIsSanitisedAndShown() throws Exception {
        String address = "/evidence/toolkit/outcomes/" + grit;
        assertThat(page(address)).contains("The editors have not written a summary for <span>" + marker + "grit</span> yet.");

        TestAccounts.Created editor = accounts.create(Role.MEMBER, Role.EDITOR);
        String form = mvc.perform(get("/admin" + address).with(editor.login())).andReturn().getResponse().getContentAsString();
        assertThat(form).contains("name=\"summary\"").contains("name=\"version\" value=\"\"");
        assertThat(mvc.perform(get("/admin/evidence/toolkit").with(editor.login())).andReturn().getResponse().getContentAsString())
            .contains("href=\"/admin" + address + "\"");

        String written = "## What the studies show\r\n\r\nMostly *encouraging*. <script>alert('x')</script>"
                + " [Read more](javascript:alert(1)) and [the strength scale](/evidence/strength).";
        var saved = mvc.perform(post("/admin" + address).with(editor.login()).with(csrf()).param("summary", written).param("version", ""))
            .andReturn().getResponse();
        assertThat(saved.getRedirectedUrl()).isEqualTo("/admin" + address);

        String page = page(address);
        assertThat(page).contains("<h2>What the studies show</h2>").contains("<em>encouraging</em>")
            .contains("href=\"/evidence/strength\"")
            .doesNotContain("<script>alert").doesNotContain("javascript:")
            .doesNotContain("have not written a summary")
            .contains("Last changed");
        String changedBy = jdbc.queryForObject("select changed_by from evidence_toolkit_summary where vocabulary = 'OUTCOME'"
                + " and concept_slug = ?", String.class, grit);
        assertThat(changedBy).isNotBlank();
        assertThat(page).contains("by <span>" + changedBy + "</span>");
        assertThat(jdbc.queryForObject("select body from evidence_toolkit_summary where concept_slug = ?", String.class, grit))
            .as("stored as written, line ends made plain").startsWith("## What the studies show\n\nMostly");

        // a colleague who opened the empty form before that save does not overwrite it
        String stale = mvc.perform(post("/admin" + address).with(editor.login()).with(csrf()).param("summary", "Something else")
                .param("version", "")).andReturn().getResponse().getContentAsString();
        assertThat(stale).contains("Another editor changed this summary").contains("Mostly *encouraging*");
        assertThat(page(address)).contains("<em>encouraging</em>").doesNotContain("Something else");

        // emptying the summary removes it
        long version = jdbc.queryForObject("select version from evidence_toolkit_summary where concept_slug = ?", Long.class, grit);
        mvc.perform(post("/admin" + address).with(editor.login()).with(csrf()).param("summary", "  ")
            .param("version", String.valueOf(version)));
        assertThat(page(address)).contains("have not written a summary");
    }

    @Test
    void anOverlongSummaryIsRefusedWithTheTextKept() throws Exception {
        TestAccounts.Created editor = accounts.create(Role.MEMBER, Role.EDITOR);
        String address = "/admin/evidence/toolkit/art-forms/" + art;
        String answer = mvc.perform(post(address).with(editor.login()).with(csrf()).param("summary", "x".repeat(20_001))
            .param("version", "not a number")).andReturn().getResponse().getContentAsString();
        assertThat(answer).contains("There is a problem").contains("Keep the summary under 20,000 characters").contains("x".repeat(200));
        assertThat(jdbc.queryForObject("select count(*) from evidence_toolkit_summary where concept_slug = ?", Integer.class, art))
            .isZero();
    }

    @Test
    void aMemberCannotWriteASummary() throws Exception {
        TestAccounts.Created member = accounts.create(Role.MEMBER);
        String address = "/admin/evidence/toolkit/art-forms/" + art;
        assertThat(mvc.perform(get("/admin/evidence/toolkit").with(member.login())).andReturn().getResponse().getStatus()).isEqualTo(403);
        assertThat(mvc.perform(get(address).with(member.login())).andReturn().getResponse().getStatus()).isEqualTo(403);
        assertThat(mvc.perform(post(address).with(member.login()).with(csrf()).param("summary", "Mine now").param("version", ""))
            .andReturn().getResponse().getStatus()).isEqualTo(403);
        assertThat(jdbc.queryForObject("select count(*) from evidence_toolkit_summary where concept_slug = ?", Integer.class, art))
            .isZero();
    }

    @Test
    void unknownStrandsGiveTheNotFoundPage() throws Exception {
        TestAccounts.Created editor = accounts.create(Role.MEMBER, Role.EDITOR);
        for (String address : List.of("/evidence/toolkit/art-forms/no-such-art", "/evidence/toolkit/outcomes/no-such-outcome",
                "/evidence/toolkit/outcomes/" + art, "/evidence/toolkit/art-forms/" + "x".repeat(2_000))) {
            var response = mvc.perform(get(address)).andReturn().getResponse();
            assertThat(response.getStatus()).as(address).isEqualTo(404);
            assertThat(mvc.perform(get("/admin" + address).with(editor.login())).andReturn().getResponse().getStatus()).isEqualTo(404);
            assertThat(mvc.perform(post("/admin" + address).with(editor.login()).with(csrf()).param("summary", "Text"))
                .andReturn().getResponse().getStatus()).isEqualTo(404);
        }
    }

    private String add(Vocabulary vocabulary, String label, String parent) {
        var concept = taxonomy.add(vocabulary, new TaxonomyService.ConceptDetails(label, List.of(), parent, null));
        concepts.add(concept.id());
        return concept.slug();
    }

    private String slug(String title) {
        return jdbc.queryForObject("select slug from evidence_entry where title = ?", String.class, title + " " + marker);
    }

    private void effect(String title, String outcome, String effect, String metric, String lower, String upper) {
        jdbc.update("update evidence_finding set effect_size = ?::numeric, metric = ?, interval_lower = ?::numeric,"
                + " interval_upper = ?::numeric, interval_level = ?::int"
                + " where entry_id = (select id from evidence_entry where slug = ?) and outcome = ?",
                effect, metric, lower, upper, lower == null ? null : 95, slug(title), outcome);
    }

    private void level(String title, Integer level) {
        jdbc.update("update evidence_entry set strength_level = ?, strength_confirmed_at = null, strength_confirmed_by = null"
                + " where slug = ?", level, slug(title));
    }

    private static String row(String title, int year, String artForm, String method, String outcomes, String findings) {
        return String.join("\t", title, "Ada Example", String.valueOf(year), "Example Press", "evaluation report", artForm, "prison",
                method, outcomes, "250 adults", "independent", findings);
    }

    private static String finding(String outcome, String direction) {
        return outcome + " | " + direction + " |  |  |  | ";
    }

    private String page(String address) throws Exception {
        var response = mvc.perform(get(address)).andReturn().getResponse();
        assertThat(response.getStatus()).as(address).isEqualTo(200);
        return response.getContentAsString();
    }

    /** The cells of the table row headed by these words. */
    private static List<String> rowCells(String page, String heading) {
        Matcher row = Pattern.compile("<tr>\\s*<th scope=\"row\">(?:<span[^>]*>)?" + Pattern.quote(heading)
                + "(?:</span>)?</th>(.*?)</tr>", Pattern.DOTALL).matcher(page);
        assertThat(row.find()).as("a row headed " + heading).isTrue();
        List<String> cells = new ArrayList<>();
        Matcher cell = Pattern.compile("<td>(.*?)</td>", Pattern.DOTALL).matcher(row.group(1));
        while (cell.find()) {
            cells.add(cell.group(1).strip());
        }
        return cells;
    }

    /** Headings that go down one level at a time, tables with captions and scoped headers, and under 100 KB. */
    private static void wellFormed(String page) {
        assertThat(page.getBytes(java.nio.charset.StandardCharsets.UTF_8).length).isLessThan(100_000);
        Matcher heading = Pattern.compile("<h([1-6])[ >]").matcher(page);
        int previous = 0;
        while (heading.find()) {
            int level = Integer.parseInt(heading.group(1));
            assertThat(level).as("a heading after an h" + previous).isLessThanOrEqualTo(previous + 1);
            previous = level;
        }
        assertThat(page.split("<table", -1).length).isEqualTo(page.split("<caption", -1).length);
        assertThat(page).doesNotContain("<th>");
    }
}
