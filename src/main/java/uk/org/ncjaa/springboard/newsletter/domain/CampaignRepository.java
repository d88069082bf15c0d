package uk.org.ncjaa.springboard.newsletter.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CampaignRepository extends JpaRepository<Campaign, Long> {

    @Query("select distinct c from Campaign c join c.items i where i.url = ?1")
    List<Campaign> linkingTo(String url);

    @Query("select c from Campaign c order by c.createdAt desc, c.id desc")
    List<Campaign> newestFirst();

    @Query("select c from Campaign c where c.status = uk.org.ncjaa.springboard.newsletter.domain.Campaign.Status.SENT"
            + " and c.inArchive order by c.startedAt desc, c.id desc")
    List<Campaign> archived();

    @Query("select max(c.coversTo) from Campaign c where c.kind = uk.org.ncjaa.springboard.newsletter.domain.Campaign.Kind.DIGEST"
            + " and c.status <> uk.org.ncjaa.springboard.newsletter.domain.Campaign.Status.DRAFT")
    Optional<Instant> lastDigestEnd();
}
