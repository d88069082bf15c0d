package uk.org.ncjaa.springboard.evidence.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface EvidenceRepository extends JpaRepository<EvidenceEntry, Long>,
        org.springframework.data.jpa.repository.JpaSpecificationExecutor<EvidenceEntry> {

    Optional<EvidenceEntry> findByImportKey(String importKey);

    /** Entries of a given provenance whose level no editor has confirmed yet. */
    List<EvidenceEntry> findBySourceCertaintyAndStrengthLevelNotNullAndStrengthConfirmedAtNull(String certainty);

    Optional<EvidenceEntry> findBySlug(String slug);

    boolean existsBySlug(String slug);

    /** The slug a title starts from: its words, cut at a word boundary to stay readable. */
    static String slugBase(String title) {
        String base = uk.org.ncjaa.springboard.shared.Slugs.of(title);
        return base.length() > 80 ? base.substring(0, 80).replaceAll("-[^-]*$", "") : base;
    }

    /** A slug from the title, short enough to read, numbered when another entry has it. */
    default String freeSlug(String title) {
        return freeSlug(title, java.util.Set.of());
    }

    /** As {@link #freeSlug(String)}, also passing over slugs given to entries not yet written. */
    default String freeSlug(String title, java.util.Set<String> pending) {
        String base = slugBase(title);
        // words that name pages beside the entries are never an entry's slug
        if (base.isEmpty() || java.util.Set.of("import", "index", "submit", "submissions", "map", "strength", "export", "saved",
                "feed", "toolkit").contains(base)) {
            base = base.isEmpty() ? "entry" : base + "-entry";
        }
        String slug = base;
        for (int n = 2; pending.contains(slug) || existsBySlug(slug); n++) {
            slug = base + "-" + n;
        }
        return slug;
    }

    long countByStatus(EvidenceStatus status);

    /**
     * Slug, title and year of other published entries of a programme, latest added first: links, not
     * whole entries. Ordering by id lets the database stop at the first few in a large library.
     */
    @Query("""
            select e.slug, e.title, e.publicationYear from EvidenceEntry e
            where e.programmeName = :programmeName and e.status = uk.org.ncjaa.springboard.evidence.domain.EvidenceStatus.PUBLISHED
              and e.id <> :id order by e.id desc""")
    List<Object[]> publishedInProgramme(String programmeName, Long id, Pageable page);

    /** Slug, title and year of other published entries crediting any of these organisations. */
    @Query("""
            select e.slug, e.title, e.publicationYear from EvidenceEntry e
            where e.status = uk.org.ncjaa.springboard.evidence.domain.EvidenceStatus.PUBLISHED and e.id <> :id
              and exists (select 1 from EvidenceEntry o join o.contributors c where o.id = e.id and c.name in :organisations
                and c.kind = uk.org.ncjaa.springboard.evidence.domain.Contributor.Kind.ORGANISATION)
            order by e.id desc""")
    List<Object[]> publishedByOrganisation(Collection<String> organisations, Long id, Pageable page);

    /** The files of an entry without their text, which can run to megabytes. */
    @Query("""
            select f.id, f.filename, f.sizeBytes, f.extraction, f.extractionNote, f.pageCount, f.uploadRisks from EvidenceFile f
            where f.entry.id = :entryId order by f.id""")
    List<Object[]> fileSummaries(Long entryId);

    @Query("select count(f) from EvidenceFile f where f.entry.id = :entryId")
    long countFiles(Long entryId);

    @Query("select f from EvidenceFile f join fetch f.entry where f.id = :id")
    Optional<EvidenceFile> findFile(Long id);
    /** Ids in order after a given one: a cursor through every entry that holds no more than a page in memory. */
    @Query("select e.id from EvidenceEntry e where e.status = :status and e.id > :after order by e.id")
    List<Long> idsAfter(EvidenceStatus status, long after, Pageable page);

    List<EvidenceEntry> findByStatusInOrderByUpdatedAtAsc(Collection<EvidenceStatus> statuses);

    List<EvidenceEntry> findBySubmittedByOrderByUpdatedAtDesc(Long accountId);

    @Query("""
            select e from EvidenceEntry e where e.status = uk.org.ncjaa.springboard.evidence.domain.EvidenceStatus.PUBLISHED
            and e.publishedAt >= :since and e.publishedAt < :until order by e.publishedAt desc, e.id desc""")
    List<EvidenceEntry> publishedBetween(java.time.Instant since, java.time.Instant until, Pageable page);
}
