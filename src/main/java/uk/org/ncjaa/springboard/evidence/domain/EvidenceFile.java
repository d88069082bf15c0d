package uk.org.ncjaa.springboard.evidence.domain;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Basic;
import jakarta.persistence.Convert;
import jakarta.persistence.Converter;
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
import org.hibernate.search.engine.backend.types.Highlightable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexingDependency;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.ObjectPath;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.PropertyValue;

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

    /**
     * What the check at upload found in a PDF it still accepted: a word for the member who sent it and
     * one for the curator who reviews it.
     */
    public enum Risk {
        SCRIPTS("It contained scripts or actions that run when it is opened; we removed them from the copy we keep.",
                "JavaScript or launch actions (removed from the copy kept)"),
        CONTENT_BEFORE_PDF("It had other content, such as web page code, before the PDF itself began; the copy we keep starts "
                + "at the PDF.", "Content before the PDF header, e.g. HTML: a file made to pass as two kinds (removed)"),
        REPAIRED("It looked incomplete or damaged, so some pages or text may be missing. If you have a complete copy, "
                + "please upload that as well.", "Truncated or damaged: it had to be repaired to be read"),
        PROTECTED("It is protected against copying or printing, so we may not be able to read its text for searching.",
                "Encrypted with an owner password (copying or printing restricted)");

        private final String forMember;
        private final String forCurator;

        Risk(String forMember, String forCurator) {
            this.forMember = forMember;
            this.forCurator = forCurator;
        }

        public String forMember() {
            return forMember;
        }

        public String forCurator() {
            return forCurator;
        }
    }

    /** The risks as one text column, in a fixed order. */
    @Converter
    public static class RisksColumn implements AttributeConverter<Set<Risk>, String> {

        @Override
        public String convertToDatabaseColumn(Set<Risk> risks) {
            return risks == null ? null : risks.stream().map(Risk::name).collect(Collectors.joining(","));
        }

        @Override
        public Set<Risk> convertToEntityAttribute(String column) {
            if (column == null) {
                return null;
            }
            EnumSet<Risk> risks = EnumSet.noneOf(Risk.class);
            for (String code : column.split(",")) {
                if (!code.isBlank()) {
                    risks.add(Risk.valueOf(code.strip()));
                }
            }
            return risks;
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

    @Convert(converter = RisksColumn.class)
    private Set<Risk> uploadRisks;

    private boolean servedInline;

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

    /**
     * Records what the check at upload found. The file kept may open in the browser only when it was
     * checked and holds nothing that runs (it came without any, or they were removed from it).
     */
    public void screened(Set<Risk> risks, boolean cleaned) {
        this.uploadRisks = risks.isEmpty() ? EnumSet.noneOf(Risk.class) : EnumSet.copyOf(risks);
        boolean active = risks.contains(Risk.SCRIPTS) || risks.contains(Risk.CONTENT_BEFORE_PDF);
        this.servedInline = !active || cleaned;
    }

    /** Null for a file from before uploads were checked. */
    public Set<Risk> uploadRisks() {
        if (uploadRisks == null) {
            return null;
        }
        return uploadRisks.isEmpty() ? EnumSet.noneOf(Risk.class) : EnumSet.copyOf(uploadRisks);
    }

    /** Whether the file may open in the browser; otherwise it is only offered as a download. */
    public boolean servedInline() {
        return servedInline;
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

    /**
     * How much of a file's text a search result may quote from: its first five or six pages. Marking
     * a passage analyses all of it, about 0.2 ms a thousand characters (3 to 4 ms here, against some
     * 40 ms for a 200,000-character report), and only for a hit whose shorter fields hold no searched word.
     */
    public static final int EXCERPT_CHARS = 16_000;

    /**
     * The opening of the text, kept in the index (the whole text is only searched) so a result can
     * show the passage that matched without reading a whole report for every hit.
     */
    @FullTextField(name = "excerpt", analyzer = "english", projectable = Projectable.YES, highlightable = Highlightable.PLAIN)
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "text")))
    public String getExcerpt() {
        if (text == null || text.length() <= EXCERPT_CHARS) {
            return text;
        }
        // at a space, so the last word is whole
        int end = text.lastIndexOf(' ', EXCERPT_CHARS);
        return text.substring(0, end > EXCERPT_CHARS / 2 ? end : EXCERPT_CHARS);
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
