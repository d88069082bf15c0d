package uk.org.ncjaa.springboard.evidence.domain;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Highlightable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexingDependency;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.ObjectPath;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.PropertyValue;
import org.hibernate.type.SqlTypes;

import uk.org.ncjaa.springboard.taxonomy.Vocabulary;

@Entity
@Indexed(index = "evidence")
public class EvidenceEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @KeywordField(projectable = Projectable.YES)
    private String slug;

    @Enumerated(EnumType.STRING)
    @KeywordField
    private EvidenceStatus status;

    @FullTextField(analyzer = "english", highlightable = { Highlightable.PLAIN, Highlightable.UNIFIED }, projectable = Projectable.YES)
    @KeywordField(name = "title_sort", normalizer = "sort", sortable = Sortable.YES)
    private String title;

    @GenericField(aggregable = Aggregable.YES, sortable = Sortable.YES)
    private Integer publicationYear;

    private Integer publicationMonth;

    private Integer publicationDay;

    @FullTextField(analyzer = "english")
    private String publisher;

    private String documentType;

    private String doi;

    private String url;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "other_urls", columnDefinition = "text[]")
    private String[] otherUrls = new String[0];

    private String sampleSize;

    private String studyDesign;

    @GenericField(aggregable = Aggregable.YES, sortable = Sortable.YES)
    private Integer strengthLevel;

    @FullTextField(analyzer = "english", highlightable = { Highlightable.PLAIN, Highlightable.UNIFIED }, projectable = Projectable.YES)
    private String summary;

    private String sourceCertainty;

    private String importKey;

    private Instant createdAt;

    private Instant updatedAt;

    private Instant publishedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "evidence_contributor", joinColumns = @JoinColumn(name = "entry_id"))
    @OrderColumn(name = "position")
    private List<Contributor> contributors = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "evidence_tag", joinColumns = @JoinColumn(name = "entry_id"))
    private Set<Tag> tags = new LinkedHashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "evidence_unmapped", joinColumns = @JoinColumn(name = "entry_id"))
    private Set<UnmappedValue> unmapped = new LinkedHashSet<>();

    @Version
    private long version;

    protected EvidenceEntry() {
    }

    public EvidenceEntry(String title, String slug, String importKey, Clock clock) {
        this.title = title.strip();
        this.slug = slug;
        this.importKey = importKey;
        this.status = EvidenceStatus.DRAFT;
        this.createdAt = clock.instant();
        this.updatedAt = createdAt;
    }

    public void describe(Integer year, String publisher, String url, List<String> otherUrls, String sampleSize,
            String sourceCertainty, Clock clock) {
        this.publicationYear = year;
        this.publisher = blankToNull(publisher);
        this.url = blankToNull(url);
        this.otherUrls = otherUrls.toArray(String[]::new);
        this.sampleSize = blankToNull(sampleSize);
        this.sourceCertainty = blankToNull(sourceCertainty);
        this.updatedAt = clock.instant();
    }

    public void credit(List<Contributor> contributors) {
        this.contributors.clear();
        this.contributors.addAll(contributors);
    }

    /** Replaces the tags of one vocabulary; the first concept given also sets the single-valued fields. */
    public void tag(Vocabulary vocabulary, Collection<String> slugs) {
        tags.removeIf(tag -> tag.vocabulary() == vocabulary);
        slugs.forEach(slug -> tags.add(new Tag(vocabulary, slug)));
        String first = slugs.stream().findFirst().orElse(null);
        if (vocabulary == Vocabulary.DOCUMENT_TYPE) {
            documentType = first;
        }
        if (vocabulary == Vocabulary.STUDY_DESIGN) {
            studyDesign = first;
        }
    }

    public void keepUnmapped(String field, Collection<String> values) {
        unmapped.removeIf(value -> value.field().equals(field));
        values.stream().filter(v -> v != null && !v.isBlank()).forEach(v -> unmapped.add(new UnmappedValue(field, v.strip())));
    }

    public void rate(Integer level) {
        if (level != null && (level < 1 || level > 5)) {
            throw new IllegalArgumentException("Evidence strength runs from 1 to 5");
        }
        this.strengthLevel = level;
    }

    public void publish(Clock clock) {
        if (status == EvidenceStatus.PUBLISHED) {
            return;
        }
        status = EvidenceStatus.PUBLISHED;
        publishedAt = clock.instant();
        updatedAt = publishedAt;
    }

    // --- fields derived for the search index

    @FullTextField(analyzer = "english", highlightable = { Highlightable.PLAIN, Highlightable.UNIFIED }, projectable = Projectable.YES)
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "contributors")))
    public String getContributorNames() {
        return String.join("; ", contributors.stream().map(Contributor::name).toList());
    }

    @KeywordField(name = "art_form", aggregable = Aggregable.YES)
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "tags")))
    public List<String> getArtFormTags() {
        return tagSlugs(Vocabulary.ART_FORM);
    }

    @KeywordField(name = "setting", aggregable = Aggregable.YES)
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "tags")))
    public List<String> getSettingTags() {
        return tagSlugs(Vocabulary.SETTING);
    }

    @KeywordField(name = "participant", aggregable = Aggregable.YES)
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "tags")))
    public List<String> getParticipantTags() {
        return tagSlugs(Vocabulary.PARTICIPANT);
    }

    @KeywordField(name = "outcome", aggregable = Aggregable.YES)
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "tags")))
    public List<String> getOutcomeTags() {
        return tagSlugs(Vocabulary.OUTCOME);
    }

    @KeywordField(name = "study_design", aggregable = Aggregable.YES)
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "tags")))
    public List<String> getStudyDesignTags() {
        return tagSlugs(Vocabulary.STUDY_DESIGN);
    }

    @KeywordField(name = "method", aggregable = Aggregable.YES)
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "tags")))
    public List<String> getMethodTags() {
        return tagSlugs(Vocabulary.METHOD);
    }

    @KeywordField(name = "document_type", aggregable = Aggregable.YES)
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "tags")))
    public List<String> getDocumentTypeTags() {
        return tagSlugs(Vocabulary.DOCUMENT_TYPE);
    }

    @KeywordField(name = "region", aggregable = Aggregable.YES)
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "tags")))
    public List<String> getRegionTags() {
        return tagSlugs(Vocabulary.REGION);
    }

    /** Outcome and art form pairs ("desistance|music"), counted for the evidence-and-gap map. */
    @KeywordField(name = "outcome_art", aggregable = Aggregable.YES)
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "tags")))
    public List<String> getOutcomeArtPairs() {
        return pairs(Vocabulary.OUTCOME, Vocabulary.ART_FORM);
    }

    /** Outcome and justice setting pairs, for the second view of the map. */
    @KeywordField(name = "outcome_setting", aggregable = Aggregable.YES)
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "tags")))
    public List<String> getOutcomeSettingPairs() {
        return pairs(Vocabulary.OUTCOME, Vocabulary.SETTING);
    }

    private List<String> pairs(Vocabulary rows, Vocabulary columns) {
        List<String> pairs = new ArrayList<>();
        for (String row : tagSlugs(rows)) {
            for (String column : tagSlugs(columns)) {
                pairs.add(row + "|" + column);
            }
        }
        return pairs;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public Long id() {
        return id;
    }

    public String slug() {
        return slug;
    }

    public String title() {
        return title;
    }

    public EvidenceStatus status() {
        return status;
    }

    public Integer publicationYear() {
        return publicationYear;
    }

    public String publisher() {
        return publisher;
    }

    public String documentType() {
        return documentType;
    }

    public String studyDesign() {
        return studyDesign;
    }

    public Integer strengthLevel() {
        return strengthLevel;
    }

    public String url() {
        return url;
    }

    public List<String> otherUrls() {
        return List.of(otherUrls);
    }

    public String sampleSize() {
        return sampleSize;
    }

    public String summary() {
        return summary;
    }

    public String sourceCertainty() {
        return sourceCertainty;
    }

    public String importKey() {
        return importKey;
    }

    public List<Contributor> contributors() {
        return List.copyOf(contributors);
    }

    public Set<Tag> tags() {
        return Set.copyOf(tags);
    }

    public List<String> tagSlugs(Vocabulary vocabulary) {
        return tags.stream().filter(tag -> tag.vocabulary() == vocabulary).map(Tag::slug).toList();
    }

    public Set<UnmappedValue> unmapped() {
        return Set.copyOf(unmapped);
    }
}
