package uk.org.ncjaa.springboard.newsletter.domain;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface SubscriberRepository extends JpaRepository<Subscriber, Long> {

    @Query("select s from NewsletterSubscriber s where lower(s.email) = lower(:email)")
    Optional<Subscriber> findByEmail(String email);

    Optional<Subscriber> findByAccountId(long accountId);

    @Query("select s from NewsletterSubscriber s where lower(s.email) like lower(concat('%', :text, '%')) order by s.createdAt desc, s.id desc")
    List<Subscriber> search(String text, Pageable page);

    @Query("select s from NewsletterSubscriber s order by s.createdAt desc, s.id desc")
    List<Subscriber> newest(Pageable page);

    /** A subscriber's consent record, as rows of (agreed, wording version, how, when). */
    @Query(value = "select granted, version, source, recorded_at from newsletter_consent where subscriber_id = ?1", nativeQuery = true)
    List<Object[]> consents(long subscriberId);

    /** Bounces and complaints about an address, as rows of (kind, when). */
    @Query(value = "select kind, recorded_at from newsletter_bounce where lower(email) = lower(?1)", nativeQuery = true)
    List<Object[]> bounces(String email);

    /** Whether the address is suppressed, and why, as rows of (reason, since). */
    @Query(value = "select reason, created_at from newsletter_suppression where email = lower(?1)", nativeQuery = true)
    List<Object[]> suppression(String email);
}
