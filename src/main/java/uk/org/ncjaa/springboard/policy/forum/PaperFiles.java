package uk.org.ncjaa.springboard.policy.forum;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.multipart.MultipartFile;

import uk.org.ncjaa.springboard.shared.files.FileStore;
import uk.org.ncjaa.springboard.shared.files.PdfScreening;

/**
 * Forum papers in the {@link FileStore} beside the site's other files, each checked by the same screening as the
 * Evidence Library's uploads: what cannot be opened is refused, scripts are removed from the copy kept.
 */
@Component
class PaperFiles {

    record Stored(String key, String fileName, long size, String risks) {
    }

    static final String AREA = "forum-papers";

    private final FileStore store;
    private final long maxBytes;
    private final PdfScreening screening;

    PaperFiles(FileStore store, @Value("${springboard.evidence.max-upload:25MB}") DataSize maxUpload,
            @Value("${springboard.evidence.read-memory:64MB}") DataSize memory) {
        this.store = store;
        this.maxBytes = maxUpload.toBytes();
        this.screening = new PdfScreening(memory.toBytes());
    }

    Stored store(MultipartFile upload) {
        if (upload == null || upload.isEmpty()) {
            throw new PdfScreening.Rejected("Choose a PDF file to upload.");
        }
        if (upload.getSize() > maxBytes) {
            throw new PdfScreening.Rejected("The file is too large; the largest we accept is " + (maxBytes / 1_048_576) + " MB.");
        }
        try (InputStream in = upload.getInputStream()) {
            return store(in, upload.getOriginalFilename());
        }
        catch (IOException ex) {
            throw new PdfScreening.Rejected("The upload did not arrive complete. Please try again.");
        }
    }

    Stored store(InputStream content, String originalName) throws IOException {
        Path temporary = Files.createTempFile("upload-", ".part");
        Path cleaned = temporary.resolveSibling(temporary.getFileName() + ".cleaned");
        try {
            long size = Files.copy(content, temporary, StandardCopyOption.REPLACE_EXISTING);
            if (size > maxBytes) {
                throw new PdfScreening.Rejected("The file is too large; the largest we accept is " + (maxBytes / 1_048_576) + " MB.");
            }
            if (!PdfScreening.hasPdfHeader(temporary)) {
                throw new PdfScreening.Rejected("That file is not a PDF. Please upload the paper as a PDF document.");
            }
            PdfScreening.Result screened = screening.screen(temporary, cleaned);
            Path kept = screened.cleaned() != null ? screened.cleaned() : temporary;
            String key = UUID.randomUUID() + ".pdf";
            store.put(AREA, key, kept);
            return new Stored(key, safeName(originalName), Files.size(kept),
                    String.join(",", screened.risks().stream().map(Enum::name).sorted().toList()));
        }
        finally {
            Files.deleteIfExists(temporary);
            Files.deleteIfExists(cleaned);
        }
    }

    Optional<Resource> content(Paper paper) {
        return store.get(AREA, paper.storageKey());
    }

    static String safeName(String name) {
        String base = name == null ? "" : name.replace('\\', '/').replaceAll(".*/", "");
        base = base.replaceAll("[^\\p{L}\\p{N} ._()-]", "").strip();
        if (base.isEmpty()) {
            base = "paper";
        }
        if (base.length() > 120) {
            base = base.substring(0, 120);
        }
        return base.toLowerCase(java.util.Locale.ROOT).endsWith(".pdf") ? base : base + ".pdf";
    }
}
