package uk.org.ncjaa.springboard.accounts.domain;

import java.time.Instant;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface RecoveryCodeRepository extends JpaRepository<RecoveryCode, Long> {

    @Query("select c from RecoveryCode c where c.accountId = :accountId and c.usedAt is null")
    List<RecoveryCode> findUnused(long accountId);

    @Modifying
    @Query("update RecoveryCode c set c.usedAt = :now where c.id = :id and c.usedAt is null")
    int spend(long id, Instant now);

    @Modifying
    @Query("delete from RecoveryCode c where c.accountId = :accountId")
    void deleteByAccountId(long accountId);
}
