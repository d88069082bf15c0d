package uk.org.ncjaa.springboard.shared.files;

import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;
import java.util.regex.Pattern;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.io.RandomAccessStreamCache.StreamCacheCreateFunction;
import org.apache.pdfbox.pdfparser.PDFParser;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

/**
 * Checks an uploaded PDF before it is kept, for every module that accepts one. What cannot be opened is refused with a reason for the
 * member (damaged beyond repair, or locked with a password); what opens but carries a risk is kept
 * with the risk noted. A PDF with scripts or actions that run when opened, or with content before
 * the PDF itself (a file made to be read as a web page too), is kept as a copy PDFBox writes
 * without them, so the site never hands out the original.
 */
public final class PdfScreening {

    /** What the check found in a file it kept. */
    public enum Risk { SCRIPTS, CONTENT_BEFORE_PDF, REPAIRED, PROTECTED }

    /** Why a file was refused, in words for the person uploading. */
    public static class Rejected extends RuntimeException {
        public Rejected(String message) {
            super(message);
        }
    }


    /** The names of actions that run something: JavaScript, or another program. */
    private static final Set<String> ACTIVE_ACTIONS = Set.of("JavaScript", "Launch");
    private static final byte[] HEADER = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] END = "%%EOF".getBytes(StandardCharsets.US_ASCII);
    private static final Pattern HTML = Pattern.compile("<\\s*(html|script|body|head|iframe|svg|object|embed|img|!doctype)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final int LOOK = 1024;

    /** What was found, and the copy to keep instead of the upload (null to keep the upload as it came). */
    public record Result(Set<Risk> risks, Path cleaned) {

        public Result {
            risks = risks.isEmpty() ? Collections.emptySet() : Collections.unmodifiableSet(EnumSet.copyOf(risks));
        }
    }

    /** Longer than any real paper takes to check (well under a second for a 50 MB report): what takes longer is refused. */
    public static final Duration TIME_LIMIT = Duration.ofSeconds(20);

    private final long memoryBytes;
    private final Duration timeLimit;

    public PdfScreening(long memoryBytes) {
        this(memoryBytes, TIME_LIMIT);
    }

    public PdfScreening(long memoryBytes, Duration timeLimit) {
        this.memoryBytes = memoryBytes;
        this.timeLimit = timeLimit;
    }

    /**
     * Checks the file on a thread of its own, for at most the time limit: a file made to keep the
     * parser busy costs the person uploading a refusal, not the site a request thread.
     *
     * @param pdf the upload, already known to have a PDF header within its first kilobyte
     * @param cleanedCopy where to write a copy without scripts when one is needed
     * @throws Rejected when the file cannot be opened, or checking it takes too long or too much memory
     */
    public Result screen(Path pdf, Path cleanedCopy) throws IOException {
        try {
            return TimeLimited.call("pdf-screening", timeLimit, () -> screenNow(pdf, cleanedCopy));
        }
        catch (TimeoutException ex) {
            throw new Rejected("Checking the file took too long, so it was not kept. It may be damaged: try saving or printing it "
                    + "as a PDF again.");
        }
        catch (ExecutionException ex) {
            Throwable cause = ex.getCause();
            if (cause instanceof IOException io) {
                throw io;
            }
            if (cause instanceof RuntimeException failed) {
                // a Rejected among them, with its reason for the person uploading
                throw failed;
            }
            if (cause instanceof OutOfMemoryError) {
                throw new Rejected("Checking the file needed more memory than we allow, so it was not kept. Try a smaller copy of it.");
            }
            throw new IllegalStateException(cause);
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new Rejected("Checking the file was interrupted. Please try again.");
        }
    }

    private Result screenNow(Path pdf, Path cleanedCopy) throws IOException {
        Set<Risk> risks = EnumSet.noneOf(Risk.class);
        byte[] head = head(pdf);
        int header = indexOf(head, HEADER);
        if (header != 0 || HTML.matcher(new String(head, 0, Math.max(header, 0), StandardCharsets.ISO_8859_1)).find()) {
            risks.add(Risk.CONTENT_BEFORE_PDF);
        }
        if (header > 0) {
            // its offsets count from the header, as readers take them: read the PDF alone, or every such file looks damaged
            Path body = pdf.resolveSibling(pdf.getFileName() + ".body");
            try {
                try (InputStream in = Files.newInputStream(pdf)) {
                    in.skipNBytes(header);
                    Files.copy(in, body, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                }
                return screen(body, cleanedCopy, risks);
            }
            finally {
                Files.deleteIfExists(body);
            }
        }
        return screen(pdf, cleanedCopy, risks);
    }

    private Result screen(Path pdf, Path cleanedCopy, Set<Risk> risks) throws IOException {
        StreamCacheCreateFunction cache = MemoryUsageSetting.setupMixed(memoryBytes).streamCache;
        PDDocument document = strictly(pdf, cache);
        if (document == null || indexOf(tail(pdf), END) < 0) {
            risks.add(Risk.REPAIRED);
        }
        if (document == null) {
            document = leniently(pdf, cache);
        }
        try {
            if (document.getNumberOfPages() == 0) {
                throw damaged();
            }
            if (document.isEncrypted()) {
                risks.add(Risk.PROTECTED);
            }
            if (removeActiveContent(document)) {
                risks.add(Risk.SCRIPTS);
            }
            if (!risks.contains(Risk.SCRIPTS) && !risks.contains(Risk.CONTENT_BEFORE_PDF)) {
                return new Result(risks, null);
            }
            // the copy is written afresh: the header first, nothing before it, and none of the actions removed above
            document.setAllSecurityToBeRemoved(true);
            try {
                document.save(cleanedCopy.toFile());
                return new Result(risks, cleanedCopy);
            }
            catch (IOException | RuntimeException ex) {
                Files.deleteIfExists(cleanedCopy);
                return new Result(risks, null);
            }
        }
        finally {
            document.close();
        }
    }

    /** The document if it opens without repair: an intact cross-reference table and trailer. */
    private static PDDocument strictly(Path pdf, StreamCacheCreateFunction cache) throws IOException {
        RandomAccessReadBufferedFile source = new RandomAccessReadBufferedFile(pdf.toFile());
        try {
            return new PDFParser(source, "", null, null, cache).parse(false);
        }
        catch (InvalidPasswordException ex) {
            source.close();
            throw locked();
        }
        catch (IOException | RuntimeException ex) {
            source.close();
            return null;
        }
    }

    /** The document as PDFBox rebuilds it from what it finds, when the file's own index is broken or missing. */
    private static PDDocument leniently(Path pdf, StreamCacheCreateFunction cache) {
        try {
            return Loader.loadPDF(pdf.toFile(), "", null, null, cache);
        }
        catch (InvalidPasswordException ex) {
            throw locked();
        }
        catch (IOException | RuntimeException ex) {
            throw damaged();
        }
    }

    /**
     * Removes every action that runs something, wherever it hangs: the catalogue's open action and
     * additional actions, the document's named JavaScript, pages', annotations' and form fields'
     * actions, bookmarks' actions, and the scripts of XFA forms.
     *
     * @return whether there was anything to remove
     */
    static boolean removeActiveContent(PDDocument document) {
        Set<COSBase> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        List<COSBase> next = new ArrayList<>();
        next.add(document.getDocument().getTrailer());
        boolean removed = false;
        while (!next.isEmpty()) {
            COSBase item = next.remove(next.size() - 1);
            if (item == null || !seen.add(item)) {
                continue;
            }
            if (item instanceof COSDictionary dictionary) {
                removed |= clean(dictionary);
                for (COSName key : new ArrayList<>(dictionary.keySet())) {
                    next.add(dictionary.getDictionaryObject(key));
                }
            }
            else if (item instanceof COSArray array) {
                for (int i = array.size() - 1; i >= 0; i--) {
                    if (active(array.getObject(i))) {
                        array.remove(i);
                        removed = true;
                    }
                }
                for (int i = 0; i < array.size(); i++) {
                    next.add(array.getObject(i));
                }
            }
        }
        return removed;
    }

    private static boolean clean(COSDictionary dictionary) {
        boolean removed = false;
        for (COSName key : new ArrayList<>(dictionary.keySet())) {
            COSBase value = dictionary.getDictionaryObject(key);
            String name = key.getName();
            // additional actions are triggers (on open, on close, on a page or a field); named JavaScript runs on opening;
            // a script inside any action; XFA forms carry scripts of their own
            boolean trigger = name.equals("AA") || name.equals("JavaScript") || name.equals("JS") || name.equals("XFA");
            if (trigger || active(value)) {
                dictionary.removeItem(key);
                removed = true;
            }
        }
        return removed;
    }

    private static boolean active(COSBase value) {
        return value instanceof COSDictionary action && action.getCOSName(COSName.S) != null
                && ACTIVE_ACTIONS.contains(action.getCOSName(COSName.S).getName());
    }

    /** Whether a PDF header comes within the first kilobyte, where readers accept it: the check before {@link #screen}. */
    public static boolean hasPdfHeader(Path file) throws IOException {
        return indexOf(head(file), HEADER) >= 0;
    }

    private static byte[] head(Path pdf) throws IOException {
        try (InputStream in = Files.newInputStream(pdf)) {
            return in.readNBytes(LOOK);
        }
    }

    private static byte[] tail(Path pdf) throws IOException {
        try (RandomAccessFile file = new RandomAccessFile(pdf.toFile(), "r")) {
            long length = file.length();
            byte[] tail = new byte[(int) Math.min(length, LOOK)];
            file.seek(length - tail.length);
            file.readFully(tail);
            return tail;
        }
    }

    private static int indexOf(byte[] bytes, byte[] part) {
        outer:
        for (int start = 0; start + part.length <= bytes.length; start++) {
            for (int i = 0; i < part.length; i++) {
                if (bytes[start + i] != part[i]) {
                    continue outer;
                }
            }
            return start;
        }
        return -1;
    }

    private static Rejected locked() {
        return new Rejected("That PDF is locked with a password, so we cannot open it. Please save a copy without "
                + "the password and upload that.");
    }

    private static Rejected damaged() {
        return new Rejected("We could not open that PDF: it seems damaged or incomplete (perhaps it did not finish "
                + "downloading or saving). Please upload a complete copy.");
    }
}
