package uk.org.ncjaa.springboard.evidence.files;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;

import uk.org.ncjaa.springboard.evidence.domain.EvidenceFile.Extraction;
import uk.org.ncjaa.springboard.shared.files.TimeLimited;

/**
 * Reads the text of a PDF within a time limit and a memory budget (PDFBox spills to a temporary
 * file beyond it). Whatever the file holds, the answer is a result, never an exception: an
 * encrypted, broken or image-only PDF is reported as such for a curator.
 */
final class PdfText {

    record Result(Extraction status, String text, int pages, String note) {
    }

    private final Duration timeLimit;
    private final long memoryBytes;
    private final int maxCharacters;

    PdfText(Duration timeLimit, long memoryBytes, int maxCharacters) {
        this.timeLimit = timeLimit;
        this.memoryBytes = memoryBytes;
        this.maxCharacters = maxCharacters;
    }

    Result read(Path pdf) {
        try {
            return TimeLimited.call("pdf-text", timeLimit, () -> extract(pdf));
        }
        catch (TimeoutException ex) {
            return new Result(Extraction.TOO_LARGE, null, 0, "Reading stopped after " + timeLimit.toSeconds() + " seconds.");
        }
        catch (ExecutionException ex) {
            Throwable cause = ex.getCause();
            if (cause instanceof OutOfMemoryError) {
                return new Result(Extraction.TOO_LARGE, null, 0, "The file needed more memory than reading is allowed.");
            }
            return new Result(Extraction.UNREADABLE, null, 0, "The file is damaged or not a PDF we can read.");
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            return new Result(Extraction.UNREADABLE, null, 0, "Reading was interrupted; it will be tried again.");
        }
    }

    private Result extract(Path pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile(), MemoryUsageSetting.setupMixed(memoryBytes).streamCache)) {
            int pages = document.getNumberOfPages();
            if (document.isEncrypted() && !document.getCurrentAccessPermission().canExtractContent()) {
                return new Result(Extraction.ENCRYPTED, null, pages, "The PDF does not allow its text to be copied.");
            }
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(false);
            String text = stripper.getText(document).replace('\u0000', ' ').strip();
            String note = null;
            if (text.length() > maxCharacters) {
                text = text.substring(0, maxCharacters);
                note = "Only the first " + maxCharacters + " characters are searched.";
            }
            if (text.isBlank()) {
                return new Result(Extraction.NO_TEXT, null, pages, "No text found: the pages may be scanned images.");
            }
            return new Result(Extraction.DONE, text, pages, note);
        }
        catch (InvalidPasswordException ex) {
            return new Result(Extraction.ENCRYPTED, null, 0, "The PDF needs a password to open.");
        }
    }
}
