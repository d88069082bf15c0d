package uk.org.ncjaa.springboard.content.domain;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ContentSubmissionRepository extends JpaRepository<ContentSubmission, Long> {

    List<ContentSubmission> findByAccountIdOrderBySubmittedAtDesc(long accountId);

    @Query("select s from ContentSubmission s order by case when s.status = uk.org.ncjaa.springboard.content.domain.ContentSubmission.Status.SUBMITTED then 0 else 1 end, s.submittedAt desc")
    List<ContentSubmission> queue(org.springframework.data.domain.Pageable page);

    Optional<ContentSubmission> findByItemId(Long itemId);

    long countByStatus(ContentSubmission.Status status);
}
