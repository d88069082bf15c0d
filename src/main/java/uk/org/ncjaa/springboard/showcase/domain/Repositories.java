package uk.org.ncjaa.springboard.showcase.domain;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** The showcase's tables, each through its own repository. */
final class Repositories {

    private Repositories() {
    }
}

interface WorkRepository extends JpaRepository<Work, Long> {

    Optional<Work> findBySlug(String slug);

    List<Work> findByStatusOrderBySubmittedAtAsc(WorkStatus status);

    List<Work> findByListingIdInOrderByUpdatedAtDesc(java.util.Collection<Long> listingIds);

    @Query("select w from Work w where w.status = 'PUBLISHED' order by w.publishedAt desc, w.id desc")
    List<Work> published();

    @Query("select w from Work w where w.status = 'PUBLISHED' and w.featured order by w.publishedAt desc, w.id desc")
    List<Work> featured();

    @Query("select w from Work w where w.status = 'PUBLISHED' and w.consentUntil < ?1")
    List<Work> consentEndedBefore(java.time.LocalDate day);

    @Query("select w from Work w order by w.updatedAt desc, w.id desc")
    List<Work> everyWork();
}

interface DecisionRepository extends JpaRepository<Decision, Long> {

    List<Decision> findByWorkIdOrderByDecidedAtAscIdAsc(long workId);
}

interface ExhibitionRepository extends JpaRepository<Exhibition, Long> {

    Optional<Exhibition> findBySlug(String slug);

    @Query("select e from Exhibition e where e.published order by e.publishedAt desc, e.id desc")
    List<Exhibition> published();

    @Query("select e from Exhibition e order by e.updatedAt desc, e.id desc")
    List<Exhibition> everyExhibition();
}
