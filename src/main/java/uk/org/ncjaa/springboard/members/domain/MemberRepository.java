package uk.org.ncjaa.springboard.members.domain;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface MemberRepository extends JpaRepository<Member, Long> {

    Optional<Member> findByAccountId(long accountId);

    boolean existsByAccountId(long accountId);

    /** Members whose membership is current: an open term. */
    @Query(value = "select count(*) from member m where" + MemberSql.CURRENT, nativeQuery = true)
    long countCurrent();

    /** The members whose membership is current, for counts other modules read through the facade. */
    @Query(value = "select m.* from member m where" + MemberSql.CURRENT, nativeQuery = true)
    java.util.List<Member> findCurrent();
}
