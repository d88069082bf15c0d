package uk.org.ncjaa.springboard.mentoring.domain;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ApplicationRepository extends JpaRepository<Application, Long> {

    Optional<Application> findByRoundIdAndAccountId(long roundId, long accountId);

    List<Application> findByAccountIdOrderByCreatedAtDesc(long accountId);

    @Query("select a from Application a where a.roundId = ?1 and a.status <> 'DRAFT' order by a.role, a.submittedAt")
    List<Application> sent(long roundId);

    List<Application> findByRoundIdAndRoleAndStatus(long roundId, Role role, Application.Status status);

    List<Application> findByRoundId(long roundId);
}
