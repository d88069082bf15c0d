package uk.org.ncjaa.springboard.policy.forum;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.multipart.MultipartFile;

import uk.org.ncjaa.springboard.shared.SpringboardProperties;
import uk.org.ncjaa.springboard.shared.files.PdfScreening;

/**
 * Forum papers on disk beside the site's other files, each checked by the same screening as the
 * Evidence Library's uploads: what cannot be opened is refused, scripts are removed from the copy kept.
 */
@Component
class PaperFiles {

    record Stored(String key, String fileName, long size, String risks) {
    }

    private final Path root;
    private final long maxBytes;
    private final PdfScreening screening;

    PaperFiles(SpringboardProperties properties, @Value("${springboard.evidence.max-upload:25MB}") DataSize maxUpload,
            @Value("${springboard.evidence.read-memory:64MB}") DataSize memory) {
        this.root = properties.dataDir().resolve("forum-papers");
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
        Files.createDirectories(root);
        Path temporary = Files.createTempFile(root, "upload-", ".part");
        Path cleaned = root.resolve(temporary.getFileName() + ".cleaned");
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
            Files.move(kept, root.resolve(key), StandardCopyOption.ATOMIC_MOVE);
            return new Stored(key, safeName(originalName), Files.size(root.resolve(key)),
                    String.join(",", screened.risks().stream().map(Enum::name).sorted().toList()));
        }
        finally {
            Files.deleteIfExists(temporary);
            Files.deleteIfExists(cleaned);
        }
    }

    Optional<Path> path(Paper paper) {
        Path path = root.resolve(paper.storageKey()).normalize();
        return path.startsWith(root) && Files.isRegularFile(path) ? Optional.of(path) : Optional.empty();
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
