package uk.org.ncjaa.springboard.accounts.domain;

import java.time.Instant;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface AccountTokenRepository extends JpaRepository<AccountToken, Long> {

    Optional<AccountToken> findByTokenHashAndPurpose(String tokenHash, TokenPurpose purpose);

    /** Spends a token in the database, so two clicks at once cannot both succeed. */
    @Modifying
    @Query("update AccountToken t set t.usedAt = :now where t.id = :id and t.usedAt is null and t.expiresAt > :now")
    int spend(long id, Instant now);

    /** Earlier links of the same kind stop working when a new one is sent or one is used. */
    @Modifying
    @Query("update AccountToken t set t.usedAt = :now where t.accountId = :accountId and t.purpose = :purpose and t.usedAt is null")
    int spendAll(long accountId, TokenPurpose purpose, Instant now);

    @Modifying
    @Query("delete from AccountToken t where t.expiresAt < :before")
    int deleteExpiredBefore(Instant before);
}
