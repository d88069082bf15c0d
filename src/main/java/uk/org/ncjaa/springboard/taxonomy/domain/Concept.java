package uk.org.ncjaa.springboard.taxonomy.domain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import uk.org.ncjaa.springboard.shared.Slugs;
import uk.org.ncjaa.springboard.taxonomy.ConceptView;
import uk.org.ncjaa.springboard.taxonomy.Vocabulary;

@Entity
public class Concept {

    /** The longest label, in either language (the editor's limit). */
    public static final int LONGEST_LABEL = 120;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    private Vocabulary vocabulary;

    private String slug;

    private String label;

    /** The label on Welsh pages; null when there is none yet. */
    @Column(name = "label_cy")
    private String labelCy;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "alt_labels", columnDefinition = "text[]")
    private String[] altLabels = new String[0];

    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "parent_id")
    private Concept parent;

    private int position;

    private String extra;

    private boolean retired;

    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "merged_into")
    private Concept mergedInto;

    @Version
    private long version;

    protected Concept() {
    }

    public Concept(Vocabulary vocabulary, String label, int position) {
        this.vocabulary = vocabulary;
        this.label = label.strip();
        this.slug = Slugs.of(label);
        this.position = position;
    }

    /** Relabelling keeps the slug, so links and stored tags stay valid. */
    public void describe(String label, List<String> alternatives, Concept parent, String extra) {
        if (parent != null && (parent == this || parent.vocabulary != vocabulary || parent.isDescendantOf(this))) {
            throw new IllegalArgumentException("A concept cannot sit under itself or another vocabulary");
        }
        this.label = label.strip();
        this.altLabels = clean(alternatives, this.label);
        this.parent = parent;
        this.extra = extra == null || extra.isBlank() ? null : extra.strip();
    }

    /** Gives the concept its Welsh label, or takes it away (null or blank); held to the English label's length. */
    public void labelInWelsh(String welsh) {
        String cleaned = welsh == null || welsh.isBlank() ? null : welsh.strip();
        if (cleaned != null && cleaned.length() > LONGEST_LABEL) {
            throw new IllegalArgumentException("A Welsh label is at most " + LONGEST_LABEL + " characters");
        }
        this.labelCy = cleaned;
    }

    public void retire() {
        this.retired = true;
    }

    public void reinstate() {
        this.retired = false;
        this.mergedInto = null;
    }

    /** Merging retires this concept and hands its labels on, so old tags and synonyms still find the target. */
    public void mergeInto(Concept target) {
        if (target == this || target.vocabulary != vocabulary) {
            throw new IllegalArgumentException("Merge target must be another concept of the same vocabulary");
        }
        List<String> labels = new ArrayList<>(target.alternativeLabels());
        labels.add(label);
        labels.addAll(alternativeLabels());
        target.altLabels = clean(labels, target.label);
        this.altLabels = new String[0];
        this.retired = true;
        this.mergedInto = target;
    }

    boolean isDescendantOf(Concept other) {
        for (Concept at = parent; at != null; at = at.parent) {
            if (at == other) {
                return true;
            }
        }
        return false;
    }

    private static String[] clean(List<String> labels, String preferred) {
        java.util.Map<String, String> unique = new java.util.LinkedHashMap<>();
        for (String alternative : labels) {
            if (alternative != null && !alternative.isBlank() && !alternative.strip().equalsIgnoreCase(preferred)) {
                unique.putIfAbsent(alternative.strip().toLowerCase(java.util.Locale.ROOT), alternative.strip());
            }
        }
        return unique.values().toArray(String[]::new);
    }

    public ConceptView view() {
        return new ConceptView(id, vocabulary, slug, label, alternativeLabels(),
                parent == null ? null : parent.slug, extra, retired, labelCy);
    }

    public Long id() {
        return id;
    }

    public Vocabulary vocabulary() {
        return vocabulary;
    }

    public String slug() {
        return slug;
    }

    public String label() {
        return label;
    }

    /** The Welsh label, or null when there is none. */
    public String welshLabel() {
        return labelCy;
    }

    /** The label in the page's language: the Welsh one on a Welsh page where there is one, otherwise the English one. */
    public String localLabel() {
        return view().localLabel();
    }

    public List<String> alternativeLabels() {
        return altLabels == null ? List.of() : Arrays.asList(altLabels);
    }

    public Concept parent() {
        return parent;
    }

    public int position() {
        return position;
    }

    public String extra() {
        return extra;
    }

    public boolean retired() {
        return retired;
    }

    public Concept mergedInto() {
        return mergedInto;
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof Concept concept && id != null && Objects.equals(id, concept.id);
    }

    @Override
    public int hashCode() {
        return Concept.class.hashCode();
    }
}
