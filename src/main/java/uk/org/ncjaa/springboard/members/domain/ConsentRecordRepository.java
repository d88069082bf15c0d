package uk.org.ncjaa.springboard.members.domain;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ConsentRecordRepository extends JpaRepository<ConsentRecord, Long> {

    /** A member's whole ledger, newest first. */
    List<ConsentRecord> findByMemberIdOrderByRecordedAtDescIdDesc(long memberId);

    /** The member's latest say on one purpose: what they agree to now. */
    java.util.Optional<ConsentRecord> findFirstByMemberIdAndPurposeOrderByRecordedAtDescIdDesc(long memberId,
            uk.org.ncjaa.springboard.members.Consent purpose);

    /** Whether the member's latest say on this purpose is yes. */
    default boolean given(long memberId, uk.org.ncjaa.springboard.members.Consent purpose) {
        return findFirstByMemberIdAndPurposeOrderByRecordedAtDescIdDesc(memberId, purpose).map(ConsentRecord::granted).orElse(false);
    }

    @org.springframework.data.jpa.repository.Modifying
    @org.springframework.data.jpa.repository.Query("delete from ConsentRecord c where c.memberId = :memberId")
    void deleteByMemberId(long memberId);
}
