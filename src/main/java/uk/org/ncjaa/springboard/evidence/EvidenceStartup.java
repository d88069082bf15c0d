package uk.org.ncjaa.springboard.evidence;

import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
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
 * present, so every start after the first adds nothing.
 */
@Component
class EvidenceStartup implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(EvidenceStartup.class);

    private final EvidenceImport importer;
    private final SearchIndex index;
    private final SpringboardProperties properties;

    EvidenceStartup(EvidenceImport importer, SearchIndex index, SpringboardProperties properties) {
        this.importer = importer;
        this.index = index;
        this.properties = properties;
    }

    @Override
    public void run(ApplicationArguments args) throws Exception {
        index.rebuildIfBehind();
        if (!properties.demoContent()) {
            return;
        }
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
    }
}
