package uk.org.ncjaa.springboard.content.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import uk.org.ncjaa.springboard.content.ContentKind;

interface ContentRepository extends JpaRepository<ContentItem, Long> {

    Optional<ContentItem> findByKindAndSlug(ContentKind kind, String slug);

    boolean existsByKindAndSlug(ContentKind kind, String slug);

    @Query("select c.id from ContentItem c where c.status = uk.org.ncjaa.springboard.content.domain.ContentStatus.SCHEDULED and c.publishAt <= ?1")
    List<Long> dueBy(Instant now);
}
