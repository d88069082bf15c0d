package uk.org.ncjaa.springboard.newsletter.domain;

import org.springframework.data.jpa.repository.JpaRepository;

interface UnsubscribeReasonRepository extends JpaRepository<UnsubscribeReason, Long> {
}
