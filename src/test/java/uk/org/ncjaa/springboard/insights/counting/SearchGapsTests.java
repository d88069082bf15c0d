package uk.org.ncjaa.springboard.insights.counting;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Random;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import uk.org.ncjaa.springboard.evidence.domain.EvidenceRepository;
import uk.org.ncjaa.springboard.evidence.files.EvidenceFiles;
import uk.org.ncjaa.springboard.evidence.imports.EvidenceImport;
import uk.org.ncjaa.springboard.shared.insights.Figure;
import uk.org.ncjaa.springboard.shared.insights.Period;
import uk.org.ncjaa.springboard.support.SpringboardTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SpringboardTest
class SearchGapsTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Counters counters;

    @Autowired
    SearchGapDayRepository gapDays;

    @Autowired
    UsageDayRepository useDays;

    @Autowired
    SearchesSection section;

    @Autowired
    Counts counts;

    @Autowired
    EvidenceImport importer;

    @Autowired
    EvidenceRepository entries;

    @Autowired
    EvidenceFiles files;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Clock clock;

    @Test
    void aSearchWithWordsThatFindsNothingIsCountedOnceUnderItsTidiedWords() throws Exception {
        String marker = letters();
        mvc.perform(get("/evidence").param("q", "  " + marker.toUpperCase() + "  Quilting\tBehind Bars ")).andExpect(status().isOk());
        counters.flush();
        String words = marker + " quilting behind bars";
        assertThat(gapDays.searches("evidence", today(), words)).isEqualTo(1);

        // the API counts the same way, and the site search and the Directory under their own names
        mvc.perform(get("/api/v1/evidence").param("q", words)).andExpect(status().isOk());
        mvc.perform(get("/directory").param("q", words)).andExpect(status().isOk());
        mvc.perform(get("/api/v1/directory/organizations").param("q", words)).andExpect(status().isOk());
        mvc.perform(get("/search").param("q", words)).andExpect(status().isOk());
        counters.flush();
        assertThat(gapDays.searches("evidence", today(), words)).as("the site search is not counted again as the library's").isEqualTo(2);
        assertThat(gapDays.searches("directory", today(), words)).isEqualTo(2);
        assertThat(gapDays.searches("site", today(), words)).isEqualTo(1);
    }

    @Test
    void aSearchWithResultsOrWithoutWordsOrPastTheFirstPageIsNotCounted() throws Exception {
        String marker = letters();
        importer.run(new StringReader("title\tyear\tart_form\tsetting\nSinging inside " + marker + "\t2013\tmusic\tprison\n"), true);
        mvc.perform(get("/evidence").param("q", marker)).andExpect(status().isOk());
        mvc.perform(get("/api/v1/evidence").param("q", marker)).andExpect(status().isOk());
        mvc.perform(get("/search").param("q", marker)).andExpect(status().isOk());
        String nothing = letters();
        mvc.perform(get("/evidence").param("q", nothing).param("page", "2")).andExpect(status().isOk());
        counters.flush();
        assertThat(gapDays.searches("evidence", today(), marker)).isZero();
        assertThat(gapDays.searches("site", today(), marker)).isZero();
        assertThat(gapDays.searches("evidence", today(), nothing)).as("a later page is not a new search").isZero();
    }

    @Test
    void anEmailAddressIsNotKeptButCountedUnderItsOwnLabel() throws Exception {
        String marker = letters();
        counters.flush();
        long before = gapDays.searches("site", today(), GapWords.NOT_KEPT);
        mvc.perform(get("/search").param("q", "Jo." + marker + "@example.org")).andExpect(status().isOk());
        counters.flush();
        assertThat(gapDays.searches("site", today(), GapWords.NOT_KEPT)).isEqualTo(before + 1);
        assertThat(jdbc.queryForObject("select count(*) from insights_search_gap where words like ?", Long.class, "%" + marker + "%"))
            .isZero();
    }

    @Test
    void theCountsOfTwoFlushesAddUp() {
        String words = letters() + " circus skills";
        counters.nothingFound("evidence", words);
        counters.nothingFound("evidence", words.toUpperCase());
        counters.flush();
        counters.nothingFound("evidence", " " + words);
        counters.nothingFound("evidence", words);
        counters.nothingFound("evidence", words);
        counters.flush();
        assertThat(gapDays.searches("evidence", today(), words)).isEqualTo(5);
    }

    @Test
    void beyondTheBoundNewWordsCountTogetherAndNoSearchIsLost() {
        // a counter of its own, on a day no other test counts, so only its own counts are seen
        LocalDate day = LocalDate.of(2012, 6, 1);
        Clock then = Clock.fixed(day.atTime(12, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
        Counters bounded = new Counters(gapDays, useDays, transactions, then, Duration.ofMinutes(1), 100);
        for (int i = 0; i < 150; i++) {
            bounded.nothingFound("directory", "word " + letters());
        }
        bounded.nothingFound("directory", "");
        assertThat(bounded.waiting()).isEqualTo(101);
        bounded.flush();
        assertThat(bounded.waiting()).isZero();
        assertThat(jdbc.queryForObject("select sum(searches) from insights_search_gap where area = 'directory' and day = ?", Long.class, day))
            .isEqualTo(150);
        assertThat(gapDays.searches("directory", day, Counters.OTHER_SEARCHES)).isEqualTo(50);
        assertThat(jdbc.queryForObject("select count(*) from insights_search_gap where area = 'directory' and day = ?", Long.class, day))
            .isEqualTo(101);
    }

    @Test
    void theSectionsFiguresMatchHandCountedRowsMonthByMonth() {
        // January and March 2011 have counts, February none; the days either side of the period must not count
        gapDays.add("evidence", LocalDate.of(2010, 12, 31), "restorative justice music", 40);
        gapDays.add("evidence", LocalDate.of(2011, 1, 1), "restorative justice music", 3);
        gapDays.add("evidence", LocalDate.of(2011, 1, 20), "restorative justice music", 2);
        gapDays.add("evidence", LocalDate.of(2011, 1, 20), "women in prison dance", 4);
        gapDays.add("evidence", LocalDate.of(2011, 3, 31), "women in prison dance", 3);
        gapDays.add("evidence", LocalDate.of(2011, 3, 31), "arts on remand", 1);
        gapDays.add("directory", LocalDate.of(2011, 3, 2), "choir north east", 6);
        gapDays.add("site", LocalDate.of(2011, 4, 1), "volunteer with prisoners", 9);
        useDays.add("evidence", "pdf-download", LocalDate.of(2011, 1, 5), 10);
        useDays.add("evidence", "pdf-download", LocalDate.of(2011, 1, 6), 5);
        useDays.add("evidence", "api", LocalDate.of(2011, 3, 9), 7);
        useDays.add("evidence", "reference-export", LocalDate.of(2011, 4, 1), 99);

        List<Figure> figures = section.figures(new Period(LocalDate.of(2011, 1, 1), LocalDate.of(2011, 3, 31)));
        assertThat(section.id()).isEqualTo("searches");
        assertThat(figures).extracting(Figure::id).containsExactly("searches-nothing-found", "nothing-found-evidence",
                "nothing-found-directory", "nothing-found-site", "evidence-use", "directory-use");

        Figure byMonth = figures.get(0);
        assertThat(byMonth.shape()).isEqualTo(Figure.Shape.OVER_TIME);
        assertThat(byMonth.columns()).containsExactly("Evidence Library", "Directory", "Site search");
        assertThat(byMonth.rows()).containsExactly(Figure.Row.of("Jan 2011", 9L, 0L, 0L), Figure.Row.of("Feb 2011", 0L, 0L, 0L),
                Figure.Row.of("Mar 2011", 4L, 6L, 0L));

        // "arts on remand", searched once, is left out: words so rarely searched may be someone's name
        assertThat(figures.get(1).rows()).containsExactly(Figure.Row.of("women in prison dance", 7L),
                Figure.Row.of("restorative justice music", 5L));
        assertThat(figures.get(1).title()).isEqualTo("What people searched for and found nothing: Evidence Library");
        assertThat(figures.get(1).method()).contains("never who searched").contains("personal details");
        assertThat(figures.get(3).rows()).as("the day after the period is not in it").isEmpty();

        // periods that start or end inside a month take those months' days one by one
        assertThat(counts.topNothingFound("evidence", new Period(LocalDate.of(2011, 1, 15), LocalDate.of(2011, 3, 31)), 25))
            .containsExactly(new Counts.WordCount("women in prison dance", 7), new Counts.WordCount("restorative justice music", 2),
                    new Counts.WordCount("arts on remand", 1));
        assertThat(counts.topNothingFound("evidence", new Period(LocalDate.of(2010, 12, 31), LocalDate.of(2011, 1, 20)), 25))
            .containsExactly(new Counts.WordCount("restorative justice music", 45), new Counts.WordCount("women in prison dance", 4));
        assertThat(counts.topNothingFound("evidence", new Period(LocalDate.of(2011, 1, 21), LocalDate.of(2011, 3, 30)), 25)).isEmpty();
        assertThat(counts.topNothingFound("evidence", new Period(LocalDate.of(2011, 1, 1), LocalDate.of(2011, 3, 31)), 1))
            .containsExactly(new Counts.WordCount("women in prison dance", 7));
        assertThat(counts.nothingFoundByMonth("evidence", new Period(LocalDate.of(2011, 1, 15), LocalDate.of(2011, 3, 31))))
            .containsOnly(java.util.Map.entry(java.time.YearMonth.of(2011, 1), 6L), java.util.Map.entry(java.time.YearMonth.of(2011, 3), 4L));

        Figure use = figures.get(4);
        assertThat(use.columns()).containsExactly("PDF downloads", "Reference exports", "API calls");
        assertThat(use.rows()).containsExactly(Figure.Row.of("Jan 2011", 15L, 0L, 0L), Figure.Row.of("Feb 2011", 0L, 0L, 0L),
                Figure.Row.of("Mar 2011", 0L, 0L, 7L));
    }

    @Test
    void theTopWordsReadFromTheRowsAboveAFloorAreTheTopWordsOfEveryRow() {
        // an area of its own, with words as searched in life: most once or twice, a few often, and ties, over 14 months
        String area = "top-" + letters();
        Random random = new Random(23);
        LocalDate first = LocalDate.of(2012, 11, 1);
        for (int w = 0; w < 400; w++) {
            String words = "word " + w;
            int days = w < 30 ? 40 + random.nextInt(80) : 1 + random.nextInt(3);
            for (int d = 0; d < days; d++) {
                gapDays.add(area, first.plusDays(random.nextInt(425)), words, w < 10 ? 1 + random.nextInt(9) : 1);
            }
        }
        List<Period> periods = List.of(new Period(LocalDate.of(2012, 11, 1), LocalDate.of(2013, 12, 31)),
                new Period(LocalDate.of(2012, 11, 17), LocalDate.of(2013, 10, 9)), new Period(LocalDate.of(2013, 2, 3), LocalDate.of(2013, 2, 20)),
                new Period(LocalDate.of(2013, 5, 1), LocalDate.of(2013, 5, 31)), new Period(LocalDate.of(2010, 1, 1), LocalDate.of(2010, 12, 31)));
        for (Period period : periods) {
            for (int limit : List.of(1, 5, 20, 25, 1000)) {
                // every word of every row summed, as the dashboards did before they read from a floor
                List<Counts.WordCount> everything = jdbc.query("select words, sum(searches) from insights_search_gap where area = ? and day"
                        + " between ? and ? group by words order by 2 desc, words limit ?", (rs, i) -> new Counts.WordCount(rs.getString(1),
                                rs.getLong(2)), area, period.from(), period.to(), limit);
                assertThat(counts.topNothingFound(area, period, limit)).as(period + ", top " + limit).containsExactlyElementsOf(everything);
            }
        }
    }

    @Test
    void aPdfDownloadAReferenceExportAndAnApiCallAreCountedForTheDay() throws Exception {
        String marker = letters();
        importer.run(new StringReader("title\tyear\nDrumming on the wing " + marker + "\t2021\n"), true);
        String slug = jdbc.queryForObject("select slug from evidence_entry where title = ?", String.class, "Drumming on the wing " + marker);
        long fileId = new TransactionTemplate(transactions).execute(status -> {
            try {
                return files.attach(entries.findBySlug(slug).orElseThrow(), new ByteArrayInputStream(pdf()), "report.pdf").id();
            }
            catch (IOException ex) {
                throw new IllegalStateException(ex);
            }
        });
        counters.flush();
        long pdfs = useDays.used("evidence", "pdf-download", today());
        long exports = useDays.used("evidence", "reference-export", today());
        long calls = useDays.used("evidence", "api", today());

        mvc.perform(get("/evidence/" + slug + "/files/" + fileId)).andExpect(status().isOk());
        mvc.perform(get("/evidence/" + slug + "/cite.ris")).andExpect(status().isOk());
        mvc.perform(get("/evidence/" + slug + "/cite.txt")).andExpect(status().isOk());
        mvc.perform(get("/evidence/export").param("entry", slug).param("format", "bib")).andExpect(status().isOk());
        mvc.perform(get("/evidence/no-such-entry-" + marker + "/cite.ris")).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/evidence/" + slug)).andExpect(status().isOk());
        counters.flush();

        assertThat(useDays.used("evidence", "pdf-download", today())).isEqualTo(pdfs + 1);
        assertThat(useDays.used("evidence", "reference-export", today())).as("an export of nothing is not counted").isEqualTo(exports + 3);
        assertThat(useDays.used("evidence", "api", today())).isEqualTo(calls + 1);
    }

    @Test
    void aDownloadOfTheWholeDirectoryIsCounted() throws Exception {
        counters.flush();
        long before = useDays.used("directory", "hsds-export", today());
        mvc.perform(get("/directory/export/hsds-csv.zip")).andExpect(status().isOk());
        counters.flush();
        assertThat(useDays.used("directory", "hsds-export", today())).isEqualTo(before + 1);
    }

    @Test
    void aCallerIsNeverFailedByWhatItPasses() {
        counters.nothingFound(null, "music");
        counters.nothingFound("Not An Area!", "music");
        counters.nothingFound("evidence", null);
        counters.count("evidence", null);
        counters.count("evidence", "'; drop table insights_usage; --");
        counters.flush();
        assertThat(useDays.count()).isNotNegative();
    }

    private LocalDate today() {
        return LocalDate.ofInstant(Instant.now(clock), Period.UK);
    }

    /** Made-up letters only: digits could make words look like personal details and leave them uncounted. */
    private static String letters() {
        Random random = new Random();
        StringBuilder word = new StringBuilder("zq");
        for (int i = 0; i < 10; i++) {
            word.append((char) ('a' + random.nextInt(26)));
        }
        return word.toString();
    }

    private static byte[] pdf() throws IOException {
        try (PDDocument document = new PDDocument()) {
            document.addPage(new PDPage());
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        }
    }
}
