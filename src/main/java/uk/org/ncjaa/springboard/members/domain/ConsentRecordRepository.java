package uk.org.ncjaa.springboard.members.domain;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ConsentRecordRepository extends JpaRepository<ConsentRecord, Long> {

    /** A member's whole ledger, newest first. */
    List<ConsentRecord> findByMemberIdOrderByRecordedAtDescIdDesc(long memberId);
}
