package uk.org.ncjaa.springboard.evidence.toolkit;

import java.time.Clock;
import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import uk.org.ncjaa.springboard.taxonomy.Vocabulary;

/**
 * What the editors write about one strand of the toolkit, in Markdown, with who changed it last
 * and when. The strand's figures are never stored: they are counted from the entries.
 */
@Entity
@Table(name = "evidence_toolkit_summary")
public class ToolkitSummary {

    public static final int MAX_LENGTH = 20_000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    private Vocabulary vocabulary;

    private String conceptSlug;

    private String body;

    private Instant changedAt;

    private String changedBy;

    @Version
    private long version;

    protected ToolkitSummary() {
    }

    public ToolkitSummary(StrandKind kind, String conceptSlug, String body, String editor, Clock clock) {
        if (conceptSlug == null || conceptSlug.isBlank()) {
            throw new IllegalArgumentException("A summary belongs to an art form or an outcome");
        }
        this.vocabulary = kind.vocabulary();
        this.conceptSlug = conceptSlug;
        rewrite(body, editor, clock);
    }

    /**
     * Replaces the text. Saving the same words again changes nothing, so the date shown stays the
     * date the summary last said something different.
     */
    public void rewrite(String body, String editor, Clock clock) {
        String text = normalise(body);
        if (text.isEmpty()) {
            throw new IllegalArgumentException("A summary needs some words; remove it instead");
        }
        if (text.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("A summary runs to at most " + MAX_LENGTH + " characters");
        }
        if (editor == null || editor.isBlank()) {
            throw new IllegalArgumentException("A summary names the editor who wrote it");
        }
        if (text.equals(this.body)) {
            return;
        }
        this.body = text;
        this.changedBy = editor.strip();
        this.changedAt = clock.instant();
    }

    /** Text as a browser sends it, with Windows line ends and stray NULs (which PostgreSQL cannot store), made plain. */
    public static String normalise(String body) {
        return body == null ? "" : body.replace("\r\n", "\n").replace('\r', '\n').replace("\u0000", "").strip();
    }

    public Long id() {
        return id;
    }

    public StrandKind kind() {
        return StrandKind.of(vocabulary).orElseThrow();
    }

    public String conceptSlug() {
        return conceptSlug;
    }

    public String body() {
        return body;
    }

    public Instant changedAt() {
        return changedAt;
    }

    public String changedBy() {
        return changedBy;
    }

    public long version() {
        return version;
    }
}
