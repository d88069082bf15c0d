package uk.org.ncjaa.springboard.accounts.domain;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface AuditEventRepository extends JpaRepository<AuditEvent, Long> {

    @Query("""
            select e from AuditEvent e
            where (:type is null or e.type = :type) and (:accountId is null or e.accountId = :accountId)
            order by e.occurredAt desc, e.id desc""")
    Page<AuditEvent> search(AuditEventType type, Long accountId, Pageable pageable);

    java.util.List<AuditEvent> findByAccountIdAndTypeIn(Long accountId, java.util.Collection<AuditEventType> types);
}
