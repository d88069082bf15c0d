package uk.org.ncjaa.springboard.evidence;

import java.io.StringReader;
import java.util.UUID;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import uk.org.ncjaa.springboard.accounts.Role;
import uk.org.ncjaa.springboard.evidence.imports.EvidenceImport;
import uk.org.ncjaa.springboard.evidence.imports.ImportReport;
import uk.org.ncjaa.springboard.support.SpringboardTest;
import uk.org.ncjaa.springboard.support.TestAccounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Findings with their effect sizes and confidence intervals, from the import through the curation
 * form to the entry page and the API.
 */
@SpringboardTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FindingsTests {

    private static final String HEADER = "title\tauthors\tyear\tpublisher_or_org\tdoc_type\tart_form\tsetting\tmethod"
            + "\toutcomes_studied\tsample_size\tindependence\tfindings";

    private static final String FINDINGS = "Mental wellbeing | positive | 0.31 [0.12, 0.50] | Cohen's d | end of programme | high"
            + " || Proven reoffending | positive | -4.3 [90% CI -7.6 to -1.0] | percentage points | 12 months | moderate"
            + " || Emotional regulation | positive | 0.22 | Cohen's d | end of programme | moderate"
            + " || Adjudications and behaviour in custody | no difference | 0.96 [0.78, 1.18] | rate ratio | 6 months | moderate"
            + " || Teamwork | positive |  |  | end of programme | low";

    // a made-up word in every title keeps these tests to their own entries, whatever else the database holds
    private final String marker = "zq" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);

    private String slug;

    @Autowired
    EvidenceImport importer;

    @Autowired
    TestAccounts accounts;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeAll
    void importAnEntryWithIntervals() {
        ImportReport report = importer.run(new StringReader(HEADER + "\n" + row("A drumming trial " + marker, FINDINGS) + "\n"), true);
        assertThat(report.rows()).singleElement().satisfies(row -> assertThat(row.problems()).isEmpty());
        slug = jdbc.queryForObject("select slug from evidence_entry where title = ?", String.class, "A drumming trial " + marker);
    }

    @Test
    void importsIntervalsWrittenInTheEffectCell() {
        assertThat(jdbc.queryForList("""
                select f.outcome || ' ' || f.effect_size || ' ' || coalesce(f.interval_lower::text, '-') || ' '
                    || coalesce(f.interval_upper::text, '-') || ' ' || coalesce(f.interval_level::text, '-')
                from evidence_finding f join evidence_entry e on e.id = f.entry_id where e.slug = ? and f.effect_size is not null
                order by f.position""", String.class, slug))
            .containsExactly("mental-wellbeing 0.310 0.120 0.500 95", "proven-reoffending -4.300 -7.600 -1.000 90",
                    "emotional-regulation 0.220 - - -", "adjudications-and-behaviour-in-custody 0.960 0.780 1.180 95");
    }

    @Test
    void explainsAnIntervalThatDoesNotSurroundItsEffect() {
        ImportReport report = importer.dryRun(new StringReader(HEADER + "\n"
                + row("Bad interval " + marker, "Mental wellbeing | positive | 0.31 [0.40, 0.50] | Cohen's d |  | ") + "\n"
                + row("Bad level " + marker, "Mental wellbeing | positive | 0.31 [20% CI 0.10, 0.50] | Cohen's d |  | ") + "\n"
                + row("Bad text " + marker, "Mental wellbeing | positive | 0.31 (0.10-0.50) | Cohen's d |  | ") + "\n"));
        assertThat(report.rows()).extracting(ImportReport.Row::action).containsOnly(ImportReport.Action.REJECTED);
        assertThat(report.rows().get(0).problems()).containsExactly("The finding's confidence interval in '0.31 [0.40, 0.50]' should run"
                + " from a lower bound to an upper bound around the effect size.");
        assertThat(report.rows().get(1).problems()).singleElement().asString().contains("percentage from 50 to 99");
        assertThat(report.rows().get(2).problems()).singleElement().asString().contains("0.31 [0.12, 0.50]");
    }

    @Test
    void theEntryPageReadsEffectsInWordsWithTheirIntervals() throws Exception {
        Document page = entryPage();
        String findings = page.getElementById("findings-heading").parent().select("table").first().text();
        assertThat(findings).contains("Cohen's d 0.31 (95% CI 0.12 to 0.50)")
            .contains("Positive: fewer people reoffended")
            .contains("risk difference -4.3 percentage points (90% CI -7.6 to -1.0)")
            .contains("Cohen's d 0.22")
            .contains("rate ratio 0.96 (95% CI 0.78 to 1.18)")
            .contains("Not measured")
            .doesNotContain("-4.300").doesNotContain("▲").doesNotContain("▼");
    }

    @Test
    void theEntryPageDrawsAForestPlotForEachMetricWithATableOfTheSameNumbers() throws Exception {
        Document page = entryPage();
        var figures = page.select("figure.forest");
        assertThat(figures).extracting(figure -> figure.select("figcaption").text())
            .containsExactly("Cohen's d", "Risk difference (percentage points)", "Rate ratio");
        for (var figure : figures) {
            var svg = figure.selectFirst("svg");
            assertThat(svg.attr("role")).isEqualTo("img");
            String[] labelledBy = svg.attr("aria-labelledby").split(" ");
            assertThat(svg.selectFirst("title").id()).isEqualTo(labelledBy[0]);
            assertThat(svg.selectFirst("title").text()).startsWith("Forest plot: ");
            assertThat(svg.selectFirst("desc").id()).isEqualTo(labelledBy[1]);
            assertThat(page.select("[id=" + labelledBy[0] + "]")).as("ids are unique on the page").hasSize(1);

            var rows = figure.select("table tbody tr");
            assertThat(figure.select("table caption").text()).startsWith("The numbers in the plot of");
            assertThat(figure.select("table th[scope=col]")).hasSize(6);
            assertThat(svg.select("rect.point")).as("a point for each finding").hasSameSizeAs(rows);
            var values = svg.select("text.value");
            for (int i = 0; i < rows.size(); i++) {
                var cells = rows.get(i).select("td");
                // cells after the outcome: time point, effect size, lower bound, upper bound, level
                String estimate = cells.get(1).text() + (cells.get(2).text().equals("Not reported") ? ""
                        : " (" + cells.get(2).text() + " to " + cells.get(3).text() + ")");
                assertThat(values.get(i).text()).as("the plot and its table give the same numbers").isEqualTo(estimate);
                assertThat(rows.get(i).selectFirst("th[scope=row]").text()).isNotBlank();
            }
        }
        var differences = figures.get(0);
        assertThat(differences.select("table tbody tr").get(0).text()).isEqualTo("Mental wellbeing end of programme 0.31 0.12 0.50 95%");
        assertThat(differences.select("table tbody tr").get(1).text())
            .isEqualTo("Emotional regulation end of programme 0.22 Not reported Not reported Not reported");
        assertThat(figures.get(1).select("svg text.value").text()).isEqualTo("-4.3 (-7.6 to -1.0)");
        assertThat(figures.get(2).select("svg text").text()).contains("Rate ratio (log scale)");
    }

    @Test
    void anEntryWithoutEffectSizesHasNoPlot() throws Exception {
        String title = "A qualitative study " + marker;
        importer.run(new StringReader(HEADER + "\n" + row(title, "Teamwork | positive |  |  | end of programme | low") + "\n"), true);
        String plain = jdbc.queryForObject("select slug from evidence_entry where title = ?", String.class, title);
        Document page = Jsoup.parse(mvc.perform(get("/evidence/" + plain)).andReturn().getResponse().getContentAsString());
        assertThat(page.select("figure.forest, svg")).isEmpty();
        assertThat(page.getElementById("findings-heading")).isNotNull();
    }

    @Test
    void theApiGivesEachIntervalWithItsLevel() throws Exception {
        mvc.perform(get("/api/v1/evidence/" + slug))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.findings[0].effectSize").value(0.31))
            .andExpect(jsonPath("$.findings[0].confidenceInterval.lower").value(0.12))
            .andExpect(jsonPath("$.findings[0].confidenceInterval.upper").value(0.5))
            .andExpect(jsonPath("$.findings[0].confidenceInterval.level").value(95))
            .andExpect(jsonPath("$.findings[1].direction").value("POSITIVE"))
            .andExpect(jsonPath("$.findings[1].effectSize").value(-4.3))
            .andExpect(jsonPath("$.findings[1].confidenceInterval.lower").value(-7.6))
            .andExpect(jsonPath("$.findings[1].confidenceInterval.level").value(90))
            .andExpect(jsonPath("$.findings[2].confidenceInterval").value(nullValue()));
    }

    @Test
    void theCurationFormChecksIntervalsAndKeepsWhatWasTyped() throws Exception {
        String title = "A curated trial " + marker;
        importer.run(new StringReader(HEADER + "\n" + row(title, "") + "\n"), true);
        String curated = jdbc.queryForObject("select slug from evidence_entry where title = ?", String.class, title);
        TestAccounts.Created editor = accounts.create(Role.MEMBER, Role.EDITOR);

        String form = mvc.perform(post("/admin/evidence/" + curated).with(editor.login()).with(csrf()).param("title", title)
                .param("findings[0].outcome", "mental-wellbeing").param("findings[0].direction", "POSITIVE")
                .param("findings[0].effectSize", "0.31").param("findings[0].intervalLower", "0.4").param("findings[0].intervalUpper", "0.2")
                .param("findings[1].outcome", "hope").param("findings[1].direction", "POSITIVE")
                .param("findings[1].effectSize", "0.2").param("findings[1].intervalLower", "0.1")
                .param("findings[2].outcome", "agency").param("findings[2].direction", "POSITIVE")
                .param("findings[2].effectSize", "0.2").param("findings[2].intervalLower", "low").param("findings[2].intervalUpper", "0.3")
                .param("findings[2].intervalLevel", "120"))
            .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        Document page = Jsoup.parse(form);
        assertThat(errorBeside(page, "findings0.intervalLower")).isEqualTo("Finding 1: the lower bound must not be above the effect size");
        assertThat(errorBeside(page, "findings0.intervalUpper")).isEqualTo("Finding 1: the upper bound must not be below the effect size");
        assertThat(errorBeside(page, "findings1.intervalUpper")).isEqualTo("Finding 2: enter the upper bound too, or neither bound");
        assertThat(errorBeside(page, "findings2.intervalLower")).isEqualTo("Finding 3: the lower bound must be a number like 0.12");
        assertThat(errorBeside(page, "findings2.intervalLevel"))
            .isEqualTo("Finding 3: the confidence level must be a whole percentage from 50 to 99, such as 95");
        assertThat(page.getElementById("findings0.intervalLower").val()).as("input kept").isEqualTo("0.4");
        assertThat(page.getElementById("findings0.intervalUpper").val()).isEqualTo("0.2");
        assertThat(page.getElementById("findings2.intervalLower").val()).isEqualTo("low");
        assertThat(page.getElementById("findings2.intervalLevel").val()).isEqualTo("120");

        mvc.perform(post("/admin/evidence/" + curated).with(editor.login()).with(csrf()).param("title", title)
                .param("findings[0].outcome", "mental-wellbeing").param("findings[0].direction", "POSITIVE").param("findings[0].metric", "d")
                .param("findings[0].effectSize", "0.31").param("findings[0].intervalLower", "0.12").param("findings[0].intervalUpper", "0.5"))
            .andExpect(redirectedUrl("/admin/evidence/" + curated));
        assertThat(jdbc.queryForMap("""
                select f.interval_lower::text as lower, f.interval_upper::text as upper, f.interval_level as level
                from evidence_finding f join evidence_entry e on e.id = f.entry_id where e.slug = ?""", curated))
            .containsEntry("lower", "0.120").containsEntry("upper", "0.500").containsEntry("level", 95);
        Document edit = Jsoup.parse(mvc.perform(get("/admin/evidence/" + curated).with(editor.login())).andReturn().getResponse()
            .getContentAsString());
        assertThat(edit.getElementById("findings0.intervalLower").val()).as("the saved interval is shown for editing").isEqualTo("0.120");
        assertThat(edit.getElementById("findings0.intervalLevel").val()).isEqualTo("95");
    }

    private Document entryPage() throws Exception {
        return Jsoup.parse(mvc.perform(get("/evidence/" + slug)).andExpect(status().isOk()).andReturn().getResponse()
            .getContentAsString());
    }

    private static String errorBeside(Document page, String inputId) {
        return page.getElementById(inputId).parent().select(".field-error").text();
    }

    private static String row(String title, String findings) {
        return String.join("\t", title, "Ada Example", "2024", "Example Press", "evaluation report", "music", "prison",
                "randomised controlled trial", "wellbeing", "250 adults", "independent", findings);
    }
}
