package uk.org.ncjaa.springboard.evidence;

import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import java.util.List;
import java.util.Map;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import uk.org.ncjaa.springboard.accounts.Role;
import uk.org.ncjaa.springboard.evidence.imports.ImportTable;
import uk.org.ncjaa.springboard.evidence.search.EvidenceQuery;
import uk.org.ncjaa.springboard.evidence.search.EvidenceResults;
import uk.org.ncjaa.springboard.evidence.search.EvidenceSearch;
import uk.org.ncjaa.springboard.support.TestAccounts;

import uk.org.ncjaa.springboard.evidence.imports.EvidenceImport;
import uk.org.ncjaa.springboard.evidence.imports.ImportReport;
import uk.org.ncjaa.springboard.evidence.imports.ImportReport.Action;
import uk.org.ncjaa.springboard.support.SpringboardTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SpringboardTest
class EvidenceImportTests {

    private static final String HEADER = "id\ttitle\tauthors\tyear\tpublisher_or_org\tdoc_type\tart_form\tsetting\tpopulation"
            + "\toutcomes_studied\tmethod\tsample_size\turl\tcertainty";

    @Autowired
    EvidenceImport importer;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MockMvc mvc;

    @Autowired
    EvidenceSearch search;

    @Autowired
    TestAccounts accounts;

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

    // ---------------------------------------------------------------- the real catalogue records, as a research librarian maps them

    /** One record's expected mapping: each list holds concepts the record must have; design is the entry's own design. */
    private record Expected(String id, String design, List<String> settings, List<String> participants, List<String> artForms,
            List<String> regions, Integer sample, String bound) {
    }

    private static Expected record(String id, String design, List<String> settings, List<String> participants, List<String> artForms,
            List<String> regions, Integer sample, String bound) {
        return new Expected(id, design, settings, participants, artForms, regions, sample, bound);
    }

    @Test
    void realRecordsMapAsAResearchLibrarianWould() throws Exception {
        assertThat(importer.run(realRecords(), true).count(Action.REJECTED)).isZero();
        List<Expected> expected = List.of(
                // Scottish prisons named in the setting: the study is in Scotland; "230+" is at least 230
                record("R02", "qualitative-study", List.of("prison", "young-offender-institution"), List.of("people-in-prison"),
                        List.of("multi-arts", "music", "theatre", "visual-arts"), List.of("scotland"), 230, "AT_LEAST"),
                // before-after questionnaires with control groups, and a process study
                record("R03", "comparison-group-without-matching", List.of("prison"), List.of("people-in-prison", "audiences-and-the-public"),
                        List.of("music", "theatre"), List.of(), null, null),
                // a rapid evidence assessment is a review, whatever it reviewed
                record("R05", "systematic-review-or-meta-analysis", List.of("prison"), List.of(), List.of(), List.of(), null, null),
                // Justice Data Lab: matched comparison on the England and Wales reoffending data
                record("R10", "quasi-experimental-with-matched-comparison", List.of("prison"), List.of("people-in-prison"),
                        List.of("theatre"), List.of("england", "wales"), null, null),
                record("R12", "quasi-experimental-with-matched-comparison", List.of("prison", "community-after-release"), List.of(),
                        List.of("theatre"), List.of("england", "wales"), null, null),
                // HMP Parc is in Wales, the other six prisons in England
                record("R14", "qualitative-study", List.of("prison"), List.of("people-in-prison", "families-and-children-of-people-in-prison"),
                        List.of("theatre"), List.of("england", "wales"), 54, "EXACT"),
                record("R17", "qualitative-study", List.of("prison"), List.of("people-in-prison"), List.of("theatre"), List.of("england"), 9,
                        "EXACT"),
                record("R28", null, List.of("prison"), List.of("people-in-prison"), List.of("music"), List.of(), 71, "EXACT"),
                // "community (through the gate)": the bracket says which community setting
                record("R30", null, List.of("through-the-gate-and-resettlement"), List.of("people-after-release"), List.of("music"),
                        List.of(), 7, "EXACT"),
                // "youth justice settings" is the youth justice service, not the community after release
                record("R33", null, List.of("youth-justice-service"), List.of("young-people-in-the-youth-justice-system"), List.of("music"),
                        List.of("england", "wales"), 118, "EXACT"),
                record("R34", null, List.of("immigration-removal-centre"), List.of("detainees", "young-people-at-risk"), List.of("music"),
                        List.of("london", "england"), null, null),
                record("R37", "qualitative-study", List.of("prison"), List.of("people-in-prison"), List.of("multi-arts"), List.of(), null, null),
                record("R41", "qualitative-study", List.of("prison"), List.of("people-in-prison"), List.of("visual-arts"), List.of("england"),
                        16, "EXACT"),
                // an annotated bibliography of US studies: a review, international
                record("R44", "literature-review", List.of("prison"), List.of(), List.of("craft", "creative-writing", "dance", "theatre",
                        "music", "visual-arts", "radio-and-podcasts"), List.of("international"), 48, "EXACT"),
                // YOTs and ISS are the youth justice service; pre/post measures make a before-and-after design
                record("R49", "before-and-after-without-comparison", List.of("youth-justice-service"), List.of(), List.of("multi-arts"),
                        List.of(), 412, "EXACT"),
                record("R50", "before-and-after-without-comparison", List.of("youth-justice-service"), List.of("young-people-at-risk"),
                        List.of("multi-arts"), List.of(), 1142, "EXACT"),
                // "limitation: control groups" is what the study lacked, not its design
                record("R52", "qualitative-study", List.of("prison"), List.of(), List.of("theatre"), List.of("england"), 32, "EXACT"),
                record("R55", "process-or-implementation-evaluation", List.of("adult-prison-women", "prison"), List.of(), List.of("theatre"),
                        List.of(), null, null),
                record("R66", "evidence-and-gap-map", List.of(), List.of(), List.of("multi-arts"), List.of(), null, null),
                record("R68", null, List.of("prison"), List.of("people-in-prison", "artists-and-practitioners"), List.of("visual-arts"),
                        List.of("northern-ireland"), null, null),
                record("R71", null, List.of(), List.of("young-people-in-the-youth-justice-system", "people-after-release",
                        "audiences-and-the-public"), List.of("theatre"), List.of(), null, null),
                record("R81", "case-study", List.of("prison", "young-offender-institution"), List.of("people-in-prison"), List.of("multi-arts"),
                        List.of("scotland"), null, null),
                record("R85", "qualitative-study", List.of("prison"), List.of(), List.of("music"), List.of(), null, null));
        assertThat(expected).hasSizeGreaterThanOrEqualTo(20);
        SoftAssertions softly = new SoftAssertions();
        for (Expected e : expected) {
            long id = entryId(e.id());
            if (e.design() != null) {
                softly.assertThat(jdbc.queryForObject("select study_design from evidence_entry where id = ?", String.class, id))
                    .as(e.id() + " design").isEqualTo(e.design());
            }
            softly.assertThat(tags(id, "SETTING")).as(e.id() + " settings").containsAll(e.settings());
            softly.assertThat(tags(id, "PARTICIPANT")).as(e.id() + " participants").containsAll(e.participants());
            softly.assertThat(tags(id, "ART_FORM")).as(e.id() + " art forms").containsAll(e.artForms());
            softly.assertThat(tags(id, "REGION")).as(e.id() + " regions").containsAll(e.regions());
            if (e.regions().isEmpty()) {
                softly.assertThat(tags(id, "REGION")).as(e.id() + " has no place to infer a nation from").isEmpty();
            }
            Map<String, Object> sample = jdbc.queryForMap("select sample_count, sample_bound from evidence_entry where id = ?", id);
            softly.assertThat(sample.get("sample_count")).as(e.id() + " sample").isEqualTo(e.sample());
            softly.assertThat(sample.get("sample_bound")).as(e.id() + " sample bound").isEqualTo(e.bound());
        }
        softly.assertAll();
        // what would be wrong, as reported
        assertThat(tags(entryId("R49"), "SETTING")).as("YOTs are not the community after release").contains("youth-justice-service");
        assertThat(tags(entryId("R50"), "SETTING")).doesNotContain("community-after-release");
        assertThat(tags(entryId("R52"), "STUDY_DESIGN")).doesNotContain("comparison-group-without-matching");
        assertThat(tags(entryId("R52"), "LIMITATION")).contains("no-comparison-group");
        assertThat(tags(entryId("R42"), "LIMITATION")).contains("single-art-form", "small-sample", "self-reported-data");
        assertThat(tags(entryId("R05"), "STUDY_DESIGN")).doesNotContain("randomised-controlled-trial");
        assertThat(tags(entryId("R49"), "METHOD")).contains("pre-and-post-programme-measures", "administrative-data");
        assertThat(tags(entryId("R02"), "GENDER")).contains("mixed");
        assertThat(tags(entryId("R10"), "GENDER")).contains("men");
        assertThat(tags(entryId("R03"), "STUDY_DESIGN")).contains("comparison-group-without-matching");
        assertThat(jdbc.queryForObject("select strength_level from evidence_entry where id = ?", Integer.class, entryId("R03")))
            .as("a comparison design, but the catalogue records no results: not rated yet").isNull();
        assertThat(jdbc.queryForList("select value from evidence_unmapped where entry_id = ?", String.class, entryId("R71")))
            .as("1,000+ is kept whole").contains("1,000+").doesNotContain("1", "000+", "000");
    }

    @Test
    void doisAndJournalCitationsAreReadOutOfThePublisherColumn() throws Exception {
        importer.run(realRecords(), true);
        Map<String, Object> r38 = jdbc.queryForMap("select doi, publisher, container_title, volume, issue, pages from evidence_entry where id = ?",
                entryId("R38"));
        assertThat(r38).containsEntry("doi", "10.1111/hojo.12183").containsEntry("container_title", "The Howard Journal of Criminal Justice")
            .containsEntry("volume", "55").containsEntry("issue", "4").containsEntry("pages", "496-513");
        assertThat(r38.get("publisher")).as("the journal is not the publisher").isNull();
        Map<String, Object> r66 = jdbc.queryForMap("select doi, container_title, volume, issue, pages from evidence_entry where id = ?",
                entryId("R66"));
        assertThat(r66).containsEntry("doi", "10.1002/cl2.1255").containsEntry("container_title", "Campbell Systematic Reviews")
            .containsEntry("volume", "18").containsEntry("issue", "3").containsEntry("pages", "e1255");
        assertThat(jdbc.queryForMap("select container_title, issue from evidence_entry where id = ?", entryId("R55")))
            .containsEntry("container_title", "Prison Service Journal").containsEntry("issue", "239");
        assertThat(jdbc.queryForObject("select container_title from evidence_entry where id = ?", String.class, entryId("R85")))
            .isEqualTo("Journal of Offender Rehabilitation");
        for (String id : List.of("R37", "R38", "R55", "R60", "R66", "R85")) {
            assertThat(jdbc.queryForList("select name from evidence_contributor where entry_id = ? and kind = 'ORGANISATION'", String.class,
                    entryId(id))).as(id + ": a journal is not an organisation").noneMatch(name -> name.contains("Journal")
                            || name.contains("Reviews") || name.matches(".*\\d.*"));
        }
        assertThat(tags(entryId("R37"), "DOCUMENT_TYPE")).contains("journal-article");
    }

    @Test
    void aDoiAnywhereInARowIsStoredBareAndTakenOutOfItsColumn() {
        String title = "DOI anywhere " + UUID.randomUUID();
        String header = HEADER + "\tnotes";
        String line = String.join("\t", "X1", title, "Ada Example", "2020", "Example Press (DOI: 10.5555/Example.2020.7).",
                "journal article", "music", "prison", "prisoners", "wellbeing", "interviews", "n = 1,234",
                "https://doi.org/10.5555/example.2020.7 ; https://example.org/report", "seen", "see also doi 10.5555/other-9.");
        ImportReport report = importer.run(new StringReader(header + "\n" + line + "\n"), false);
        assertThat(report.rows().get(0).stored()).containsEntry("DOI", "10.5555/Example.2020.7").containsEntry("Publisher", "Example Press")
            .containsEntry("Sample size", "1,234");
        Map<String, Object> entry = jdbc.queryForMap("select id, doi, publisher, url, sample_count from evidence_entry where title = ?", title);
        assertThat(entry).containsEntry("doi", "10.5555/Example.2020.7").containsEntry("publisher", "Example Press")
            .containsEntry("url", "https://example.org/report").containsEntry("sample_count", 1234);
        assertThat(jdbc.queryForList("select value from evidence_unmapped where entry_id = ? and field = 'doi'", String.class, entry.get("id")))
            .as("a second DOI is kept for the curator, not dropped").containsExactly("10.5555/other-9");
    }

    @Test
    void importedEntriesClaimNoReviewUntilACuratorGivesOne() throws Exception {
        String title = "Unreviewed " + UUID.randomUUID();
        importer.run(tsv(row(title, "2019", "music", "prison", "interviews")), true);
        Map<String, Object> entry = jdbc.queryForMap("select slug, status, last_reviewed_at from evidence_entry where title = ?", title);
        assertThat(entry).containsEntry("status", "PUBLISHED");
        assertThat(entry.get("last_reviewed_at")).isNull();
        mvc.perform(get("/evidence/{slug}", entry.get("slug")))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("Not reviewed yet")));
    }

    @Test
    void aRisYearInWordsIsRefusedWithAReason() {
        String ris = "TY  - RPRT\nTI  - Year in words\nPY  - two thousand and ten\nER  - \n"
                + "TY  - RPRT\nTI  - Year unknown\nY1  - circa\nER  - \n"
                + "TY  - RPRT\nTI  - Year in digits " + UUID.randomUUID() + "\nPY  - 2010///\nER  - \n";
        ImportReport report = importer.dryRun(ImportTable.read(new StringReader(ris), ImportTable.Format.RIS));
        assertThat(report.rows()).extracting(ImportReport.Row::action).containsExactly(Action.REJECTED, Action.REJECTED, Action.CREATE);
        assertThat(report.rows().get(0).problems()).containsExactly("The year 'two thousand and ten' is not a four-digit year.");
        assertThat(report.rows().get(1).problems()).containsExactly("The year 'circa' is not a four-digit year.");
        assertThat(report.rows().get(2).stored()).containsEntry("Year", "2010");
    }

    @Test
    void unmappedTextIsShownToCuratorsGivenByTheApiAndSearchable() throws Exception {
        String marker = "zq" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        String title = "Unmapped words " + marker;
        importer.run(tsv(row(title, "2021", "music; interpretive " + marker + " weaving", "prison", "interviews")), true);
        Map<String, Object> entry = jdbc.queryForMap("select id, slug from evidence_entry where title = ?", title);
        assertThat(jdbc.queryForList("select value from evidence_unmapped where entry_id = ?", String.class, entry.get("id")))
            .contains("interpretive " + marker + " weaving");

        assertThat(search.search(new EvidenceQuery(marker, Map.of(), null, null, null, 1)).hits())
            .as("found by words only its unmapped text holds").extracting(EvidenceResults.Hit::title).containsExactly(title);

        mvc.perform(get("/api/v1/evidence/{slug}", entry.get("slug")))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.unmapped.art_form[0]").value("interpretive " + marker + " weaving"));

        TestAccounts.Created editor = accounts.create(Role.MEMBER, Role.EDITOR);
        mvc.perform(get("/admin/evidence/{slug}", entry.get("slug")).with(editor.login()))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("Catalogue text not yet mapped")))
            .andExpect(content().string(containsString("interpretive " + marker + " weaving")));
    }

    @Test
    void aPrisonNamedInARecordFindsIt() throws Exception {
        importer.run(realRecords(), true);
        assertThat(jdbc.queryForObject("select venues from evidence_entry where id = ?", String.class, entryId("R02")))
            .isEqualTo("HMP Barlinnie; HMP Greenock; HMP Shotts; HMP Open Estate; HMYOI Polmont");
        assertThat(search.search(new EvidenceQuery("Barlinnie", Map.of(), null, null, null, 1)).hits())
            .extracting(EvidenceResults.Hit::title).contains(titles().get("R02"));
        assertThat(search.search(new EvidenceQuery("Maghaberry", Map.of(), null, null, null, 1)).hits())
            .extracting(EvidenceResults.Hit::title).contains(titles().get("R68"));
        String slug = jdbc.queryForObject("select slug from evidence_entry where id = ?", String.class, entryId("R14"));
        mvc.perform(get("/evidence/{slug}", slug))
            .andExpect(content().string(containsString("HMP Belmarsh; HMP Birmingham; HMP Bristol; HMP Highpoint; HMP Leeds; HMP Parc; HMP Wandsworth")));
    }

    @Test
    void theDryRunShowsEachRowAsItWillBeStored() throws Exception {
        String fresh = new String(new ClassPathResource("evidence/evidence-records.tsv").getInputStream().readAllBytes(),
                StandardCharsets.UTF_8).replace("\tThe Challenges of Outcome Measurement", "\tDry " + UUID.randomUUID() + " The Challenges")
            .replace("doi 10.1111/hojo.12183", "doi 10.1111/hojo." + UUID.randomUUID());
        ImportReport.Row r38 = importer.dryRun(new StringReader(fresh)).rows().stream()
            .filter(row -> row.title() != null && row.title().startsWith("Dry ")).findFirst().orElseThrow();
        assertThat(r38.action()).isEqualTo(Action.CREATE);
        assertThat(r38.stored()).containsEntry("Journal", "The Howard Journal of Criminal Justice").containsEntry("Volume", "55")
            .containsEntry("Issue", "4").containsEntry("Pages", "496-513").doesNotContainKey("Publisher");
        assertThat(r38.stored().get("DOI")).startsWith("10.1111/hojo.");
        assertThat(r38.tags()).containsEntry("Art forms", List.of("Creative writing"));
    }

    private Reader realRecords() throws Exception {
        return new InputStreamReader(new ClassPathResource("evidence/evidence-records.tsv").getInputStream(), StandardCharsets.UTF_8);
    }

    private Map<String, String> titles() throws Exception {
        Map<String, String> titles = new java.util.HashMap<>();
        ImportTable table = ImportTable.read(realRecords(), ImportTable.Format.TSV);
        for (List<String> cells : table.rows()) {
            titles.put(cells.get(0), cells.get(1));
        }
        return titles;
    }

    private long entryId(String recordId) throws Exception {
        return jdbc.queryForObject("select min(id) from evidence_entry where title = ?", Long.class, titles().get(recordId));
    }

    private List<String> tags(long entryId, String vocabulary) {
        return jdbc.queryForList("select slug from evidence_tag where entry_id = ? and vocabulary = ?", String.class, entryId, vocabulary);
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
