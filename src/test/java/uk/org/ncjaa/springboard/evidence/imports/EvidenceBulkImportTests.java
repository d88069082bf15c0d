package uk.org.ncjaa.springboard.evidence.imports;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import uk.org.ncjaa.springboard.evidence.imports.ImportReport.Action;
import uk.org.ncjaa.springboard.evidence.search.EvidenceQuery;
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
class EvidenceBulkImportTests {

    private static final String HEADER = "title\tauthors\tyear\tpublisher_or_org\tdoc_type\tart_form\tsetting\tpopulation"
            + "\toutcomes_studied\tmethod\tsample_size\turl\tcertainty\tsummary\tregion\tindependence\tpeer_reviewed\tprogramme"
            + "\tkey_quote\tfindings\tfull_text";
    private static final List<String> ART = List.of("Music", "Theatre", "Dance", "Visual arts", "Creative writing", "Photography");
    private static final List<String> SETTINGS = List.of("men's prison", "women's prison", "Young offender institution",
            "Probation and community sentences", "Through the gate and resettlement");
    private static final List<String> WORDS = List.of("participants", "valued", "the", "weekly", "sessions", "officers",
            "described", "confidence", "wellbeing", "rehearsal", "performance", "release", "probation", "evaluation");

    @Autowired
    EvidenceImport importer;

    @Autowired
    EvidenceSearch search;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MockMvc mvc;

    @Test
    void aLargeFileIsImportedInBulkSearchableByItsFullTextAndNeverTwice(@TempDir Path dir) throws Exception {
        // made-up words keep the test to its own entries: one in every title, one only ever in a report's text
        String marker = "zq" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        String hidden = "zx" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        int count = 2_500;
        String tsv = catalogue(marker, hidden, count);
        Path file = dir.resolve("library.tsv");
        Files.writeString(file, tsv);

        EvidenceImport.FileImport first = importer.importFile(file, true);
        assertThat(first.rows()).isEqualTo(count);
        assertThat(first.created()).isEqualTo(count);
        assertThat(first.rejected()).isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from evidence_entry where title like ? and status = 'PUBLISHED'", Long.class,
                "%" + marker + "%")).isEqualTo(count);

        EvidenceResults found = search.search(new EvidenceQuery(hidden, Map.of(), null, null, null, 1));
        assertThat(found.total()).as("the word is only in every seventh report's text").isEqualTo((count + 6) / 7);
        assertThat(found.hits()).allSatisfy(hit -> assertThat(hit.title()).contains(marker));
        EvidenceResults faceted = search.search(new EvidenceQuery(marker, Map.of(Facet.ART_FORM, List.of("music")), null, null, null, 1));
        assertThat(faceted.total()).as("tagged from the vocabularies as row by row").isEqualTo((count + 5) / 6);

        String slug = found.hits().get(0).slug();
        Map<String, Object> text = jdbc.queryForMap("""
                select f.filename, f.size_bytes, f.sha256, f.storage_key, f.extraction, f.text from evidence_file f
                join evidence_entry e on e.id = f.entry_id where e.slug = ?""", slug);
        String fullText = (String) text.get("text");
        assertThat(fullText).contains(hidden);
        assertThat(text).containsEntry("filename", "full-text.txt").containsEntry("extraction", "DONE")
            .containsEntry("size_bytes", (long) fullText.getBytes(StandardCharsets.UTF_8).length)
            .containsEntry("sha256", HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(fullText.getBytes(StandardCharsets.UTF_8))));
        assertThat((String) text.get("storage_key")).startsWith("inline:");
        mvc.perform(get("/evidence/" + slug)).andExpect(status().isOk())
            .andExpect(content().string(containsString(marker)))
            .andExpect(content().string(not(containsString("/files/"))))
            .andExpect(content().string(not(containsString("full-text.txt"))));

        List<Integer> progress = new ArrayList<>();
        ImportReport again = importer.run(ImportTable.read(new StringReader(tsv), ImportTable.Format.TSV), true, progress::add);
        assertThat(again.rows()).hasSize(count);
        assertThat(again.count(Action.ALREADY_PRESENT)).as("re-importing creates nothing").isEqualTo(count);
        assertThat(progress).last().isEqualTo(count);
        assertThat(jdbc.queryForObject("select count(*) from evidence_entry where title like ?", Long.class, "%" + marker + "%"))
            .isEqualTo(count);
    }

    @Test
    void aBulkImportReportsEveryRowInOrderAndRejectsBadOnes() {
        String marker = "zq" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        List<String> lines = new ArrayList<>(List.of(catalogue(marker, "unused", 1_200).split("\n")));
        lines.set(600, lines.get(600).replaceFirst("\t\\d{4}\t", "\t20x9\t"));
        // the same record twice in one file is created once
        lines.add(lines.get(1));
        ImportReport report = importer.runInBulk(ImportTable.read(new StringReader(String.join("\n", lines) + "\n"),
                ImportTable.Format.TSV), false, done -> { });
        assertThat(report.rows()).hasSize(1_201);
        assertThat(report.rows()).extracting(ImportReport.Row::line).isSorted();
        assertThat(report.rows().get(599).action()).isEqualTo(Action.REJECTED);
        assertThat(report.rows().get(599).problems()).containsExactly("The year '20x9' is not a four-digit year.");
        assertThat(report.rows().get(1_200).action()).isEqualTo(Action.ALREADY_PRESENT);
        assertThat(report.count(Action.CREATE)).isEqualTo(1_199);
        assertThat(report.rows().get(0).tags()).containsKey("Art forms");
        assertThat(jdbc.queryForObject("select count(*) from evidence_entry where title like ? and status = 'DRAFT'", Long.class,
                "%" + marker + "%")).isEqualTo(1_199);
    }

    /** A catalogue in the alliance's format with a short report text in each row. */
    private static String catalogue(String marker, String hidden, int count) {
        Random random = new Random(42);
        StringBuilder tsv = new StringBuilder(HEADER).append('\n');
        for (int n = 0; n < count; n++) {
            StringBuilder text = new StringBuilder();
            for (int w = 0; w < 300; w++) {
                text.append(WORDS.get(random.nextInt(WORDS.size()))).append(' ');
            }
            if (n % 7 == 0) {
                text.append(hidden);
            }
            tsv.append(String.join("\t", "Bulk record " + n + " " + marker, "Ada Example; Arts Trust", String.valueOf(1990 + n % 30),
                    "Example Press", "Independent evaluation", ART.get(n % ART.size()), SETTINGS.get(n % SETTINGS.size()),
                    "People in prison; Adults", "Wellbeing; Desistance", "Randomised controlled trial; Interviews", "120",
                    "https://example.org/report/" + n, "fictional", "A fictional record for the bulk import test.", "London",
                    "independent", "yes", "", "", "Wellbeing | positive | 0.2 | Cohen's d | end of programme | moderate",
                    text.toString().strip())).append('\n');
        }
        return tsv.toString();
    }
}
