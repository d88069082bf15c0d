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
}
