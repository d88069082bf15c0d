package uk.org.ncjaa.springboard.policy.consultation.domain;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface QuoteRepository extends JpaRepository<Quote, Long> {

    List<Quote> findByConsultationIdOrderByChosenAt(long consultationId);

    boolean existsByReplyId(long replyId);
}
