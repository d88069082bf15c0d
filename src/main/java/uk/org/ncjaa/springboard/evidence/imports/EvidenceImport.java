package uk.org.ncjaa.springboard.evidence.imports;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Array;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.IntConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.persistence.EntityManager;
import org.hibernate.FlushMode;
import org.hibernate.Session;
import org.hibernate.search.engine.backend.work.execution.DocumentCommitStrategy;
import org.hibernate.search.engine.backend.work.execution.DocumentRefreshStrategy;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.pojo.work.IndexingPlanSynchronizationStrategy;
import org.hibernate.search.mapper.pojo.work.IndexingPlanSynchronizationStrategyConfigurationContext;
import org.hibernate.search.mapper.pojo.work.SearchIndexingPlanExecutionReport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import uk.org.ncjaa.springboard.evidence.search.SearchBackend;
import uk.org.ncjaa.springboard.evidence.domain.Container;
import uk.org.ncjaa.springboard.evidence.domain.Contributor;
import uk.org.ncjaa.springboard.evidence.domain.SampleSize;
import uk.org.ncjaa.springboard.evidence.domain.EntryDetails;
import uk.org.ncjaa.springboard.evidence.domain.Finding;
import uk.org.ncjaa.springboard.evidence.domain.EvidenceEntry;
import uk.org.ncjaa.springboard.evidence.domain.StrengthRubric;
import uk.org.ncjaa.springboard.evidence.domain.EvidenceRepository;
import uk.org.ncjaa.springboard.shared.Slugs;
import uk.org.ncjaa.springboard.taxonomy.ConceptView;
import uk.org.ncjaa.springboard.taxonomy.TaxonomyApi;
import uk.org.ncjaa.springboard.taxonomy.Tagger;
import uk.org.ncjaa.springboard.taxonomy.Tagging;
import uk.org.ncjaa.springboard.taxonomy.Vocabulary;

/**
 * Bulk import of catalogue records from tab-separated text (the alliance's evidence-records
 * format). Free-text columns are mapped onto the vocabularies; what maps to nothing is kept on
 * the entry for a curator. A dry run reports the same as a real run without writing. Records
 * already present (same DOI, else same normalised title and year) are never created twice. A
 * {@code full_text} column holds the text of the report itself, searched with the entry.
 * <p>
 * Large files take the bulk path: rows are written a batch per transaction, and each batch is
 * indexed from the entries just written while the next one is saved, so the index never has to
 * read a whole library back from the database.
 */
@Service
public class EvidenceImport {

    static final List<String> REQUIRED = List.of("title");
    static final Map<String, List<Vocabulary>> TAGGED_COLUMNS = new LinkedHashMap<>();

    /** The vocabularies an import maps text onto, in the order a curator corrects them. */
    public static List<Vocabulary> taggedVocabularies() {
        return TAGGED_COLUMNS.values().stream().flatMap(List::stream).distinct().toList();
    }

    static {
        TAGGED_COLUMNS.put("doc_type", List.of(Vocabulary.DOCUMENT_TYPE));
        TAGGED_COLUMNS.put("art_form", List.of(Vocabulary.ART_FORM));
        TAGGED_COLUMNS.put("setting", List.of(Vocabulary.SETTING));
        TAGGED_COLUMNS.put("population", List.of(Vocabulary.PARTICIPANT, Vocabulary.AGE_BAND, Vocabulary.GENDER, Vocabulary.GROUP));
        TAGGED_COLUMNS.put("outcomes_studied", List.of(Vocabulary.OUTCOME));
        TAGGED_COLUMNS.put("method", List.of(Vocabulary.STUDY_DESIGN, Vocabulary.METHOD, Vocabulary.LIMITATION));
        TAGGED_COLUMNS.put("region", List.of(Vocabulary.REGION));
        // keywords from a reference manager may name a concept of any vocabulary
        TAGGED_COLUMNS.put("keywords", List.of(Vocabulary.ART_FORM, Vocabulary.SETTING, Vocabulary.PARTICIPANT, Vocabulary.AGE_BAND,
                Vocabulary.GENDER, Vocabulary.GROUP, Vocabulary.OUTCOME, Vocabulary.STUDY_DESIGN, Vocabulary.METHOD, Vocabulary.REGION));
    }

    private static final Pattern ORGANISATION = Pattern.compile(
            "(?i)\\b(ministry|department|university|trust|lab|council|service|institute|centre|center|alliance|clinks"
                    + "|foundation|college|school|office|group|network|charity|ltd|limited|team|unit|prison|hmpps|noms|council)\\b");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    private static final Logger log = LoggerFactory.getLogger(EvidenceImport.class);

    /** Files with more rows than this take the bulk path: a transaction per row would take hours for a whole library. */
    static final int BULK_ROWS = 1_000;
    /** Rows a bulk transaction writes: enough to make commits rare, few enough that a batch's text stays small in memory. */
    static final int BATCH = 500;
    /** The column holding the text of the report itself, as a PDF would give it. */
    static final String FULL_TEXT = "full_text";
    static final String FULL_TEXT_FILENAME = "full-text.txt";

    private final EvidenceRepository entries;
    private final TaxonomyApi taxonomy;
    private final TransactionTemplate transactions;
    private final EntityManager entityManager;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    EvidenceImport(EvidenceRepository entries, TaxonomyApi taxonomy, TransactionTemplate transactions, EntityManager entityManager,
            JdbcTemplate jdbc, Clock clock) {
        this.entries = entries;
        this.taxonomy = taxonomy;
        this.transactions = transactions;
        this.entityManager = entityManager;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * What a file import at start did.
     *
     * @param rejected only the rejected rows are kept: a whole library's report would not fit in memory
     * @param writeMillis from the first row read to the last batch written
     * @param indexMillis from then until every new entry is searchable
     */
    public record FileImport(long rows, long created, long present, List<ImportReport.Row> rejected, long writeMillis,
            long indexMillis) {
    }

    /** What {@link #run} would do, without writing anything. */
    public ImportReport dryRun(Reader tsv) {
        return dryRun(ImportTable.read(tsv, ImportTable.Format.TSV));
    }

    /** Imports every acceptable row, each in its own transaction; {@code publish} makes new entries public. */
    public ImportReport run(Reader tsv, boolean publish) {
        return run(ImportTable.read(tsv, ImportTable.Format.TSV), publish, done -> { });
    }

    public ImportReport dryRun(ImportTable table) {
        return dryRun(table, Map.of());
    }

    /**
     * Tags a curator chose by hand for some rows of a file, by the row's line: for each vocabulary
     * named, the row gets exactly those concepts (slugs) instead of what its text mapped to.
     */
    public static final Map<Integer, Map<Vocabulary, List<String>>> NO_CORRECTIONS = Map.of();

    /** The dry run with a curator's corrections applied, as the import will store them. */
    public ImportReport dryRun(ImportTable table, Map<Integer, Map<Vocabulary, List<String>>> corrections) {
        return process(table, false, false, done -> { }, false, corrections);
    }

    /** As {@link #run(ImportTable, boolean, IntConsumer)}, with a curator's corrections of some rows' tags. */
    public ImportReport run(ImportTable table, boolean publish, IntConsumer progress,
            Map<Integer, Map<Vocabulary, List<String>>> corrections) {
        return process(table, true, publish, progress, table.rows().size() > BULK_ROWS, corrections);
    }

    /**
     * As {@link #run(Reader, boolean)}, telling {@code progress} how many rows are done after each one
     * (after each batch, on the bulk path taken by files of more than {@value #BULK_ROWS} rows).
     */
    public ImportReport run(ImportTable table, boolean publish, IntConsumer progress) {
        return run(table, publish, progress, NO_CORRECTIONS);
    }

    /** As {@link #run(ImportTable, boolean, IntConsumer)}, on the bulk path whatever the file's size. */
    public ImportReport runInBulk(ImportTable table, boolean publish, IntConsumer progress) {
        return process(table, true, publish, progress, true, NO_CORRECTIONS);
    }

    /**
     * Imports a catalogue file of any size from disk on the bulk path, reading it a batch at a time:
     * a {@code .csv} file as CSV, a {@code .ris} file as RIS, anything else as tab-separated text.
     */
    public FileImport importFile(Path file, boolean publish) throws IOException {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        ImportTable.Format format = name.endsWith(".csv") ? ImportTable.Format.CSV
                : name.endsWith(".ris") ? ImportTable.Format.RIS : ImportTable.Format.TSV;
        long started = System.nanoTime();
        FileRun run = new FileRun(publish);
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            ImportTable.readInChunks(reader, format, BATCH, run);
        }
        catch (FileRun.Refused ex) {
            // the header is wrong: the rest of the file is not worth reading
        }
        long written = System.nanoTime();
        if (run.pass != null) {
            run.pass.finish();
        }
        long indexed = System.nanoTime();
        return new FileImport(run.rows, run.created, run.present, run.rejected, (written - started) / 1_000_000,
                (indexed - written) / 1_000_000);
    }

    /** A file import's state between chunks: counts and rejected rows only, never a report of every row. */
    private final class FileRun implements Consumer<ImportTable> {

        private final boolean publish;
        private final List<ImportReport.Row> rejected = new ArrayList<>();
        private Pass pass;
        private long rows;
        private long created;
        private long present;

        FileRun(boolean publish) {
            this.publish = publish;
        }

        @Override
        public void accept(ImportTable chunk) {
            if (pass == null) {
                ImportReport refused = refusal(chunk.header());
                if (refused != null) {
                    refused.rows().forEach(this::count);
                    throw new Refused();
                }
                pass = new Pass(true, publish, true, NO_CORRECTIONS);
            }
            pass.chunk(chunk, (int) rows, this::count, done -> { });
        }

        private void count(ImportReport.Row row) {
            rows++;
            switch (row.action()) {
                case CREATE -> created++;
                case ALREADY_PRESENT -> present++;
                case REJECTED -> rejected.add(row);
            }
        }

        static final class Refused extends RuntimeException {
            Refused() {
                super(null, null, false, false);
            }
        }
    }

    private ImportReport process(ImportTable table, boolean write, boolean publish, IntConsumer progress, boolean bulk,
            Map<Integer, Map<Vocabulary, List<String>>> corrections) {
        ImportReport refused = refusal(table.header());
        if (refused != null) {
            return refused;
        }
        List<ImportReport.Row> rows = new ArrayList<>();
        Pass pass = new Pass(write, publish, bulk, corrections);
        pass.chunk(table, 0, rows::add, progress);
        pass.finish();
        return new ImportReport(rows);
    }

    private static ImportReport refusal(List<String> header) {
        if (header.isEmpty() || header.stream().allMatch(String::isBlank)) {
            return new ImportReport(List.of(new ImportReport.Row(1, null, ImportReport.Action.REJECTED, Map.of(), Map.of(),
                    List.of("The file is empty."))));
        }
        for (String column : REQUIRED) {
            if (!header.contains(column)) {
                return new ImportReport(List.of(new ImportReport.Row(1, null, ImportReport.Action.REJECTED, Map.of(), Map.of(),
                        List.of("The header has no '" + column + "' column. Columns found: " + String.join(", ", header)))));
            }
        }
        return null;
    }

    /** A row that passed every check: it becomes an entry unless one with the same key is already there. */
    private record Candidate(int index, int line, String title, String key, Integer year, Map<String, String> row,
            List<Finding> findings, EvidenceEntry.Independence independence) {

        /**
         * Every key the record may already be stored under: a record with a DOI was keyed by its title
         * before DOIs were read out of the other columns, and must not come in twice.
         */
        List<String> keys() {
            String byTitle = importKey(null, title, year);
            return key.equals(byTitle) ? List.of(key) : List.of(key, byTitle);
        }
    }

    /** A candidate that will be created, with its concepts. */
    private record Tagged(Candidate candidate, Map<Vocabulary, List<ConceptView>> tags, Map<String, List<String>> unmapped,
            Container container, String publisher, String venues, ImportReport.Row report) {
    }

    /** One import: the vocabularies are read once for it, not once per row, and the bulk path's indexing runs through it. */
    private final class Pass {

        private final boolean write;
        private final boolean publish;
        private final boolean bulk;
        private final Map<Vocabulary, Tagger> taggers = new EnumMap<>(Vocabulary.class);
        private final Map<Vocabulary, Map<String, ConceptView>> known = new EnumMap<>(Vocabulary.class);
        private final Set<String> seenInFile = new HashSet<>();
        private final IndexPipeline index = new IndexPipeline();
        private final Map<Integer, Map<Vocabulary, List<String>>> corrections;
        // with an outbox (a shared index) each batch's changes are queued in its transaction and indexed later by an
        // agent: there is nothing to pipeline, and Hibernate Search refuses a synchronization strategy
        private final boolean queued = SearchBackend.throughOutbox(
                entityManager.getEntityManagerFactory());

        Pass(boolean write, boolean publish, boolean bulk, Map<Integer, Map<Vocabulary, List<String>>> corrections) {
            this.write = write;
            this.publish = publish;
            this.bulk = bulk;
            this.corrections = corrections;
            TAGGED_COLUMNS.values().stream().flatMap(List::stream).distinct().forEach(v -> {
                taggers.put(v, remembering(taxonomy.tagger(v)));
                known.put(v, bySlug(taxonomy.concepts(v)));
            });
        }

        /**
         * A catalogue's columns say the same things row after row ("prison", "music; theatre", "interviews"), and a
         * column is tagged against every vocabulary it may name: each distinct text is tagged once per pass, which
         * in a profile of a large import had been a third of the thread that reads and writes the rows.
         */
        private static Tagger remembering(Tagger tagger) {
            com.github.benmanes.caffeine.cache.Cache<String, uk.org.ncjaa.springboard.taxonomy.Tagging> seen =
                    com.github.benmanes.caffeine.cache.Caffeine.newBuilder().maximumSize(20_000).build();
            return text -> text == null ? tagger.tag(null) : seen.get(text, tagger::tag);
        }

        /** Rows {@code offset + 1} onwards of the file; each row's report goes to {@code rows}, in file order. */
        void chunk(ImportTable table, int offset, Consumer<ImportReport.Row> rows, IntConsumer progress) {
            List<String> header = table.header();
            if (!bulk) {
                for (int i = 0; i < table.rows().size(); i++) {
                    List<String> cells = table.rows().get(i);
                    if (unreadable(cells)) {
                        rows.accept(unreadableRow(table.lines().get(i)));
                        continue;
                    }
                    Object checked = check(i, table.lines().get(i), header, cells.toArray(String[]::new), taggers);
                    if (checked instanceof Candidate candidate) {
                        if (!seenInFile.add(candidate.key())
                                || candidate.keys().stream().anyMatch(key -> entries.findByImportKey(key).isPresent())) {
                            rows.accept(present(candidate));
                        }
                        else {
                            Tagged tagged = tag(candidate, taggers, known, corrections.get(candidate.line()));
                            if (write) {
                                transactions.executeWithoutResult(status ->
                                        entries.save(build(tagged, entries.freeSlug(candidate.title()), publish)));
                            }
                            rows.accept(tagged.report());
                        }
                    }
                    else {
                        rows.accept((ImportReport.Row) checked);
                    }
                    progress.accept(offset + i + 1);
                }
                return;
            }
            for (int from = 0; from < table.rows().size(); from += BATCH) {
                int to = Math.min(table.rows().size(), from + BATCH);
                ImportReport.Row[] reports = new ImportReport.Row[to - from];
                List<Candidate> candidates = new ArrayList<>();
                for (int i = from; i < to; i++) {
                    List<String> cells = table.rows().get(i);
                    if (unreadable(cells)) {
                        reports[i - from] = unreadableRow(table.lines().get(i));
                        continue;
                    }
                    Object checked = check(i, table.lines().get(i), header, cells.toArray(String[]::new), taggers);
                    if (checked instanceof Candidate candidate) {
                        candidates.add(candidate);
                    }
                    else {
                        reports[i - from] = (ImportReport.Row) checked;
                    }
                }
                // one query for the whole batch, not one a row
                Set<String> present = existing("import_key", candidates.stream().flatMap(c -> c.keys().stream()).toList());
                List<Tagged> creates = new ArrayList<>();
                for (Candidate candidate : candidates) {
                    if (!seenInFile.add(candidate.key()) || candidate.keys().stream().anyMatch(present::contains)) {
                        reports[candidate.index() - from] = present(candidate);
                    }
                    else {
                        Tagged tagged = tag(candidate, taggers, known, corrections.get(candidate.line()));
                        creates.add(tagged);
                        reports[candidate.index() - from] = tagged.report();
                    }
                }
                if (write && !creates.isEmpty()) {
                    writeBatch(creates);
                }
                for (int i = from; i < to; i++) {
                    rows.accept(reports[i - from]);
                    if (!unreadable(table.rows().get(i))) {
                        progress.accept(offset + i + 1);
                    }
                }
            }
        }

        /**
         * Writes a batch in one transaction with JDBC batching, and hands its entries to the index as
         * the transaction commits, without waiting: the index works on one batch while the next is written.
         */
        private void writeBatch(List<Tagged> creates) {
            List<String> slugs = freeSlugs(creates);
            // at most two batches wait for the index, so memory stays flat however long the file
            index.awaitAllBut(1);
            try {
                transactions.executeWithoutResult(status -> {
                    Session session = entityManager.unwrap(Session.class);
                    session.setJdbcBatchSize(BATCH);
                    // everything is inserted at commit, in batches; slugs handed out meanwhile are tracked here
                    session.setHibernateFlushMode(FlushMode.COMMIT);
                    if (!queued) {
                        Search.session(entityManager).indexingPlanSynchronizationStrategy(index);
                    }
                    Set<String> given = new HashSet<>();
                    slugs.forEach(slug -> {
                        if (slug != null) {
                            given.add(slug);
                        }
                    });
                    for (int i = 0; i < creates.size(); i++) {
                        Tagged tagged = creates.get(i);
                        String slug = slugs.get(i) != null ? slugs.get(i) : entries.freeSlug(tagged.candidate().title(), given);
                        given.add(slug);
                        entityManager.persist(build(tagged, slug, publish));
                    }
                });
            }
            catch (RuntimeException ex) {
                // a row the batch could not take (say, a slug taken meanwhile): save one at a time, so only that row fails
                log.warn("A batch of {} imported rows failed as a whole; saving them one by one", creates.size(), ex);
                for (Tagged tagged : creates) {
                    transactions.executeWithoutResult(status ->
                            entries.save(build(tagged, entries.freeSlug(tagged.candidate().title()), publish)));
                }
            }
        }

        /** The slug each new entry would take if free; null where another entry has it, to be numbered as usual. */
        private List<String> freeSlugs(List<Tagged> creates) {
            List<String> wanted = creates.stream().map(tagged -> slugBase(tagged.candidate().title())).toList();
            Set<String> taken = existing("slug", wanted.stream().filter(slug -> slug != null).toList());
            List<String> slugs = new ArrayList<>();
            for (String slug : wanted) {
                slugs.add(slug != null && taken.add(slug) ? slug : null);
            }
            return slugs;
        }

        /** Every entry imported so far is searchable once this returns. */
        void finish() {
            if (!bulk || !write) {
                return;
            }
            index.awaitAllBut(0);
            var workspace = Search.mapping(entityManager.getEntityManagerFactory()).scope(EvidenceEntry.class).workspace();
            workspace.flush();
            workspace.refresh();
        }
    }

    /**
     * Indexing for the bulk path: each batch's documents go to the index as its transaction commits,
     * without waiting for them or committing the index (that happens once, at the end).
     */
    private static final class IndexPipeline implements IndexingPlanSynchronizationStrategy {

        private final Deque<CompletableFuture<? extends SearchIndexingPlanExecutionReport>> pending = new ArrayDeque<>();

        @Override
        public void apply(IndexingPlanSynchronizationStrategyConfigurationContext context) {
            context.documentCommitStrategy(DocumentCommitStrategy.NONE);
            context.documentRefreshStrategy(DocumentRefreshStrategy.NONE);
            context.indexingFutureHandler(pending::add);
        }

        void awaitAllBut(int batches) {
            while (pending.size() > batches) {
                SearchIndexingPlanExecutionReport report = pending.poll().join();
                // the next start rebuilds an index that holds fewer entries than the database, so a failure here is not lost
                report.throwable().ifPresent(failure -> log.error("Indexing {} imported entries failed",
                        report.failingEntities().size(), failure));
            }
        }
    }

    /** Which of these values some entry already has in {@code column}. */
    private Set<String> existing(String column, List<String> values) {
        if (values.isEmpty()) {
            return new HashSet<>();
        }
        Set<String> found = new HashSet<>();
        jdbc.query(connection -> {
            var statement = connection.prepareStatement("select " + column + " from evidence_entry where " + column + " = any(?)");
            Array array = connection.createArrayOf("text", values.toArray());
            statement.setArray(1, array);
            return statement;
        }, (java.sql.ResultSet rs) -> {
            found.add(rs.getString(1));
        });
        return found;
    }

    /**
     * The slug {@link EvidenceRepository#freeSlug} starts from, where it is plainly usable (several
     * words, not cut short); null sends the title through freeSlug itself.
     */
    private static String slugBase(String title) {
        String slug = EvidenceRepository.slugBase(title);
        return slug.contains("-") ? slug : null;
    }

    private static boolean unreadable(List<String> cells) {
        return cells.size() == 1 && cells.get(0).startsWith("\u0000unreadable");
    }

    private static ImportReport.Row unreadableRow(int line) {
        return new ImportReport.Row(line, null, ImportReport.Action.REJECTED, Map.of(), Map.of(),
                List.of("The rest of the file could not be read: check for a quote mark that is never closed."));
    }

    private static ImportReport.Row present(Candidate candidate) {
        return new ImportReport.Row(candidate.line(), candidate.title(), ImportReport.Action.ALREADY_PRESENT, Map.of(),
                Map.of(), List.of());
    }

    /** The row's reasons for rejection as its report, or else the row as a {@link Candidate}. */
    private static Object check(int index, int lineNumber, List<String> header, String[] cells, Map<Vocabulary, Tagger> taggers) {
        List<String> problems = new ArrayList<>();
        if (cells.length != header.size()) {
            problems.add("This row has " + cells.length + " cells but the header has " + header.size()
                    + ". Check for a missing or extra tab.");
            return new ImportReport.Row(lineNumber, null, ImportReport.Action.REJECTED, Map.of(), Map.of(), problems);
        }
        Map<String, String> row = new LinkedHashMap<>();
        for (int c = 0; c < header.size(); c++) {
            row.put(header.get(c), cells[c].strip());
        }
        String title = row.getOrDefault("title", "");
        if (title.isBlank()) {
            problems.add("The title is empty.");
        }
        else if (title.length() > 1000) {
            problems.add("The title is longer than 1,000 characters.");
        }
        Integer year = null;
        String yearText = row.getOrDefault("year", "");
        if (!yearText.isBlank()) {
            if (!YEAR.matcher(yearText).matches() || Integer.parseInt(yearText) < 1800 || Integer.parseInt(yearText) > 2200) {
                problems.add("The year '" + yearText + "' is not a four-digit year.");
            }
            else {
                year = Integer.parseInt(yearText);
            }
        }
        EvidenceEntry.Independence independence = null;
        String independenceText = row.getOrDefault("independence", "");
        if (!independenceText.isBlank()) {
            try {
                independence = EvidenceEntry.Independence.valueOf(independenceText.toUpperCase(Locale.ROOT));
            }
            catch (IllegalArgumentException ex) {
                problems.add("Independence '" + independenceText + "' should be independent, commissioned or internal.");
            }
        }
        String peerText = row.getOrDefault("peer_reviewed", "").toLowerCase(Locale.ROOT);
        if (!peerText.isBlank() && !List.of("yes", "no", "true", "false").contains(peerText)) {
            problems.add("Peer reviewed '" + peerText + "' should be yes or no.");
        }
        List<Finding> findings = findings(row.getOrDefault("findings", ""), taggers.get(Vocabulary.OUTCOME), problems);
        readDois(row);
        if (!problems.isEmpty()) {
            return new ImportReport.Row(lineNumber, title, ImportReport.Action.REJECTED, Map.of(), Map.of(), problems);
        }

        return new Candidate(index, lineNumber, title, importKey(row.get("doi"), title, year), year, row, findings, independence);
    }

    /**
     * Moves every DOI written into a cell ("doi 10.x/y" in the publisher, a doi.org address among the
     * URLs) into the doi column as its bare name, and out of the cell it polluted. A second, different
     * DOI is not lost: it stays in the row as "other_dois" for the curator.
     */
    private static void readDois(Map<String, String> row) {
        String doi = null;
        String given = row.get("doi");
        if (given != null && !given.isBlank()) {
            CatalogueText.FoundDoi found = CatalogueText.doi(given);
            doi = found == null ? EntryDetails.doi(given) : found.doi();
        }
        List<String> others = new ArrayList<>();
        for (Map.Entry<String, String> cell : row.entrySet()) {
            if (cell.getKey().equals("doi") || CatalogueText.NOT_SEARCHED_FOR_DOIS.contains(cell.getKey())) {
                continue;
            }
            String text = cell.getValue();
            for (CatalogueText.FoundDoi found = CatalogueText.doi(text); found != null; found = CatalogueText.doi(text)) {
                if (doi == null) {
                    doi = found.doi();
                }
                else if (!doi.equalsIgnoreCase(found.doi())) {
                    others.add(found.doi());
                }
                text = found.rest();
            }
            cell.setValue(text);
        }
        row.put("doi", doi == null ? "" : doi);
        if (!others.isEmpty()) {
            row.put("other_dois", String.join("; ", others));
        }
    }

    /** Designs of a synthesis: the document's design is the review, whatever designs the studies it reviews had. */
    private static final Map<String, String> SYNTHESIS_TYPES = Map.of("systematic-review", "systematic-review-or-meta-analysis",
            "rapid-evidence-assessment", "systematic-review-or-meta-analysis", "literature-review", "literature-review",
            "evidence-and-gap-map", "evidence-and-gap-map", "annotated-bibliography", "literature-review");
    private static final Set<String> SYNTHESIS_DESIGNS = Set.of("systematic-review-or-meta-analysis", "literature-review",
            "evidence-and-gap-map");
    private static final Pattern LIMITATIONS = Pattern.compile("(?i)\\blimitations?\\s*:");
    private static final Pattern ARTICLE = Pattern.compile("(?i)\\b(journal|article)\\b");

    /** Maps the row's free-text columns onto the vocabularies: only for rows that will be created. */
    private static Tagged tag(Candidate candidate, Map<Vocabulary, Tagger> taggers, Map<Vocabulary, Map<String, ConceptView>> known,
            Map<Vocabulary, List<String>> corrected) {
        Map<String, String> row = candidate.row();
        Map<Vocabulary, List<ConceptView>> tags = new EnumMap<>(Vocabulary.class);
        Map<String, List<String>> unmapped = new LinkedHashMap<>();
        TAGGED_COLUMNS.forEach((column, vocabularies) -> {
            String text = row.get(column);
            if (text == null || text.isBlank()) {
                return;
            }
            if (column.equals("method")) {
                // "...; limitations: sample size" lists what the study lacked, not what it did: only that part is read as limitations
                Matcher limitations = LIMITATIONS.matcher(text);
                List<Vocabulary> studied = vocabularies.stream().filter(v -> v != Vocabulary.LIMITATION).toList();
                if (limitations.find()) {
                    tagColumn(column, text.substring(0, limitations.start()), studied, taggers, tags, unmapped);
                    tagColumn(column, text.substring(limitations.end()), List.of(Vocabulary.LIMITATION), taggers, tags, unmapped);
                }
                else {
                    tagColumn(column, text, studied, taggers, tags, unmapped);
                }
                return;
            }
            tagColumn(column, text, vocabularies, taggers, tags, unmapped);
        });
        synthesisDesigns(row.get("method"), taggers.get(Vocabulary.STUDY_DESIGN), tags, known.get(Vocabulary.STUDY_DESIGN), unmapped);
        qualitativeFromMethods(tags, known.get(Vocabulary.STUDY_DESIGN));
        orderDesigns(tags);

        // a journal citation in the publisher column is where the article appeared, not who published it
        String publisher = row.get("publisher_or_org");
        boolean article = ARTICLE.matcher(row.getOrDefault("doc_type", "")).find();
        CatalogueText.Journal journal = CatalogueText.journal(publisher, article);
        Container container = Container.NONE;
        if (journal != null) {
            container = journal.container();
            publisher = null;
            if (journal.rest() != null) {
                unmapped.computeIfAbsent("publisher_or_org", c -> new ArrayList<>()).add(journal.rest());
            }
            Map<String, ConceptView> types = known.get(Vocabulary.DOCUMENT_TYPE);
            if (tags.getOrDefault(Vocabulary.DOCUMENT_TYPE, List.of()).isEmpty() && types.containsKey("journal-article")) {
                tags.computeIfAbsent(Vocabulary.DOCUMENT_TYPE, v -> new ArrayList<>()).add(types.get("journal-article"));
            }
        }
        if (row.get("other_dois") != null) {
            unmapped.computeIfAbsent("doi", c -> new ArrayList<>()).add(row.get("other_dois"));
        }

        // named prisons vanish into the "Prison" concept unless kept by name
        List<String> venues = new ArrayList<>();
        String given = row.get("venues");
        if (given != null && !given.isBlank()) {
            venues.addAll(topLevelParts(given));
        }
        for (String venue : CatalogueText.venues(row.get("setting"), row.get("title"), row.get("population"))) {
            if (venues.stream().noneMatch(v -> v.equalsIgnoreCase(venue))) {
                venues.add(venue);
            }
        }
        if (tags.getOrDefault(Vocabulary.REGION, List.of()).isEmpty()) {
            Map<String, ConceptView> regions = known.get(Vocabulary.REGION);
            List<ConceptView> inferred = CatalogueText.regions(venues,
                    List.of(row.getOrDefault("title", ""), row.getOrDefault("setting", ""), row.getOrDefault("population", "")),
                    List.of(row.getOrDefault("publisher_or_org", ""))).stream()
                .map(regions::get).filter(concept -> concept != null).toList();
            if (!inferred.isEmpty()) {
                tags.put(Vocabulary.REGION, new ArrayList<>(inferred));
            }
        }
        if (corrected != null) {
            // the curator's choice for a vocabulary replaces whatever the text mapped to
            corrected.forEach((vocabulary, slugs) -> {
                Map<String, ConceptView> concepts = known.getOrDefault(vocabulary, Map.of());
                tags.put(vocabulary, new ArrayList<>(slugs.stream().map(concepts::get).filter(concept -> concept != null).toList()));
            });
        }
        tags.values().removeIf(List::isEmpty);
        // an entry about women's prisons is also about prisons: broader concepts come along
        tags.forEach((vocabulary, concepts) -> withAncestors(concepts, known.get(vocabulary)));

        Map<String, List<String>> tagLabels = new LinkedHashMap<>();
        tags.forEach((vocabulary, concepts) -> tagLabels.put(vocabulary.label(),
                concepts.stream().map(ConceptView::label).distinct().toList()));
        String venueText = venues.isEmpty() ? null : String.join("; ", venues);
        Map<String, String> stored = stored(candidate, publisher, container, venueText);
        if (corrected != null && !corrected.isEmpty()) {
            stored.put("Tags", "corrected by hand: " + corrected.keySet().stream().map(Vocabulary::label).sorted()
                .collect(java.util.stream.Collectors.joining(", ")));
        }
        return new Tagged(candidate, tags, unmapped, container, publisher, venueText,
                new ImportReport.Row(candidate.line(), candidate.title(), ImportReport.Action.CREATE, tagLabels, unmapped, List.of(),
                        stored));
    }

    /** Tags one column's text with its vocabularies; text that none of them matched is kept. */
    private static void tagColumn(String column, String text, List<Vocabulary> vocabularies, Map<Vocabulary, Tagger> taggers,
            Map<Vocabulary, List<ConceptView>> tags, Map<String, List<String>> unmapped) {
        if (text.isBlank()) {
            return;
        }
        Set<String> unmatchedEverywhere = null;
        for (Vocabulary vocabulary : vocabularies) {
            Tagging tagging = taggers.get(vocabulary).tag(text);
            List<ConceptView> concepts = tags.computeIfAbsent(vocabulary, v -> new ArrayList<>());
            tagging.concepts().stream().filter(c -> concepts.stream().noneMatch(k -> k.slug().equals(c.slug()))).forEach(concepts::add);
            Set<String> unmatched = new LinkedHashSet<>(tagging.unmatched());
            if (unmatchedEverywhere == null) {
                unmatchedEverywhere = unmatched;
            }
            else {
                unmatchedEverywhere.retainAll(unmatched);
            }
        }
        if (unmatchedEverywhere != null && !unmatchedEverywhere.isEmpty()) {
            List<String> kept = unmapped.computeIfAbsent(column, c -> new ArrayList<>());
            unmatchedEverywhere.stream().filter(value -> !kept.contains(value)).forEach(kept::add);
        }
    }

    /**
     * A review's design is the review. Where the document type or a phrase of the method names a
     * synthesis ("systematic review of RCTs", "qualitative meta-synthesis"), the designs of the studies
     * it reviewed are not the document's: they are taken off and kept as text for the curator.
     */
    private static void synthesisDesigns(String method, Tagger designs, Map<Vocabulary, List<ConceptView>> tags,
            Map<String, ConceptView> known, Map<String, List<String>> unmapped) {
        List<ConceptView> tagged = tags.computeIfAbsent(Vocabulary.STUDY_DESIGN, v -> new ArrayList<>());
        for (ConceptView type : tags.getOrDefault(Vocabulary.DOCUMENT_TYPE, List.of())) {
            String design = SYNTHESIS_TYPES.get(type.slug());
            if (design != null && known.containsKey(design) && tagged.stream().noneMatch(c -> c.slug().equals(design))) {
                tagged.add(known.get(design));
            }
        }
        if (tagged.stream().noneMatch(c -> SYNTHESIS_DESIGNS.contains(c.slug()))) {
            return;
        }
        Set<String> ownDesigns = new HashSet<>();
        List<String> reviewedPhrases = new ArrayList<>();
        boolean wholeDocumentIsReview = tags.getOrDefault(Vocabulary.DOCUMENT_TYPE, List.of()).stream()
            .anyMatch(type -> SYNTHESIS_TYPES.containsKey(type.slug()));
        for (String part : Tagger.parts(method)) {
            List<ConceptView> found = designs.tag(part).concepts();
            boolean review = found.stream().anyMatch(c -> SYNTHESIS_DESIGNS.contains(c.slug()));
            if (review || wholeDocumentIsReview) {
                if (found.stream().anyMatch(c -> !SYNTHESIS_DESIGNS.contains(c.slug()))) {
                    reviewedPhrases.add(part);
                }
            }
            else {
                found.forEach(c -> ownDesigns.add(c.slug()));
            }
        }
        boolean removed = tagged.removeIf(c -> !SYNTHESIS_DESIGNS.contains(c.slug()) && !ownDesigns.contains(c.slug()));
        if (removed) {
            List<String> kept = unmapped.computeIfAbsent("method", c -> new ArrayList<>());
            reviewedPhrases.stream().map(p -> "designs of the studies reviewed: " + p).filter(p -> !kept.contains(p)).forEach(kept::add);
        }
    }

    /** Methods that only ever gather qualitative data. */
    private static final Set<String> QUALITATIVE_METHODS = Set.of("interviews", "focus-groups", "observation", "participant-observation",
            "ethnography", "diaries", "case-studies", "document-analysis");

    /** A study that names no design but only qualitative methods ("interviews and focus groups") is a qualitative study. */
    private static void qualitativeFromMethods(Map<Vocabulary, List<ConceptView>> tags, Map<String, ConceptView> designs) {
        List<ConceptView> methods = tags.getOrDefault(Vocabulary.METHOD, List.of());
        if (tags.getOrDefault(Vocabulary.STUDY_DESIGN, List.of()).isEmpty() && !methods.isEmpty()
                && methods.stream().allMatch(m -> QUALITATIVE_METHODS.contains(m.slug())) && designs.containsKey("qualitative-study")) {
            tags.computeIfAbsent(Vocabulary.STUDY_DESIGN, v -> new ArrayList<>()).add(designs.get("qualitative-study"));
        }
    }

    /**
     * The design that comes first is the entry's own: a review for a review, else the strongest
     * rated design ("before-after questionnaires with control groups" is a comparison-group study),
     * else the first named.
     */
    private static void orderDesigns(Map<Vocabulary, List<ConceptView>> tags) {
        List<ConceptView> designs = tags.get(Vocabulary.STUDY_DESIGN);
        if (designs != null) {
            designs.sort(java.util.Comparator.comparingInt(EvidenceImport::designRank));
        }
    }

    private static int designRank(ConceptView design) {
        if (SYNTHESIS_DESIGNS.contains(design.slug())) {
            return 0;
        }
        Integer level = StrengthRubric.designLevel(design);
        return level != null ? 6 - level : 10;
    }

    /** Every field as the entry will store it, for the dry run to show before anything is written. */
    private static Map<String, String> stored(Candidate candidate, String publisher, Container container, String venues) {
        Map<String, String> row = candidate.row();
        Map<String, String> stored = new LinkedHashMap<>();
        put(stored, "Year", candidate.year() == null ? null : String.valueOf(candidate.year()));
        put(stored, "Authors", String.join("; ", topLevelParts(row.getOrDefault("authors", ""))));
        put(stored, "Publisher", publisher);
        put(stored, "Journal", container.title());
        put(stored, "Volume", container.volume());
        put(stored, "Issue", container.issue());
        put(stored, "Pages", container.pages());
        put(stored, "DOI", row.get("doi"));
        put(stored, "Venues", venues);
        SampleSize sample = SampleSize.parse(row.get("sample_size"));
        put(stored, "Sample size", sample.known() ? sample.display() + (sample.note() == null ? "" : " (" + sample.note() + ")")
                : row.get("sample_size"));
        put(stored, "Address", urls(row).stream().findFirst().orElse(null));
        return stored;
    }

    private static void put(Map<String, String> map, String key, String value) {
        if (value != null && !value.isBlank()) {
            map.put(key, value.strip());
        }
    }

    private static List<String> urls(Map<String, String> row) {
        return Arrays.stream(row.getOrDefault("url", "").split("\\s;\\s|\\s+"))
            .map(String::strip).filter(u -> u.startsWith("http")).toList();
    }

    private EvidenceEntry build(Tagged tagged, String slug, boolean publish) {
        Candidate candidate = tagged.candidate();
        String title = candidate.title();
        Integer year = candidate.year();
        Map<String, String> row = candidate.row();
        Map<Vocabulary, List<ConceptView>> tags = tagged.tags();
        EvidenceEntry.Independence independence = candidate.independence();
        EvidenceEntry entry = new EvidenceEntry(title, slug, candidate.key(), clock);
        List<String> urls = urls(row);
        String peer = row.getOrDefault("peer_reviewed", "").toLowerCase(Locale.ROOT);
        entry.describe(new EntryDetails(title, year, null, null, tagged.publisher(),
                peer.isBlank() ? null : peer.equals("yes") || peer.equals("true"), independence, row.get("doi"), row.get("isbn"),
                urls.isEmpty() ? null : urls.get(0), urls.size() > 1 ? urls.subList(1, urls.size()) : List.of(), null, null,
                row.get("programme"), tagged.venues(), null, null, null, dataType(tags), row.get("sample_size"), null, null,
                null, null, row.get("summary"), row.get("key_quote")), clock);
        entry.source(row.get("certainty"));
        entry.publishedIn(tagged.container());
        entry.record(candidate.findings());
        List<Contributor> contributors = new ArrayList<>();
        for (String name : topLevelParts(row.getOrDefault("authors", ""))) {
            contributors.add(new Contributor(name, kind(name), Contributor.Role.AUTHOR));
        }
        for (String name : topLevelParts(tagged.publisher() == null ? "" : tagged.publisher())) {
            contributors.add(new Contributor(name, Contributor.Kind.ORGANISATION, Contributor.Role.PUBLISHER));
        }
        entry.credit(contributors);
        tags.forEach((vocabulary, concepts) -> entry.tag(vocabulary,
                concepts.stream().map(ConceptView::slug).distinct().toList()));
        tagged.unmapped().forEach(entry::keepUnmapped);
        // the rubric's suggestion, for a curator to confirm: a protocol or a study without results is not rated yet
        entry.rate(StrengthRubric.suggest(StrengthRubric.Facts.of(entry, tags.getOrDefault(Vocabulary.STUDY_DESIGN, List.of()))).level());
        String fullText = row.get(FULL_TEXT);
        if (fullText != null && !fullText.isBlank()) {
            entry.attachText(FULL_TEXT_FILENAME, fullText, clock);
        }
        if (publish) {
            // nobody has reviewed an imported record: it shows "Not reviewed yet" until a curator does
            entry.publishWithoutReview(clock);
        }
        return entry;
    }

    private static final String NUMBER = "[-+]?(?:\\d+(?:\\.\\d*)?|\\.\\d+)";

    /**
     * An effect size, and its confidence interval in square brackets where the study reported one:
     * "0.31", "0.31 [0.12, 0.50]" (a 95% interval) or "0.31 [90% CI 0.12, 0.50]". The interval lives in
     * the effect cell rather than in parts of its own so that the six parts of a finding stay as they were.
     */
    private static final java.util.regex.Pattern EFFECT = java.util.regex.Pattern.compile("(?<effect>" + NUMBER + ")"
            + "(?:\\s*\\[\\s*(?:(?<level>\\d{1,3})\\s*%\\s*(?:CI\\b)?\\s*:?\\s*)?(?<lower>" + NUMBER + ")\\s*(?:,|\\bto\\b)\\s*(?<upper>"
            + NUMBER + ")\\s*\\])?", java.util.regex.Pattern.CASE_INSENSITIVE);

    private static final java.math.BigDecimal LARGEST = new java.math.BigDecimal("99999");

    /**
     * "outcome | direction | effect | metric | time point | confidence", findings separated by "||";
     * the effect may carry its confidence interval, as {@link #EFFECT} describes.
     */
    private static List<Finding> findings(String text, Tagger outcomes, List<String> problems) {
        List<Finding> findings = new ArrayList<>();
        if (text.isBlank()) {
            return findings;
        }
        for (String part : text.split("\\|\\|")) {
            String[] fields = Arrays.stream(part.split("\\|", -1)).map(String::strip).toArray(String[]::new);
            if (fields.length != 6) {
                problems.add("The finding '" + part.strip() + "' needs six parts separated by '|': outcome, direction, effect size,"
                        + " metric, time point and confidence.");
                continue;
            }
            List<ConceptView> outcome = outcomes.tag(fields[0]).concepts();
            if (outcome.isEmpty()) {
                problems.add("The finding's outcome '" + fields[0] + "' matches no outcome in the vocabulary.");
                continue;
            }
            var direction = Finding.Direction.parse(fields[1]);
            if (direction.isEmpty()) {
                problems.add("The finding's direction '" + fields[1] + "' should be positive, mixed, no difference, negative or not tested.");
                continue;
            }
            java.math.BigDecimal effect = null;
            java.math.BigDecimal lower = null;
            java.math.BigDecimal upper = null;
            Integer level = null;
            if (!fields[2].isEmpty()) {
                var matcher = EFFECT.matcher(fields[2].replace('\u2212', '-'));
                if (!matcher.matches()) {
                    problems.add("The finding's effect size '" + fields[2] + "' should be a number, with its confidence interval"
                            + " in brackets if the study gave one: 0.31 or 0.31 [0.12, 0.50].");
                    continue;
                }
                effect = new java.math.BigDecimal(matcher.group("effect"));
                if (matcher.group("lower") != null) {
                    lower = new java.math.BigDecimal(matcher.group("lower"));
                    upper = new java.math.BigDecimal(matcher.group("upper"));
                    level = matcher.group("level") == null ? null : Integer.valueOf(matcher.group("level"));
                    if (lower.compareTo(effect) > 0 || effect.compareTo(upper) > 0) {
                        problems.add("The finding's confidence interval in '" + fields[2] + "' should run from a lower bound to an"
                                + " upper bound around the effect size.");
                        continue;
                    }
                    if (level != null && !Finding.validLevel(level)) {
                        problems.add("The finding's confidence level in '" + fields[2] + "' should be a percentage from 50 to 99.");
                        continue;
                    }
                }
                if (effect.abs().compareTo(LARGEST) > 0 || lower != null && (lower.abs().compareTo(LARGEST) > 0
                        || upper.abs().compareTo(LARGEST) > 0)) {
                    problems.add("The finding's effect size '" + fields[2] + "' is too large to be an effect size.");
                    continue;
                }
            }
            var confidence = Finding.Confidence.parse(fields[5]);
            if (!fields[5].isEmpty() && confidence.isEmpty()) {
                problems.add("The finding's confidence '" + fields[5] + "' should be high, moderate or low.");
                continue;
            }
            findings.add(new Finding(outcome.get(0).slug(), direction.get(), effect, fields[3].isEmpty() ? null : fields[3],
                    fields[4].isEmpty() ? null : fields[4], confidence.orElse(null), lower, upper, level));
        }
        return findings;
    }

    /** Qualitative designs make qualitative data; measured designs quantitative; both, mixed. */
    private static EvidenceEntry.DataType dataType(Map<Vocabulary, List<ConceptView>> tags) {
        List<ConceptView> designs = tags.getOrDefault(Vocabulary.STUDY_DESIGN, List.of());
        boolean rated = designs.stream().anyMatch(d -> StrengthRubric.designLevel(d) != null);
        boolean qualitative = designs.stream().anyMatch(d -> StrengthRubric.designLevel(d) == null);
        if (designs.isEmpty()) {
            return null;
        }
        return rated && qualitative ? EvidenceEntry.DataType.MIXED : rated ? EvidenceEntry.DataType.QUANTITATIVE
                : EvidenceEntry.DataType.QUALITATIVE;
    }

    private static void withAncestors(List<ConceptView> concepts, Map<String, ConceptView> bySlug) {
        List<ConceptView> ancestors = new ArrayList<>();
        for (ConceptView concept : concepts) {
            String parent = concept.parentSlug();
            for (int depth = 0; parent != null && depth < 10; depth++) {
                ConceptView found = bySlug.get(parent);
                if (found == null) {
                    break;
                }
                if (concepts.stream().noneMatch(c -> c.slug().equals(found.slug()))
                        && ancestors.stream().noneMatch(c -> c.slug().equals(found.slug()))) {
                    ancestors.add(found);
                }
                parent = found.parentSlug();
            }
        }
        concepts.addAll(ancestors);
    }

    public static String importKey(String doi, String title, Integer year) {
        if (doi != null && !doi.isBlank()) {
            return "doi:" + EntryDetails.doi(doi.toLowerCase(Locale.ROOT));
        }
        return "title:" + Slugs.of(title) + "|" + (year == null ? "" : year);
    }

    /** Splits "A; B (x; y); C" at the semicolons outside brackets, dropping the bracketed notes. */
    public static List<String> topLevelParts(String text) {
        List<String> parts = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        int depth = 0;
        for (char ch : text.toCharArray()) {
            if (ch == '(') {
                depth++;
            }
            else if (ch == ')') {
                depth = Math.max(0, depth - 1);
            }
            else if (ch == ';' && depth == 0) {
                parts.add(current.toString());
                current.setLength(0);
            }
            else if (depth == 0) {
                current.append(ch);
            }
        }
        parts.add(current.toString());
        return parts.stream().map(String::strip).filter(p -> !p.isEmpty()).toList();
    }

    /** Whether a name reads as an organisation's ("Northumbria University") rather than a person's. */
    public static boolean looksLikeOrganisation(String name) {
        return ORGANISATION.matcher(name).find();
    }

    private static Contributor.Kind kind(String name) {
        return looksLikeOrganisation(name) ? Contributor.Kind.ORGANISATION : Contributor.Kind.PERSON;
    }

    private static Map<String, ConceptView> bySlug(List<ConceptView> concepts) {
        Map<String, ConceptView> map = new LinkedHashMap<>();
        concepts.forEach(concept -> map.put(concept.slug(), concept));
        return map;
    }
}
