package uk.org.ncjaa.springboard.evidence.alerts;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface SavedSearchRepository extends JpaRepository<SavedSearch, Long> {

    List<SavedSearch> findByAccountIdOrderByName(long accountId);

    long countByAccountId(long accountId);

    void deleteByAccountId(long accountId);
}
