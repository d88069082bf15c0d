package uk.org.ncjaa.springboard.directory.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ListingRepository extends JpaRepository<Listing, Long> {

    Optional<Listing> findBySlug(String slug);

    boolean existsBySlug(String slug);

    @Query("select l from Listing l where l.draftState = uk.org.ncjaa.springboard.directory.domain.Listing.DraftState.SUBMITTED order by l.draftChangedAt")
    List<Listing> findSubmitted();

    @Query(value = "select l.* from directory_listing l join directory_listing_admin a on a.listing_id = l.id where a.account_id = ?1 order by l.name",
            nativeQuery = true)
    List<Listing> findManagedBy(long accountId);

    @Query(value = "select l.* from directory_listing l join directory_listing_admin a on a.listing_id = l.id"
            + " where l.id = ?1 and a.account_id = ?2", nativeQuery = true)
    Optional<Listing> findManaged(long listingId, long accountId);

    @Query("select l from Listing l where l.publishedAt is not null and l.verifiedAt < ?1 and l.remindedAt is null order by l.id")
    List<Listing> findDueForReminder(Instant verifiedBefore, org.springframework.data.domain.Pageable page);

    @Query("select count(l) from Listing l where l.publishedAt is not null")
    long countPublished();

    /** The listings an account looks after, as rows of (listing id, name, when they began looking after it). */
    @Query(value = "select l.id, l.name, a.added_at from directory_listing l join directory_listing_admin a on a.listing_id = l.id"
            + " where a.account_id = ?1", nativeQuery = true)
    List<Object[]> lookedAfterBy(long accountId);

    /**
     * Invitations an account sent to colleagues to help look after a listing, as rows of (listing id, name, sent,
     * accepted): whom they invited stays out, as that is someone else's address.
     */
    @Query(value = "select l.id, l.name, i.created_at, i.accepted_at from directory_invitation i join directory_listing l"
            + " on l.id = i.listing_id where i.invited_by = ?1", nativeQuery = true)
    List<Object[]> invitationsSentBy(long accountId);
}
