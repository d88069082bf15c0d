package uk.org.ncjaa.springboard.directory.domain;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface ListingRevisionRepository extends JpaRepository<ListingRevision, Long> {

    List<ListingRevision> findByListingIdOrderByNumberDesc(Long listingId);
}
