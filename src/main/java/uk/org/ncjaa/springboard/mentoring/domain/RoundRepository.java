package uk.org.ncjaa.springboard.mentoring.domain;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface RoundRepository extends JpaRepository<Round, Long> {

    List<Round> findAllByOrderByOpensOnDesc();

    List<Round> findByStatusOrderByOpensOnDesc(Round.Status status);
}
