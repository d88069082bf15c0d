package uk.org.ncjaa.springboard.evidence;

import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

import uk.org.ncjaa.springboard.evidence.imports.EvidenceImport;
import uk.org.ncjaa.springboard.evidence.imports.ImportReport;
import uk.org.ncjaa.springboard.evidence.search.SearchIndex;
import uk.org.ncjaa.springboard.shared.SpringboardProperties;

/**
 * Brings the search index up to date with the database at start, then, with demo content on, loads the real bibliographic records the alliance gathered
 * ({@code evidence/seed-records.tsv}) as published entries. The import skips records already
 * present, so every start after the first adds nothing. An operator may name a catalogue file of
 * any size in {@code springboard.evidence.import-file}: it is imported the same way, in bulk.
 */
@Component
@org.springframework.core.annotation.Order(50)
class EvidenceStartup implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(EvidenceStartup.class);

    private final EvidenceImport importer;
    private final uk.org.ncjaa.springboard.evidence.curation.Curation curation;
    private final SearchIndex index;
    private final SpringboardProperties properties;
    private final String importFile;

    EvidenceStartup(EvidenceImport importer, uk.org.ncjaa.springboard.evidence.curation.Curation curation, SearchIndex index, SpringboardProperties properties,
            @Value("${springboard.evidence.import-file:}") String importFile) {
        this.importer = importer;
        this.curation = curation;
        this.index = index;
        this.properties = properties;
        this.importFile = importFile;
    }

    @Override
    public void run(ApplicationArguments args) throws Exception {
        index.rebuildIfBehind();
        if (properties.demoContent()) {
            loadDemoRecords();
        }
        if (!importFile.isBlank()) {
            EvidenceImport.FileImport result = importer.importFile(Path.of(importFile), true);
            // the index works alongside the writing, so the two times overlap: the second is what remains once rows are written
            log.info("Imported {}: {} rows ({} new, {} already present, {} rejected) imported and indexed in {} ms: rows written in {} ms,"
                    + " index caught up {} ms later", importFile, result.rows(), result.created(), result.present(),
                    result.rejected().size(), result.writeMillis() + result.indexMillis(), result.writeMillis(), result.indexMillis());
            result.rejected().stream().limit(20).forEach(row -> log.warn("Line {} of {} was rejected: {}", row.line(), importFile,
                    String.join(" ", row.problems())));
        }
    }

    private void loadDemoRecords() throws Exception {
        // the real records, then fictional ones that fill out the facets and the gap map
        for (String file : List.of("evidence/seed-records.tsv", "evidence/demo-records.tsv")) {
            try (var reader = new InputStreamReader(new ClassPathResource(file).getInputStream(), StandardCharsets.UTF_8)) {
                ImportReport report = importer.run(reader, true);
                long created = report.count(ImportReport.Action.CREATE);
                if (created > 0) {
                    log.info("Loaded {} Evidence Library records for the demo from {}", created, file);
                }
                if (report.count(ImportReport.Action.REJECTED) > 0) {
                    log.warn("{} demo records in {} were rejected", report.count(ImportReport.Action.REJECTED), file);
                }
            }
        }
        curation.confirmDemoRatings();
        curation.describeDemoInWelsh(java.util.Map.of(
                "Drumming Up Change: a randomised controlled trial of group percussion in two men's prisons|2021",
                "Cofnod enghreifftiol ffuglennol. Hap-dreial rheoledig o 2021 o sesiynau offerynnau taro grŵp wythnosol i ddynion mewn"
                        + " oed mewn dau garchar, gan ddefnyddio graddfeydd llesiant wedi'u dilysu a chofnodion y carchardai.",
                "Rehearsing Respect: a randomised trial of a forum theatre course for young men in custody|2023",
                "Cofnod enghreifftiol ffuglennol. Hap-dreial o 2023 o gwrs theatr fforwm deg wythnos i ddynion ifanc rhwng 18 a 25 oed"
                        + " mewn sefydliad troseddwyr ifanc, yn mesur empathi, rheoli emosiynau ac ymddygiad yn y ddalfa."));
    }
}
