package uk.org.ncjaa.springboard.evidence.imports;

import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

import uk.org.ncjaa.springboard.taxonomy.Vocabulary;

/**
 * A curator's bulk import in two steps: the file is checked (a dry run, shown row by row) and
 * kept; when the curator confirms, a durable job imports it and records its progress.
 */
@Service
public class ImportJobs {

    static final String TASK = "evidence-import";
    public static final int MAX_BYTES = 10 * 1024 * 1024;
    private static final Logger log = LoggerFactory.getLogger(ImportJobs.class);

    /** Why a file cannot be imported at all, in words for the curator. */
    public static class Refused extends RuntimeException {
        public Refused(String message) {
            super(message);
        }
    }

    public record Job(UUID id, String filename, ImportTable.Format format, boolean publish, String status, int total, int done,
            Integer created, Integer present, Integer rejected) {

        public int percent() {
            return total == 0 ? 100 : Math.min(100, done * 100 / total);
        }

        public boolean finished() {
            return status.equals("DONE") || status.equals("FAILED");
        }
    }

    public record Checked(Job job, ImportReport report) {
    }

    private final EvidenceImport importer;
    private final JdbcTemplate jdbc;
    private final ObjectProvider<SchedulerClient> scheduler;
    private final OneTimeTask<String> task;
    private final Clock clock;
    private final JsonMapper json;

    ImportJobs(EvidenceImport importer, JdbcTemplate jdbc, ObjectProvider<SchedulerClient> scheduler, OneTimeTask<String> evidenceImportTask,
            Clock clock, JsonMapper json) {
        this.json = json;
        this.importer = importer;
        this.jdbc = jdbc;
        this.scheduler = scheduler;
        this.task = evidenceImportTask;
        this.clock = clock;
    }

    public Checked check(String filename, byte[] bytes, String curator) {
        if (bytes.length == 0) {
            throw new Refused("Choose a file to import.");
        }
        if (bytes.length > MAX_BYTES) {
            throw new Refused("The file is larger than 10 MB. Split it into smaller files.");
        }
        String content;
        try {
            content = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        }
        catch (CharacterCodingException ex) {
            throw new Refused("The file is not UTF-8 text. In a spreadsheet, save it as 'CSV UTF-8' or 'Unicode text'.");
        }
        if (content.indexOf('\u0000') >= 0) {
            throw new Refused("That looks like a binary file, not text. Save the spreadsheet as CSV or tab-separated text.");
        }
        String safeName = filename == null || filename.isBlank() ? "import" : filename.replaceAll(".*[/\\\\]", "");
        ImportTable.Format format = ImportTable.Format.guess(safeName, content.substring(0, Math.min(content.length(), 2000)));
        ImportTable table = ImportTable.read(new StringReader(content), format);
        ImportReport report = importer.dryRun(table);
        UUID id = UUID.randomUUID();
        jdbc.update("""
                insert into evidence_import_job (id, filename, format, content, status, total_rows, created_by, created_at)
                values (?, ?, ?, ?, 'CHECKED', ?, ?, ?)""", id, safeName, format.name(), content, table.rows().size(), curator,
                Timestamp.from(clock.instant()));
        return new Checked(find(id).orElseThrow(), report);
    }

    /** The dry run again, with the curator's corrections, for the page that shows it before the curator confirms. */
    public Optional<Checked> checked(UUID id) {
        return content(id).flatMap(content -> find(id).map(job ->
                new Checked(job, importer.dryRun(ImportTable.read(new StringReader(content), job.format()), corrections(id)))));
    }

    /**
     * A curator's choice of tags for one row of a checked file, for each vocabulary given; an
     * empty list means none. Only while the file waits to be imported.
     *
     * @return false when the job is not waiting any more, or has no such line
     */
    @Transactional
    public boolean correct(UUID id, int line, Map<Vocabulary, List<String>> tags) {
        Optional<Checked> checked = checked(id);
        if (checked.isEmpty() || checked.get().report().rows().stream().noneMatch(row -> row.line() == line
                && row.action() == ImportReport.Action.CREATE)) {
            return false;
        }
        Map<Integer, Map<Vocabulary, List<String>>> all = new java.util.TreeMap<>(corrections(id));
        all.put(line, tags);
        return jdbc.update("update evidence_import_job set corrections = cast(? as jsonb) where id = ? and status = 'CHECKED'",
                json.writeValueAsString(all), id) == 1;
    }

    /** The curator's corrections so far, by line. */
    public Map<Integer, Map<Vocabulary, List<String>>> corrections(UUID id) {
        String stored = jdbc.queryForList("select corrections::text from evidence_import_job where id = ?", String.class, id).stream()
            .findFirst().orElse("{}");
        Map<Integer, Map<Vocabulary, List<String>>> corrections = new java.util.TreeMap<>();
        json.readTree(stored).properties().forEach(line -> {
            Map<Vocabulary, List<String>> tags = new java.util.EnumMap<>(Vocabulary.class);
            line.getValue().properties().forEach(vocabulary -> tags.put(Vocabulary.valueOf(vocabulary.getKey()),
                    vocabulary.getValue().valueStream().map(slug -> slug.asString()).toList()));
            corrections.put(Integer.parseInt(line.getKey()), tags);
        });
        return corrections;
    }

    @Transactional
    public void start(UUID id, boolean publish) {
        int updated = jdbc.update("update evidence_import_job set status = 'QUEUED', publish = ? where id = ? and status = 'CHECKED'",
                publish, id);
        if (updated == 1) {
            scheduler.getObject().scheduleIfNotExists(task.instance(id.toString(), id.toString()), clock.instant());
        }
    }

    public Optional<Job> find(UUID id) {
        return jdbc.query("""
                select id, filename, format, publish, status, total_rows, done_rows, created, present, rejected
                from evidence_import_job where id = ?""", (rs, n) -> new Job(rs.getObject(1, UUID.class), rs.getString(2),
                ImportTable.Format.valueOf(rs.getString(3)), rs.getBoolean(4), rs.getString(5), rs.getInt(6), rs.getInt(7),
                (Integer) rs.getObject(8), (Integer) rs.getObject(9), (Integer) rs.getObject(10)), id).stream().findFirst();
    }

    private Optional<String> content(UUID id) {
        return jdbc.queryForList("select content from evidence_import_job where id = ? and status = 'CHECKED'", String.class, id)
            .stream().findFirst();
    }

    void run(UUID id) {
        Job job = find(id).orElse(null);
        String content = jdbc.queryForList("select content from evidence_import_job where id = ?", String.class, id).stream()
            .findFirst().orElse(null);
        if (job == null || content == null || job.finished()) {
            return;
        }
        jdbc.update("update evidence_import_job set status = 'RUNNING' where id = ?", id);
        try {
            ImportReport report = importer.run(ImportTable.read(new StringReader(content), job.format()), job.publish(), done -> {
                if (done % 25 == 0 || done == job.total()) {
                    jdbc.update("update evidence_import_job set done_rows = ? where id = ?", done, id);
                }
            }, corrections(id));
            // the file is not needed once imported: the entries hold everything it said
            jdbc.update("""
                    update evidence_import_job set status = 'DONE', done_rows = total_rows, created = ?, present = ?, rejected = ?,
                    content = '', finished_at = ? where id = ?""", (int) report.count(ImportReport.Action.CREATE),
                    (int) report.count(ImportReport.Action.ALREADY_PRESENT), (int) report.count(ImportReport.Action.REJECTED),
                    Timestamp.from(clock.instant()), id);
            log.info("Import {} finished: {} created", id, report.count(ImportReport.Action.CREATE));
        }
        catch (RuntimeException ex) {
            jdbc.update("update evidence_import_job set status = 'FAILED', finished_at = ? where id = ?", Timestamp.from(clock.instant()), id);
            log.error("Import {} failed", id, ex);
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class Jobs {

        @Bean
        OneTimeTask<String> evidenceImportTask(ObjectProvider<ImportJobs> jobs) {
            return Tasks.oneTime(TASK, String.class).execute((instance, context) -> jobs.getObject().run(UUID.fromString(instance.getData())));
        }
    }
}
