package uk.org.ncjaa.springboard.evidence.domain;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.CascadeType;
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
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Highlightable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexedEmbedded;
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
    // keys fifty at a time from the column's own sequence, so that imports insert in batches
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "evidence_entry_ids")
    @SequenceGenerator(name = "evidence_entry_ids", sequenceName = "evidence_entry_id_seq", allocationSize = 50)
    private Long id;

    @KeywordField(projectable = Projectable.YES)
    private String slug;

    @Enumerated(EnumType.STRING)
    @KeywordField
    private EvidenceStatus status;

    @FullTextField(analyzer = "english", highlightable = { Highlightable.PLAIN, Highlightable.UNIFIED }, projectable = Projectable.YES)
    @KeywordField(name = "title_sort", normalizer = "sort", sortable = Sortable.YES)
    private String title;

    @GenericField(aggregable = Aggregable.YES, sortable = Sortable.YES, projectable = Projectable.YES)
    private Integer publicationYear;

    private Integer publicationMonth;

    private Integer publicationDay;

    @FullTextField(analyzer = "english", highlightable = Highlightable.PLAIN, projectable = Projectable.YES)
    private String publisher;

    private String documentType;

    @Column(name = "peer_reviewed")
    private Boolean peerReviewed;

    @Enumerated(EnumType.STRING)
    private Independence independence;

    @KeywordField
    private String doi;

    private String isbn;

    private String url;

    private String language = "en";

    private String licence;

    @FullTextField(analyzer = "english", highlightable = Highlightable.PLAIN, projectable = Projectable.YES)
    private String programmeName;

    /** Named prisons, hospitals and other venues: searchable as text, never a facet. */
    @FullTextField(analyzer = "english", highlightable = Highlightable.PLAIN, projectable = Projectable.YES)
    private String venues;

    private LocalDate fieldworkFrom;

    private LocalDate fieldworkTo;

    private String deliveryModel;

    @Enumerated(EnumType.STRING)
    private DataType dataType;

    private String sampleBreakdown;

    @FullTextField(analyzer = "english", highlightable = Highlightable.PLAIN, projectable = Projectable.YES)
    private String mechanism;

    private String implementationNotes;

    private String costInformation;

    private String keyQuote;

    private String strengthRationale;

    private boolean strengthAdjusted;

    private Long submittedBy;

    private String submitterNote;

    @Enumerated(EnumType.STRING)
    private Inclusion inclusionDecision;

    private String inclusionReasons;

    private String curatorComments;

    private Instant lastReviewedAt;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "other_urls", columnDefinition = "text[]")
    private String[] otherUrls = new String[0];

    private String sampleSize;

    /** The sample size as a number, read from {@link #sampleSize} whenever that changes. */
    private Integer sampleCount;

    private Integer sampleCountMax;

    @Enumerated(EnumType.STRING)
    private SampleSize.Bound sampleBound;

    /** The journal an article appeared in: searchable, never an organisation. */
    @FullTextField(analyzer = "english", highlightable = Highlightable.PLAIN, projectable = Projectable.YES)
    private String containerTitle;

    private String volume;

    private String issue;

    private String pages;

    @KeywordField(name = "design", projectable = Projectable.YES)
    private String studyDesign;

    /** The level as last set, suggested or an editor's; the public sees it only once an editor has confirmed it. */
    private Integer strengthLevel;

    /** When and by whom an editor confirmed the level; null while the level is only the rubric's suggestion. */
    private Instant strengthConfirmedAt;

    private String strengthConfirmedBy;

    @FullTextField(analyzer = "english", highlightable = { Highlightable.PLAIN, Highlightable.UNIFIED }, projectable = Projectable.YES)
    private String summary;

    /** The same summary in Welsh, written by an editor; null until one is. Searched from Welsh pages only. */
    @FullTextField(analyzer = "welsh", highlightable = { Highlightable.PLAIN, Highlightable.UNIFIED }, projectable = Projectable.YES)
    private String summaryCy;

    private String sourceCertainty;

    private String importKey;

    private Instant createdAt;

    private Instant updatedAt;

    @GenericField(sortable = Sortable.YES)
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

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "evidence_finding", joinColumns = @JoinColumn(name = "entry_id"))
    @OrderColumn(name = "position")
    private List<Finding> findings = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "evidence_relation", joinColumns = @JoinColumn(name = "entry_id"))
    private Set<Relation> relations = new LinkedHashSet<>();

    @OneToMany(mappedBy = "entry", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    @IndexedEmbedded(includePaths = { "text", "excerpt" })
    private List<EvidenceFile> files = new ArrayList<>();

    @Version
    private long version;

    public enum Independence {
        INDEPENDENT("Independent"), COMMISSIONED("Commissioned"), INTERNAL("Internal");

        private final String label;

        Independence(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public enum DataType {
        QUALITATIVE("Qualitative"), QUANTITATIVE("Quantitative"), MIXED("Mixed methods");

        private final String label;

        DataType(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public enum Inclusion {
        INCLUDED("Meets the inclusion criteria"), EXCLUDED("Does not meet the inclusion criteria");

        private final String label;

        Inclusion(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

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

    /** Sets every descriptive field at once, as an editor's form or an import row states them. */
    public void describe(EntryDetails details, Clock clock) {
        if (details.title() == null) {
            throw new IllegalArgumentException("An entry needs a title");
        }
        if (details.day() != null && details.month() == null || details.month() != null && details.year() == null) {
            throw new IllegalArgumentException("A publication day needs a month, and a month needs a year");
        }
        this.title = details.title();
        this.publicationYear = details.year();
        this.publicationMonth = details.month();
        this.publicationDay = details.day();
        this.publisher = details.publisher();
        this.peerReviewed = details.peerReviewed();
        this.independence = details.independence();
        this.doi = details.doi();
        this.isbn = details.isbn();
        this.url = details.url();
        this.otherUrls = details.otherUrls().toArray(String[]::new);
        this.language = details.language();
        this.licence = details.licence();
        this.programmeName = details.programmeName();
        this.venues = details.venues();
        this.fieldworkFrom = details.fieldworkFrom();
        this.fieldworkTo = details.fieldworkTo();
        this.deliveryModel = details.deliveryModel();
        this.dataType = details.dataType();
        this.sampleSize = details.sampleSize();
        SampleSize sample = SampleSize.parse(details.sampleSize());
        this.sampleCount = sample.count();
        this.sampleCountMax = sample.max();
        this.sampleBound = sample.bound();
        this.sampleBreakdown = details.sampleBreakdown();
        this.mechanism = details.mechanism();
        this.implementationNotes = details.implementationNotes();
        this.costInformation = details.costInformation();
        this.summary = details.summary();
        this.keyQuote = details.keyQuote();
        this.updatedAt = clock.instant();
    }

    public EntryDetails details() {
        return new EntryDetails(title, publicationYear, publicationMonth, publicationDay, publisher, peerReviewed, independence,
                doi, isbn, url, List.of(otherUrls), language, licence, programmeName, venues, fieldworkFrom, fieldworkTo,
                deliveryModel, dataType, sampleSize, sampleBreakdown, mechanism, implementationNotes, costInformation, summary,
                keyQuote);
    }

    /** What the document was published in, such as a journal with its volume, issue and pages. */
    public void publishedIn(Container container) {
        Container given = container == null ? Container.NONE : container;
        this.containerTitle = given.title();
        this.volume = given.volume();
        this.issue = given.issue();
        this.pages = given.pages();
    }

    public Container container() {
        return new Container(containerTitle, volume, issue, pages);
    }

    /** The sample size as stored: a number and what it means ("at least" for "230+"). */
    public SampleSize sample() {
        return new SampleSize(sampleCount, sampleCountMax, sampleBound);
    }

    /** Where the record's details came from: "seen", "seen-partial", "fictional" and so on. */
    public void source(String certainty) {
        this.sourceCertainty = blankToNull(certainty);
    }

    public void record(List<Finding> findings) {
        this.findings.clear();
        this.findings.addAll(findings);
    }

    public void relate(Set<Relation> relations) {
        if (relations.stream().anyMatch(relation -> relation.relatedId().equals(id))) {
            throw new IllegalArgumentException("An entry cannot be related to itself");
        }
        this.relations.clear();
        this.relations.addAll(relations);
    }

    public EvidenceFile attach(String filename, long sizeBytes, String sha256, String storageKey, Clock clock) {
        EvidenceFile file = new EvidenceFile(this, filename, sizeBytes, sha256, storageKey, clock.instant());
        files.add(file);
        updatedAt = clock.instant();
        return file;
    }

    /**
     * Text already read from the document, with no file to keep (a catalogue import's full text): it is
     * searched with the entry like a PDF's text, and there is nothing to download.
     */
    public EvidenceFile attachText(String filename, String text, Clock clock) {
        byte[] bytes = text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        String sha256;
        try {
            sha256 = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
        }
        catch (java.security.NoSuchAlgorithmException ex) {
            throw new IllegalStateException(ex);
        }
        EvidenceFile file = attach(filename, bytes.length, sha256, EvidenceFile.INLINE + java.util.UUID.randomUUID(), clock);
        file.read(EvidenceFile.Extraction.DONE, text, null, null);
        return file;
    }

    public void detach(EvidenceFile file) {
        files.remove(file);
    }

    /** A curator's rating overrides the rubric's suggestion, must say why, and is confirmed by being made. */
    public void adjustStrength(Integer level, String rationale, String curator, Clock clock) {
        if (rationale == null || rationale.isBlank()) {
            throw new IllegalArgumentException("A curator's rating needs a written rationale");
        }
        rate(level);
        this.strengthRationale = rationale.strip();
        this.strengthAdjusted = true;
        this.lastReviewedAt = clock.instant();
        if (level != null) {
            confirmStrength(curator, clock);
        }
    }

    /** The level goes back to being a suggestion, hidden from the public until an editor confirms it again. */
    public void unconfirmStrength() {
        this.strengthConfirmedAt = null;
        this.strengthConfirmedBy = null;
    }

    /** An editor has checked the level against the rubric's reasons: from now on the public sees it. */
    public void confirmStrength(String curator, Clock clock) {
        if (strengthLevel == null) {
            throw new IllegalStateException("it has no level to confirm (it is not rated yet, or not rated on this scale)");
        }
        if (curator == null || curator.isBlank()) {
            throw new IllegalArgumentException("A confirmation names the editor who made it");
        }
        this.strengthConfirmedAt = clock.instant();
        this.strengthConfirmedBy = curator.strip();
        this.lastReviewedAt = strengthConfirmedAt;
    }

    // --- the submission and curation workflow

    /** A member's submission: it waits in the curators' queue, never public until published. */
    public void submit(Clock clock) {
        if (status != EvidenceStatus.DRAFT || submittedBy == null) {
            throw new IllegalStateException("Only a member's draft can be submitted");
        }
        this.status = EvidenceStatus.SUBMITTED;
        this.updatedAt = clock.instant();
    }

    /** A draft a member started: theirs to change until they submit it. */
    public void draftedBy(long accountId) {
        if (submittedBy != null && submittedBy != accountId) {
            throw new IllegalStateException("This draft belongs to someone else");
        }
        this.submittedBy = accountId;
    }

    /** The member's own description of what they submit: editors write the public summary. */
    public void noteFromSubmitter(String note) {
        this.submitterNote = blankToNull(note);
    }

    public boolean editableBy(long accountId) {
        return status == EvidenceStatus.DRAFT && submittedBy != null && submittedBy == accountId;
    }

    public void startReview(Clock clock) {
        if (status != EvidenceStatus.SUBMITTED) {
            throw new IllegalStateException("Only a submitted entry can go into review");
        }
        this.status = EvidenceStatus.IN_REVIEW;
        this.updatedAt = clock.instant();
    }

    public void decideInclusion(Inclusion decision, String reasons, Clock clock) {
        if (reasons == null || reasons.isBlank()) {
            throw new IllegalArgumentException("An inclusion decision needs its reasons");
        }
        this.inclusionDecision = decision;
        this.inclusionReasons = reasons.strip();
        this.updatedAt = clock.instant();
    }

    /** Sends a submission back to the member with comments; they may change it and submit again. */
    public void returnToSubmitter(String comments, Clock clock) {
        if (status != EvidenceStatus.SUBMITTED && status != EvidenceStatus.IN_REVIEW) {
            throw new IllegalStateException("Only an entry under review can be returned");
        }
        if (comments == null || comments.isBlank()) {
            throw new IllegalArgumentException("Say what the submitter should change");
        }
        this.curatorComments = comments.strip();
        this.status = EvidenceStatus.DRAFT;
        this.updatedAt = clock.instant();
    }

    public void withdraw(Clock clock) {
        this.status = EvidenceStatus.WITHDRAWN;
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
        if (!java.util.Objects.equals(level, strengthLevel)) {
            // a new level is a suggestion again until an editor confirms it
            this.strengthConfirmedAt = null;
            this.strengthConfirmedBy = null;
        }
        this.strengthLevel = level;
    }

    /** A curator publishes: they have reviewed the entry, so it is marked reviewed today. */
    public void publish(Clock clock) {
        if (status == EvidenceStatus.PUBLISHED) {
            return;
        }
        publishWithoutReview(clock);
        lastReviewedAt = publishedAt;
    }

    /**
     * Made public as it came, as a catalogue import does: nobody has reviewed it, so it claims no
     * review date until a curator gives it one.
     */
    public void publishWithoutReview(Clock clock) {
        if (status == EvidenceStatus.PUBLISHED) {
            return;
        }
        if (inclusionDecision == Inclusion.EXCLUDED) {
            throw new IllegalStateException("An entry that does not meet the inclusion criteria cannot be published");
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

    /** Authors in order, kept in the index so a page of results needs nothing from the database. */
    @KeywordField(name = "authors", projectable = Projectable.YES)
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "contributors")))
    public List<String> getAuthorNames() {
        return contributors.stream().filter(c -> c.role() == Contributor.Role.AUTHOR).map(Contributor::name).toList();
    }

    @KeywordField(name = "organisation", aggregable = Aggregable.YES)
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "contributors")))
    public List<String> getOrganisations() {
        return contributors.stream().filter(c -> c.kind() == Contributor.Kind.ORGANISATION).map(Contributor::name).distinct().toList();
    }

    /** The level searches sort and filter by, and results show: only a level an editor has confirmed. */
    @GenericField(name = "strengthLevel", aggregable = Aggregable.YES, sortable = Sortable.YES, projectable = Projectable.YES)
    @IndexingDependency(derivedFrom = { @ObjectPath(@PropertyValue(propertyName = "strengthLevel")),
        @ObjectPath(@PropertyValue(propertyName = "strengthConfirmedAt")) })
    public Integer getRatedLevel() {
        return ratedLevel();
    }

    /** Strength as a facet value: a confirmed level from 1 to 5, or "unrated". */
    @KeywordField(name = "strength", aggregable = Aggregable.YES)
    @IndexingDependency(derivedFrom = { @ObjectPath(@PropertyValue(propertyName = "strengthLevel")),
        @ObjectPath(@PropertyValue(propertyName = "strengthConfirmedAt")) })
    public String getStrengthFacet() {
        Integer rated = ratedLevel();
        return rated == null ? "unrated" : String.valueOf(rated);
    }

    /** The words of the title, summary and names as written, for spelling suggestions. */
    @FullTextField(name = "spell", analyzer = "spell")
    @IndexingDependency(derivedFrom = { @ObjectPath(@PropertyValue(propertyName = "title")),
        @ObjectPath(@PropertyValue(propertyName = "summary")), @ObjectPath(@PropertyValue(propertyName = "contributors")),
        @ObjectPath(@PropertyValue(propertyName = "status")) })
    public String getSpellingText() {
        // only public words are ever suggested
        if (status != EvidenceStatus.PUBLISHED) {
            return "";
        }
        return String.join(" ", title, summary == null ? "" : summary, getContributorNames());
    }

    /** Findings as words ("reducing reoffending positive"), so a search for an outcome finds them. */
    @FullTextField(analyzer = "english", name = "findingsText", highlightable = Highlightable.PLAIN, projectable = Projectable.YES)
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "findings")))
    public String getFindingsText() {
        return String.join("; ", findings.stream()
            .map(f -> f.outcome().replace('-', ' ') + " " + f.direction().label() + (f.metric() == null ? "" : " " + f.metric()))
            .toList());
    }

    /** Catalogue text no concept matched yet: a search finds the entry by it all the same. */
    @FullTextField(analyzer = "english", name = "unmappedText", highlightable = Highlightable.PLAIN, projectable = Projectable.YES)
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "unmapped")))
    public String getUnmappedText() {
        return String.join("; ", unmapped.stream().map(UnmappedValue::value).toList());
    }

    /**
     * The record's own words in one field, where a search decides what matches: one list of postings a
     * word instead of one a field (the fields themselves still rank the matches and mark the passages).
     */
    @FullTextField(analyzer = "english", name = "recordText")
    @IndexingDependency(derivedFrom = { @ObjectPath(@PropertyValue(propertyName = "title")),
        @ObjectPath(@PropertyValue(propertyName = "contributors")), @ObjectPath(@PropertyValue(propertyName = "findings")),
        @ObjectPath(@PropertyValue(propertyName = "summary")), @ObjectPath(@PropertyValue(propertyName = "publisher")),
        @ObjectPath(@PropertyValue(propertyName = "containerTitle")), @ObjectPath(@PropertyValue(propertyName = "programmeName")),
        @ObjectPath(@PropertyValue(propertyName = "venues")), @ObjectPath(@PropertyValue(propertyName = "mechanism")),
        @ObjectPath(@PropertyValue(propertyName = "unmapped")) })
    public List<String> getRecordText() {
        return java.util.stream.Stream.of(title, getContributorNames(), getFindingsText(), summary, publisher, containerTitle,
                programmeName, venues, mechanism, getUnmappedText())
            .filter(text -> text != null && !text.isBlank())
            .toList();
    }

    /** Every tag as a word of its own, searched with the words of a search that names a concept ("drama" finds Theatre). */
    @FullTextField(analyzer = "english", name = "conceptTags")
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "tags")))
    public String getConceptTags() {
        return String.join(" ", tags.stream().map(Tag::searchToken).toList());
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

    /** The level the public sees: confirmed by an editor, or none. */
    public Integer ratedLevel() {
        return strengthConfirmedAt == null ? null : strengthLevel;
    }

    public Instant strengthConfirmedAt() {
        return strengthConfirmedAt;
    }

    public String strengthConfirmedBy() {
        return strengthConfirmedBy;
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

    /** The editors' summary in Welsh, or null when none is written. */
    public String summaryCy() {
        return summaryCy;
    }

    /** Sets or (with a blank one) removes the Welsh summary. */
    public void describeInWelsh(String summaryCy, Clock clock) {
        String cleaned = summaryCy == null || summaryCy.isBlank() ? null : summaryCy.strip();
        if (!java.util.Objects.equals(cleaned, this.summaryCy)) {
            this.summaryCy = cleaned;
            this.updatedAt = clock.instant();
        }
    }

    public String sourceCertainty() {
        return sourceCertainty;
    }

    public String importKey() {
        return importKey;
    }

    public Integer publicationMonth() {
        return publicationMonth;
    }

    public Integer publicationDay() {
        return publicationDay;
    }

    public String doi() {
        return doi;
    }

    public String isbn() {
        return isbn;
    }

    public Boolean peerReviewed() {
        return peerReviewed;
    }

    public Independence independence() {
        return independence;
    }

    public String programmeName() {
        return programmeName;
    }

    public String language() {
        return language;
    }

    public String strengthRationale() {
        return strengthRationale;
    }

    public boolean strengthAdjusted() {
        return strengthAdjusted;
    }

    public Long submittedBy() {
        return submittedBy;
    }

    public String submitterNote() {
        return submitterNote;
    }

    public Inclusion inclusionDecision() {
        return inclusionDecision;
    }

    public String inclusionReasons() {
        return inclusionReasons;
    }

    public String curatorComments() {
        return curatorComments;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public Instant publishedAt() {
        return publishedAt;
    }

    public Instant lastReviewedAt() {
        return lastReviewedAt;
    }

    public List<Finding> findings() {
        return List.copyOf(findings);
    }

    public Set<Relation> relations() {
        return Set.copyOf(relations);
    }

    public List<EvidenceFile> files() {
        return List.copyOf(files);
    }

    public long version() {
        return version;
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
