package uk.org.ncjaa.springboard.evidence.domain;

import java.time.Instant;

import jakarta.persistence.Basic;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;

/**
 * A PDF attached to an entry. The file itself sits in the data directory under
 * {@link #storageKey()}; the text extracted from it is kept here and searched with the entry.
 */
@Entity
public class EvidenceFile {

    public enum Extraction {
        PENDING("Text not read yet"), DONE("Text read"), NO_TEXT("No text found: the PDF may be scanned images"),
        ENCRYPTED("The PDF is password protected"), UNREADABLE("The PDF could not be read"),
        TOO_LARGE("Reading the text took too long or used too much memory");

        private final String label;

        Extraction(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** The storage key's prefix for text that came without a file: there is nothing on disk to serve. */
    public static final String INLINE = "inline:";

    @Id
    // keys fifty at a time from the column's own sequence, so that imports insert in batches
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "evidence_file_ids")
    @SequenceGenerator(name = "evidence_file_ids", sequenceName = "evidence_file_id_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "entry_id")
    private EvidenceEntry entry;

    private String filename;

    private long sizeBytes;

    private String sha256;

    private String storageKey;

    @Enumerated(EnumType.STRING)
    private Extraction extraction;

    private String extractionNote;

    @Basic(fetch = FetchType.LAZY)
    @FullTextField(analyzer = "english")
    private String text;

    private Integer pageCount;

    private Instant uploadedAt;

    protected EvidenceFile() {
    }

    EvidenceFile(EvidenceEntry entry, String filename, long sizeBytes, String sha256, String storageKey, Instant uploadedAt) {
        this.entry = entry;
        this.filename = filename;
        this.sizeBytes = sizeBytes;
        this.sha256 = sha256;
        this.storageKey = storageKey;
        this.extraction = Extraction.PENDING;
        this.uploadedAt = uploadedAt;
    }

    /** Records what reading the file found; the entry is re-indexed with the text. */
    public void read(Extraction result, String text, Integer pageCount, String note) {
        this.extraction = result;
        this.text = result == Extraction.DONE ? text : null;
        this.pageCount = pageCount;
        this.extractionNote = note;
    }

    /** Text held without a file (see {@link #INLINE}), so never offered for download. */
    public boolean inline() {
        return storageKey.startsWith(INLINE);
    }

    public Long id() {
        return id;
    }

    public EvidenceEntry entry() {
        return entry;
    }

    public String filename() {
        return filename;
    }

    public long sizeBytes() {
        return sizeBytes;
    }

    public String sha256() {
        return sha256;
    }

    public String storageKey() {
        return storageKey;
    }

    public Extraction extraction() {
        return extraction;
    }

    public String extractionNote() {
        return extractionNote;
    }

    public String text() {
        return text;
    }

    public Integer pageCount() {
        return pageCount;
    }

    public Instant uploadedAt() {
        return uploadedAt;
    }
}
