package uk.org.ncjaa.springboard.evidence.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.org.ncjaa.springboard.evidence.domain.EvidenceEntry.DataType;
import uk.org.ncjaa.springboard.taxonomy.ConceptView;
import uk.org.ncjaa.springboard.taxonomy.TaxonomyApi;
import uk.org.ncjaa.springboard.taxonomy.Vocabulary;

/** Builds what the entry page shows, with concept labels in place of slugs. */
@Service
@Transactional(readOnly = true)
public class EvidenceReader {

    private final EvidenceRepository entries;
    private final TaxonomyApi taxonomy;

    EvidenceReader(EvidenceRepository entries, TaxonomyApi taxonomy) {
        this.entries = entries;
        this.taxonomy = taxonomy;
    }

    public EntryView published(String slug) {
        EvidenceEntry entry = entries.findBySlug(slug)
            .filter(found -> found.status() == EvidenceStatus.PUBLISHED)
            .orElseThrow(() -> new EvidenceNotFoundException(slug));
        return view(entry);
    }

    /** One file of an entry, with its entry, whatever the entry's status. */
    public EvidenceFile file(String slug, long fileId) {
        return entries.findFile(fileId).filter(file -> file.entry().slug().equals(slug))
            .orElseThrow(() -> new EvidenceNotFoundException(slug));
    }

    /** Ids of published entries in order after {@code afterId}: a cursor for walking through the whole library. */
    public List<Long> publishedIdsAfter(long afterId, int count) {
        return entries.idsAfter(EvidenceStatus.PUBLISHED, afterId, PageRequest.of(0, count));
    }

    /** The entries with these ids that are published, in id order, each read in full. */
    public List<EntryView> published(List<Long> ids) {
        return entries.findAllById(ids).stream()
            .filter(entry -> entry.status() == EvidenceStatus.PUBLISHED)
            .sorted(java.util.Comparator.comparing(EvidenceEntry::id))
            .map(this::view)
            .toList();
    }

    /** Any entry, whatever its status: for curators and for the member who submitted it. */
    public EntryView any(String slug) {
        return view(entries.findBySlug(slug).orElseThrow(() -> new EvidenceNotFoundException(slug)));
    }

    public EntryView view(EvidenceEntry given) {
        // an entry loaded in an earlier transaction is read again, so its files can load
        EvidenceEntry entry = given.id() == null ? given : entries.findById(given.id()).orElse(given);
        Map<Vocabulary, List<ConceptView>> tags = new LinkedHashMap<>();
        for (Vocabulary vocabulary : Vocabulary.values()) {
            List<ConceptView> concepts = new ArrayList<>();
            for (String tagSlug : entry.tagSlugs(vocabulary)) {
                taxonomy.find(vocabulary, tagSlug).ifPresent(concepts::add);
            }
            if (!concepts.isEmpty()) {
                tags.put(vocabulary, concepts);
            }
        }
        ConceptView design = entry.studyDesign() == null ? null : taxonomy.find(Vocabulary.STUDY_DESIGN, entry.studyDesign()).orElse(null);
        Map<Contributor.Role, List<String>> credits = new LinkedHashMap<>();
        for (Contributor contributor : entry.contributors()) {
            credits.computeIfAbsent(contributor.role(), role -> new ArrayList<>()).add(contributor.name());
        }
        List<FindingView> findings = entry.findings().stream()
            .map(f -> new FindingView(taxonomy.find(Vocabulary.OUTCOME, f.outcome()).map(ConceptView::label).orElse(f.outcome()),
                    f.outcome(), f.direction(), f.effectSize(), f.metric(), f.timePoint(), f.confidence(), f.intervalLower(),
                    f.intervalUpper(), f.intervalLevel()))
            .toList();
        List<Link> related = new ArrayList<>();
        for (Relation relation : entry.relations()) {
            entries.findById(relation.relatedId())
                .filter(other -> other.status() == EvidenceStatus.PUBLISHED)
                .ifPresent(other -> related.add(new Link(other.slug(), other.title(), other.publicationYear(), relation.kind().label())));
        }
        if (entry.programmeName() != null && entry.id() != null) {
            for (Object[] other : entries.publishedInProgramme(entry.programmeName(), entry.id(), PageRequest.of(0, 5))) {
                if (related.stream().noneMatch(link -> link.slug().equals(other[0]))) {
                    related.add(new Link((String) other[0], (String) other[1], (Integer) other[2], "Same programme"));
                }
            }
        }
        List<String> organisations = entry.getOrganisations();
        List<Link> sameOrganisation = organisations.isEmpty() || entry.id() == null ? List.of()
                : entries.publishedByOrganisation(organisations, entry.id(), PageRequest.of(0, 6)).stream()
                    .filter(other -> related.stream().noneMatch(link -> link.slug().equals(other[0])))
                    .limit(5)
                    .map(other -> new Link((String) other[0], (String) other[1], (Integer) other[2], null))
                    .toList();
        List<FileView> files = entry.id() == null ? List.of() : entries.fileSummaries(entry.id()).stream()
            .map(row -> new FileView((Long) row[0], (String) row[1], (Long) row[2], (EvidenceFile.Extraction) row[3], (String) row[4],
                    (Integer) row[5], risks(row[6])))
            .toList();
        String certainty = entry.sourceCertainty() == null ? "" : entry.sourceCertainty();
        return new EntryView(entry.id(), entry.slug(), entry.status(), entry.details(), credits, organisations,
                entry.ratedLevel(), design, entry.strengthRationale(), entry.strengthAdjusted(), tags, findings, related,
                sameOrganisation, files, List.copyOf(entry.unmapped()), certainty.contains("partial"),
                certainty.equals("fictional"), entry.lastReviewedAt(), entry.updatedAt(), entry.publishedAt(), entry.inclusionDecision(),
                entry.inclusionReasons(), entry.curatorComments(), entry.submitterNote(), entry.submittedBy(), entry.container(),
                StrengthRubric.suggest(StrengthRubric.Facts.of(entry, tags.getOrDefault(Vocabulary.STUDY_DESIGN, List.of()))), entry.summaryCy());
    }

    /**
     * @param partial the record's details were only partly confirmed from a source
     * @param fictional made up for the demonstration site
     * @param strengthLevel the level the public sees: one an editor has confirmed, or null
     * @param rubric what the rating rubric makes of the entry's facts: why it is rated, not rated yet, or off the scale
     * @param summaryCy the editors' summary in Welsh, or null
     */
    public record EntryView(Long id, String slug, EvidenceStatus status, EntryDetails details,
            Map<Contributor.Role, List<String>> credits, List<String> organisations, Integer strengthLevel, ConceptView design,
            String strengthRationale, boolean strengthAdjusted, Map<Vocabulary, List<ConceptView>> tags,
            List<FindingView> findings, List<Link> related, List<Link> sameOrganisation, List<FileView> files,
            List<UnmappedValue> unmapped, boolean partial, boolean fictional, Instant lastReviewedAt,
            Instant updatedAt, Instant publishedAt, EvidenceEntry.Inclusion inclusionDecision, String inclusionReasons, String curatorComments,
            String submitterNote, Long submittedBy, Container container, StrengthRubric.Suggestion rubric, String summaryCy) {

        public EntryView {
            container = container == null ? Container.NONE : container;
        }

        /** Whether the public sees a level: one an editor has confirmed. */
        public boolean rated() {
            return strengthLevel != null;
        }

        /** The catalogue text no concept matched, by the column it came from. */
        public Map<String, List<String>> unmappedByField() {
            Map<String, List<String>> byField = new java.util.TreeMap<>();
            unmapped.forEach(value -> byField.computeIfAbsent(value.field(), field -> new ArrayList<>()).add(value.value()));
            byField.values().forEach(java.util.Collections::sort);
            return byField;
        }

        public String title() {
            return details.title();
        }

        public Integer year() {
            return details.year();
        }

        public List<String> authors() {
            return credits.getOrDefault(Contributor.Role.AUTHOR, List.of());
        }

        /** The publication date as precisely as the document gives it: "2013", "March 2013" or "4 March 2013". */
        public String date() {
            if (details.year() == null) {
                return null;
            }
            if (details.month() == null) {
                return String.valueOf(details.year());
            }
            String month = java.time.Month.of(details.month()).getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.UK);
            return (details.day() == null ? "" : details.day() + " ") + month + " " + details.year();
        }

        public boolean qualitative() {
            return details.dataType() == DataType.QUALITATIVE;
        }
    }

    public record FindingView(String outcome, String outcomeSlug, Finding.Direction direction, BigDecimal effectSize,
            String metric, String timePoint, Finding.Confidence confidence, BigDecimal intervalLower, BigDecimal intervalUpper,
            Integer intervalLevel) {

        public Metric measure() {
            return Metric.of(metric);
        }

        /**
         * The effect size in words with its metric and interval ("Cohen's d 0.31 (95% CI 0.12 to 0.50)",
         * "risk difference -4.3 percentage points"), or null where none was measured.
         */
        public String effect() {
            return effectSize == null ? null : measure().describe(effectSize, intervalLower, intervalUpper, intervalLevel);
        }

        public boolean hasInterval() {
            return intervalLower != null && intervalUpper != null;
        }

        /** The study's judgement in words, never implied by the number's sign: "Positive: fewer people reoffended". */
        public String judgement() {
            return FindingWords.direction(direction, outcomeSlug, effectSize, measure());
        }
    }

    public record Link(String slug, String title, Integer year, String kind) {
    }

    /** What the check at upload found, in the curator's words (empty for a clean file or one from before the check). */
    @SuppressWarnings("unchecked")
    private static List<String> risks(Object column) {
        return column instanceof java.util.Set<?> risks
                ? ((java.util.Set<EvidenceFile.Risk>) risks).stream().sorted().map(EvidenceFile.Risk::forCurator).toList()
                : List.of();
    }

    public record FileView(Long id, String filename, long sizeBytes, EvidenceFile.Extraction extraction, String note,
            Integer pageCount, List<String> risks) {

        public String size() {
            return sizeBytes >= 1_048_576 ? String.format(java.util.Locale.UK, "%.1f MB", sizeBytes / 1_048_576.0)
                    : Math.max(1, sizeBytes / 1024) + " KB";
        }
    }
}
