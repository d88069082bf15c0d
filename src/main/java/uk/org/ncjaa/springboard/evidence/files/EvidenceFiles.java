package uk.org.ncjaa.springboard.evidence.files;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.unit.DataSize;
import org.springframework.web.multipart.MultipartFile;

import uk.org.ncjaa.springboard.evidence.domain.EvidenceEntry;
import uk.org.ncjaa.springboard.evidence.domain.EvidenceFile;
import uk.org.ncjaa.springboard.evidence.domain.EvidenceRepository;
import uk.org.ncjaa.springboard.shared.files.FileStore;
import uk.org.ncjaa.springboard.shared.files.PdfScreening;

/**
 * PDFs attached to entries: checked by their content (not their name), kept in the {@link FileStore}
 * (the data directory, or the database for several nodes), and read for search by a durable job,
 * so a crash or restart never loses one.
 */
@Service
public class EvidenceFiles {

    static final String TASK = "evidence-pdf-text";
    static final String AREA = "evidence-files";
    private static final Logger log = LoggerFactory.getLogger(EvidenceFiles.class);

    /** Why an upload was refused, in words for the person uploading. */
    public static class Rejected extends RuntimeException {

        private final String key;
        private final transient Object[] arguments;

        public Rejected(String message) {
            this(null, message);
        }

        /** @param key the message in the bundles that says the same in the page's language; {@code message} is its English */
        public Rejected(String key, String message, Object... arguments) {
            super(message);
            this.key = key;
            this.arguments = arguments;
        }

        /** The bundle's key for the reason, or null when there is only the English. */
        public String key() {
            return key;
        }

        public Object[] arguments() {
            return arguments == null ? new Object[0] : arguments.clone();
        }
    }

    private final EvidenceRepository entries;
    private final TransactionTemplate transactions;
    private final ObjectProvider<SchedulerClient> scheduler;
    private final OneTimeTask<Long> readTask;
    private final Clock clock;
    private final FileStore store;
    private final DataSize maxUpload;
    private final PdfScreening screening;

    EvidenceFiles(EvidenceRepository entries, TransactionTemplate transactions, ObjectProvider<SchedulerClient> scheduler,
            OneTimeTask<Long> evidencePdfText, Clock clock, FileStore store,
            @Value("${springboard.evidence.max-upload:25MB}") DataSize maxUpload,
            @Value("${springboard.evidence.read-memory:64MB}") DataSize memory) {
        this.entries = entries;
        this.transactions = transactions;
        this.scheduler = scheduler;
        this.readTask = evidencePdfText;
        this.clock = clock;
        this.store = store;
        this.maxUpload = maxUpload;
        this.screening = new PdfScreening(memory.toBytes());
    }

    public DataSize maxUpload() {
        return maxUpload;
    }

    /**
     * Stores a PDF and schedules reading its text; the caller's transaction carries both. A PDF
     * that cannot be opened is refused; one that opens with a risk is kept, the risk noted on it
     * (see {@link EvidenceFile#uploadRisks()}).
     */
    public EvidenceFile attach(EvidenceEntry entry, MultipartFile upload) {
        if (upload == null || upload.isEmpty()) {
            throw new Rejected("evidence.upload.choose", "Choose a PDF file to upload.");
        }
        if (upload.getSize() > maxUpload.toBytes()) {
            throw new Rejected("evidence.upload.toolarge", "The file is " + megabytes(upload.getSize()) + "; the largest we accept is "
                    + megabytes(maxUpload.toBytes()) + ".", megabytes(upload.getSize()), megabytes(maxUpload.toBytes()));
        }
        try (InputStream in = upload.getInputStream()) {
            return attach(entry, in, upload.getOriginalFilename());
        }
        catch (IOException ex) {
            throw new Rejected("evidence.upload.incomplete", "The upload did not arrive complete. Please try again.");
        }
    }

    public EvidenceFile attach(EvidenceEntry entry, InputStream content, String originalName) throws IOException {
        Path temporary = Files.createTempFile("upload-", ".part");
        Path cleaned = temporary.resolveSibling(temporary.getFileName() + ".cleaned");
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            long size;
            try (InputStream in = new DigestInputStream(content, sha256)) {
                size = Files.copy(in, temporary, StandardCopyOption.REPLACE_EXISTING);
            }
            if (size > maxUpload.toBytes()) {
                throw new Rejected("evidence.upload.larger", "The file is larger than " + megabytes(maxUpload.toBytes()) + ".",
                        megabytes(maxUpload.toBytes()));
            }
            if (!PdfScreening.hasPdfHeader(temporary)) {
                throw new Rejected("evidence.upload.notpdf", "That file is not a PDF. Please upload the report as a PDF document.");
            }
            PdfScreening.Result screened;
            try {
                screened = screening.screen(temporary, cleaned);
            }
            catch (PdfScreening.Rejected rejected) {
                throw new Rejected(rejected.getMessage());
            }
            String digest = HexFormat.of().formatHex(sha256.digest());
            Path kept = temporary;
            if (screened.cleaned() != null) {
                // the copy without scripts is what is kept and served; its own size and digest go with it
                kept = screened.cleaned();
                size = Files.size(kept);
                digest = sha256Of(kept);
            }
            String key = UUID.randomUUID() + ".pdf";
            store.put(AREA, key, kept);
            EvidenceFile file = entry.attach(safeName(originalName), size, digest, key, clock);
            file.screened(screened.risks().stream().map(r -> EvidenceFile.Risk.valueOf(r.name()))
                .collect(java.util.stream.Collectors.toCollection(() -> java.util.EnumSet.noneOf(EvidenceFile.Risk.class))),
                    screened.cleaned() != null);
            if (!screened.risks().isEmpty()) {
                log.info("PDF {} for entry {} kept with risks {}", key, entry.slug(), screened.risks());
            }
            entries.saveAndFlush(entry);
            // saving merges the entry, and merging persists a copy of the new file: the copy holds the id
            EvidenceFile saved = entry.files().stream().filter(f -> f.storageKey().equals(key)).findFirst().orElse(file);
            scheduler.getObject().scheduleIfNotExists(readTask.instance("file-" + saved.id(), saved.id()), clock.instant());
            return saved;
        }
        catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException(ex);
        }
        finally {
            Files.deleteIfExists(temporary);
            Files.deleteIfExists(cleaned);
        }
    }

    private static String sha256Of(Path file) throws IOException, NoSuchAlgorithmException {
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /** The stored file, to serve. */
    public Optional<Resource> content(EvidenceFile file) {
        return store.get(AREA, file.storageKey());
    }

    /** Runs in the durable job: reads one file and stores the result on it. */
    void read(long fileId, PdfText reader) throws IOException {
        Optional<String> key = transactions.execute(status -> entries.findFile(fileId).map(EvidenceFile::storageKey));
        Optional<PdfText.Result> read = key == null || key.isEmpty() ? Optional.empty() : store.read(AREA, key.get(), reader::read);
        if (read.isEmpty()) {
            log.warn("PDF {} is gone; nothing to read", fileId);
            return;
        }
        PdfText.Result result = read.get();
        // only the file row changes (the entry is re-indexed through it), so a member editing the entry meanwhile never conflicts
        transactions.executeWithoutResult(status -> entries.findFile(fileId)
            .ifPresent(file -> file.read(result.status(), result.text(), result.pages(), result.note())));
        log.info("Read PDF {}: {}", fileId, result.status());
    }

    static String safeName(String name) {
        // browsers may send a whole path; keep the last part, in safe characters only
        String base = name == null ? "" : name.replace('\\', '/').replaceAll(".*/", "");
        base = base.replaceAll("[^\\p{L}\\p{N} ._()-]", "").strip();
        if (base.isEmpty()) {
            base = "report";
        }
        if (base.length() > 120) {
            base = base.substring(0, 120);
        }
        return base.toLowerCase(java.util.Locale.ROOT).endsWith(".pdf") ? base : base + ".pdf";
    }

    private static String megabytes(long bytes) {
        return String.format(java.util.Locale.UK, "%.1f MB", bytes / 1_048_576.0);
    }

    @Configuration(proxyBeanMethods = false)
    static class Jobs {

        @Bean
        OneTimeTask<Long> evidencePdfText(ObjectProvider<EvidenceFiles> files,
                @Value("${springboard.evidence.read-time-limit:60s}") Duration timeLimit,
                @Value("${springboard.evidence.read-memory:64MB}") DataSize memory,
                @Value("${springboard.evidence.read-max-characters:2000000}") int maxCharacters) {
            PdfText reader = new PdfText(timeLimit, memory.toBytes(), maxCharacters);
            return Tasks.oneTime(TASK, Long.class).execute((instance, context) -> {
                try {
                    files.getObject().read(instance.getData(), reader);
                }
                catch (IOException ex) {
                    // db-scheduler tries the job again later
                    throw new java.io.UncheckedIOException(ex);
                }
            });
        }
    }
}
