package uk.org.ncjaa.springboard.evidence;

import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;

import uk.org.ncjaa.springboard.evidence.imports.EvidenceImport;
import uk.org.ncjaa.springboard.evidence.imports.ImportReport;
import uk.org.ncjaa.springboard.evidence.imports.ImportReport.Action;
import uk.org.ncjaa.springboard.support.SpringboardTest;

import static org.assertj.core.api.Assertions.assertThat;

@SpringboardTest
class EvidenceImportTests {

    private static final String HEADER = "id\ttitle\tauthors\tyear\tpublisher_or_org\tdoc_type\tart_form\tsetting\tpopulation"
            + "\toutcomes_studied\tmethod\tsample_size\turl\tcertainty";

    @Autowired
    EvidenceImport importer;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void importsEveryRealRecordOnceAndNeverDropsOne() throws Exception {
        ImportReport first = importer.run(seed(), true);
        assertThat(first.rows()).hasSize(65);
        assertThat(first.count(Action.REJECTED)).isZero();
        assertThat(first.count(Action.CREATE) + first.count(Action.ALREADY_PRESENT)).isEqualTo(65);

        ImportReport again = importer.run(seed(), true);
        assertThat(again.count(Action.CREATE)).as("re-importing creates no duplicates").isZero();
        assertThat(again.count(Action.ALREADY_PRESENT)).isEqualTo(65);

        Long entry = jdbc.queryForObject("select id from evidence_entry where title like 'Re-imagining futures%'", Long.class);
        assertThat(jdbc.queryForList("select slug from evidence_tag where entry_id = ? and vocabulary = 'ART_FORM'", String.class,
                entry)).contains("visual-arts", "music", "creative-writing");
        assertThat(jdbc.queryForList("select slug from evidence_tag where entry_id = ? and vocabulary = 'SETTING'", String.class,
                entry)).contains("prison", "adult-prison-women");
        assertThat(jdbc.queryForList("select name from evidence_contributor where entry_id = ? and role = 'AUTHOR' order by position",
                String.class, entry)).containsExactly("Charlotte Bilby", "Laura Caulfield", "Louise Ridley");
        assertThat(jdbc.queryForObject("select count(*) from evidence_unmapped where entry_id = ?", Long.class, entry))
            .as("catalogue text that matched no concept is kept for a curator").isPositive();
        assertThat(jdbc.queryForObject("select status from evidence_entry where id = ?", String.class, entry)).isEqualTo("PUBLISHED");
    }

    @Test
    void aDryRunReportsTheMappingAndWritesNothing() {
        String title = "Dry run " + UUID.randomUUID();
        ImportReport report = importer.dryRun(tsv(row(title, "2019", "drama; painting", "women's prison", "matched control group")));
        ImportReport.Row row = report.rows().get(0);
        assertThat(row.action()).isEqualTo(Action.CREATE);
        assertThat(row.tags()).containsEntry("Art forms", java.util.List.of("Theatre", "Visual arts"));
        assertThat(row.tags().get("Study designs")).containsExactly("Quasi-experimental with matched comparison");
        assertThat(jdbc.queryForObject("select count(*) from evidence_entry where title = ?", Long.class, title)).isZero();
    }

    @Test
    void badRowsAreRejectedWithReasonsAndTheRestStillImport() {
        String good = "Good row " + UUID.randomUUID();
        ImportReport report = importer.run(tsv(
                row("", "2019", "music", "prison", ""),
                row("Bad year " + UUID.randomUUID(), "20x9", "music", "prison", ""),
                "only\ttwo",
                row(good, "2020", "music", "prison", "randomised controlled trial")), false);
        assertThat(report.rows()).extracting(ImportReport.Row::action)
            .containsExactly(Action.REJECTED, Action.REJECTED, Action.REJECTED, Action.CREATE);
        assertThat(report.rows().get(0).problems()).containsExactly("The title is empty.");
        assertThat(report.rows().get(1).problems()).containsExactly("The year '20x9' is not a four-digit year.");
        assertThat(report.rows().get(2).problems().get(0)).startsWith("This row has 2 cells but the header has 14");
        assertThat(report.rows().get(3).line()).isEqualTo(5);
        assertThat(jdbc.queryForMap("select status, strength_level from evidence_entry where title = ?", good))
            .containsEntry("status", "DRAFT").as("a trial with no results recorded is not rated yet").containsEntry("strength_level", null);
    }

    @Test
    void demoRecordsCarryFindingsSummariesAndDetails() throws Exception {
        ImportReport report = importer.run(new InputStreamReader(new ClassPathResource("evidence/demo-records.tsv").getInputStream(),
                StandardCharsets.UTF_8), true);
        assertThat(report.rows().stream().filter(row -> row.action() == Action.REJECTED).map(ImportReport.Row::problems))
            .as("every demo record imports").isEmpty();
        assertThat(report.count(Action.CREATE) + report.count(Action.ALREADY_PRESENT)).isEqualTo(report.rows().size());
        assertThat(jdbc.queryForObject("""
                select count(*) from evidence_finding f join evidence_entry e on e.id = f.entry_id
                where e.source_certainty = 'fictional' and f.effect_size is not null""", Long.class)).isPositive();
        assertThat(jdbc.queryForList("""
                select distinct f.direction from evidence_finding f""", String.class))
            .contains("POSITIVE", "NO_DIFFERENCE", "NEGATIVE");
        assertThat(jdbc.queryForObject("""
                select count(*) from evidence_entry where source_certainty = 'fictional' and (summary is null or independence is null)""",
                Long.class)).isZero();
    }

    @Test
    void findingsAreParsedAndBadOnesExplained() {
        String title = "Findings " + UUID.randomUUID();
        String header = HEADER + "\tfindings\tindependence\tpeer_reviewed";
        String ok = row(title, "2021", "music", "prison", "randomised controlled trial")
                + "\tproven reoffending | positive | -0.12 | odds ratio | 12 months | high || wellbeing | no difference |  |  | end of programme | "
                + "\tindependent\tyes";
        String bad = row("Bad " + title, "2021", "music", "prison", "") + "\tflying | sideways | lots |  |  | sure\tmaybe\tperhaps";
        ImportReport report = importer.run(new StringReader(header + "\n" + ok + "\n" + bad + "\n"), false);
        assertThat(report.rows().get(0).action()).isEqualTo(Action.CREATE);
        assertThat(report.rows().get(1).action()).isEqualTo(Action.REJECTED);
        assertThat(report.rows().get(1).problems()).containsExactly(
                "Independence 'maybe' should be independent, commissioned or internal.",
                "Peer reviewed 'perhaps' should be yes or no.",
                "The finding's outcome 'flying' matches no outcome in the vocabulary.");
        Long id = jdbc.queryForObject("select id from evidence_entry where title = ?", Long.class, title);
        assertThat(jdbc.queryForList("select outcome || ':' || direction || ':' || coalesce(effect_size::text, '-') from evidence_finding"
                + " where entry_id = ? order by position", String.class, id))
            .containsExactly("proven-reoffending:POSITIVE:-0.120", "wellbeing:NO_DIFFERENCE:-");
        assertThat(jdbc.queryForMap("select independence, peer_reviewed, data_type from evidence_entry where id = ?", id))
            .containsEntry("independence", "INDEPENDENT").containsEntry("peer_reviewed", true).containsEntry("data_type", "QUANTITATIVE");
    }

    @Test
    void aFileWithoutTitlesIsRefusedWithTheColumnsItHas() {
        ImportReport report = importer.dryRun(new StringReader("name\tyear\nSomething\t2020\n"));
        assertThat(report.rows()).singleElement().satisfies(row -> {
            assertThat(row.action()).isEqualTo(Action.REJECTED);
            assertThat(row.problems().get(0)).contains("no 'title' column").contains("name, year");
        });
    }

    private static String row(String title, String year, String artForm, String setting, String method) {
        return String.join("\t", "X1", title, "Ada Example; Arts Trust", year, "Example Press", "evaluation report", artForm,
                setting, "adult male prisoners", "wellbeing", method, "", "https://example.org/report", "seen");
    }

    private static Reader tsv(String... rows) {
        return new StringReader(HEADER + "\n" + String.join("\n", rows) + "\n");
    }

    private static Reader seed() throws Exception {
        return new InputStreamReader(new ClassPathResource("evidence/seed-records.tsv").getInputStream(), StandardCharsets.UTF_8);
    }
}
