package uk.org.ncjaa.springboard.content.domain;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ContentRevisionRepository extends JpaRepository<ContentRevision, Long> {

    List<ContentRevision> findByItemIdOrderByNumberDesc(Long itemId);

    Optional<ContentRevision> findByItemIdAndNumber(Long itemId, int number);

    @Query("select coalesce(max(r.number), 0) from ContentRevision r where r.itemId = ?1")
    int lastNumber(Long itemId);
}
