package uk.org.ncjaa.springboard.newsletter.domain;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.org.ncjaa.springboard.content.ContentApi;
import uk.org.ncjaa.springboard.content.ContentKind;
import uk.org.ncjaa.springboard.events.EventsApi;
import uk.org.ncjaa.springboard.evidence.EvidenceApi;
import uk.org.ncjaa.springboard.showcase.ShowcaseApi;
import uk.org.ncjaa.springboard.showcase.WorkWithdrawn;
import uk.org.ncjaa.springboard.newsletter.Topic;
import uk.org.ncjaa.springboard.shared.NotFoundException;
import uk.org.ncjaa.springboard.shared.mail.Mailer;

/**
 * Campaigns from draft to send. The monthly digest is assembled from what was published since
 * the last one; news, opportunities and publications join it as their modules come.
 */
@Service
@Transactional
public class Campaigns {

    private static final int PER_SECTION = 12;

    private final CampaignRepository campaigns;
    private final EventsApi events;
    private final EvidenceApi evidence;
    private final ContentApi content;
    private final ShowcaseApi showcase;
    private final Issues issues;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    Campaigns(CampaignRepository campaigns, EventsApi events, EvidenceApi evidence, ContentApi content, Issues issues, JdbcTemplate jdbc,
            Clock clock, ShowcaseApi showcase) {
        this.showcase = showcase;
        this.content = content;
        this.campaigns = campaigns;
        this.events = events;
        this.evidence = evidence;
        this.issues = issues;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** A digest of everything since the last digest (or the last month, for the first). */
    public Campaign newDigest(long staffId) {
        Instant now = clock.instant();
        Instant since = campaigns.lastDigestEnd().orElse(now.minus(Duration.ofDays(31)));
        String month = java.time.format.DateTimeFormatter.ofPattern("MMMM yyyy", java.util.Locale.UK)
            .format(now.atZone(java.time.ZoneId.of("Europe/London")));
        Campaign campaign = new Campaign(Campaign.Kind.DIGEST, "NCJAA newsletter: " + month, staffId, now);
        campaign.covers(since, now);
        int position = 0;
        position = addContent(campaign, Topic.NEWS, List.of(ContentKind.NEWS, ContentKind.BLOG, ContentKind.CASE_STUDY), since, now,
                position);
        for (EventsApi.Upcoming event : events.upcoming(PER_SECTION)) {
            campaign.add(new CampaignItem(Topic.EVENTS, position++, event.title(), event.href(), event.summary(),
                    event.when() + (event.where() == null || event.where().isBlank() ? "" : ", " + event.where())));
        }
        // works from the showcase whose makers agreed to the newsletter, in the news section
        for (ShowcaseApi.Card work : showcase.forNewsletter(since, now, PER_SECTION)) {
            campaign.add(new CampaignItem(Topic.NEWS, position++, work.title(), work.href(),
                    shorten(work.excerpt(), 400), "From the showcase: " + work.kind().toLowerCase(java.util.Locale.UK) + " by " + work.credit()));
        }
        position = addContent(campaign, Topic.OPPORTUNITIES, List.of(ContentKind.OPPORTUNITY), since, now, position);
        position = addContent(campaign, Topic.PUBLICATIONS, List.of(ContentKind.PUBLICATION), since, now, position);
        for (EvidenceApi.NewEntry entry : evidence.publishedBetween(since, now, PER_SECTION)) {
            campaign.add(new CampaignItem(Topic.EVIDENCE, position++, entry.title(), entry.href(), shorten(entry.summary(), 400),
                    entry.publisher()));
        }
        return campaigns.save(campaign);
    }

    /** What the site published in the period, newest first, as one section of the digest. */
    private int addContent(Campaign campaign, Topic topic, List<ContentKind> kinds, Instant since, Instant until, int position) {
        for (ContentApi.Item item : content.publishedBetween(kinds, since, until, PER_SECTION)) {
            campaign.add(new CampaignItem(topic, position++, item.title(), item.href(), shorten(item.summary(), 400),
                    item.kind().label()));
        }
        return position;
    }

    /**
     * A showcase work was withdrawn: every issue linking to it, drafts and the sent archive alike, lets it
     * go in the withdrawal's own transaction, so no archived page or email shows it a moment longer.
     */
    @org.springframework.context.event.EventListener
    void on(WorkWithdrawn withdrawn) {
        for (Campaign campaign : campaigns.linkingTo(withdrawn.href())) {
            campaign.forget(withdrawn.href(), issues::renderAll);
        }
    }

    public Campaign newOneOff(long staffId) {
        return campaigns.save(new Campaign(Campaign.Kind.ONE_OFF, "A message from the NCJAA", staffId, clock.instant()));
    }

    @Transactional(readOnly = true)
    public Campaign get(long id) {
        Campaign campaign = campaigns.findById(id).orElseThrow(() -> new NotFoundException("No such campaign"));
        // loaded now: pages and the send's workers read the items after this transaction ends
        org.hibernate.Hibernate.initialize(campaign.items());
        return campaign;
    }

    @Transactional(readOnly = true)
    public List<Campaign> all() {
        return campaigns.newestFirst();
    }

    /** Sent issues, newest first, for the public archive. */
    @Transactional(readOnly = true)
    public List<Campaign> archive() {
        return campaigns.archived();
    }

    @Transactional(readOnly = true)
    public Optional<Campaign> archived(long id) {
        return campaigns.findById(id).filter(c -> c.status() == Campaign.Status.SENT && c.inArchive() && c.html().isPresent());
    }

    public void write(long id, String subject, String intro, String body, Topic topic, String region) {
        Campaign campaign = get(id);
        campaign.write(subject, intro, body, topic, region, campaign.inArchive());
    }

    public void write(long id, String subject, String intro, String body, Topic topic, String region, boolean inArchive) {
        get(id).write(subject, intro, body, topic, region, inArchive);
    }

    public void addItem(long id, Topic section, String title, String url, String summary) {
        get(id).addItem(section, title, url, summary);
    }

    public void editItem(long id, long itemId, String title, String summary) {
        get(id).editItem(itemId, title, summary);
    }

    public void moveItem(long id, long itemId, boolean up) {
        get(id).moveItem(itemId, up);
    }

    public void removeItem(long id, long itemId) {
        get(id).removeItem(itemId);
    }

    public void schedule(long id, Instant at) {
        get(id).schedule(at);
    }

    public void unschedule(long id) {
        get(id).unschedule();
    }

    public void pause(long id, String reason) {
        get(id).pause(reason);
    }

    public void resume(long id) {
        get(id).resume();
    }

    /** How many would get it if it were sent now. */
    @Transactional(readOnly = true)
    public long audience(Campaign campaign) {
        return jdbc.queryForObject("select count(*) from newsletter_subscriber s where " + AUDIENCE, Long.class,
                audienceArguments(campaign));
    }

    /**
     * Starts the send: renders what goes out and writes one delivery row per recipient in one
     * statement, in the same transaction that marks the campaign as sending. From here the
     * audience is fixed: someone who subscribes later is not added, someone who leaves is skipped.
     */
    public void start(long id) {
        Campaign campaign = get(id);
        if (campaign.kind() == Campaign.Kind.ONE_OFF && campaign.body().isBlank()) {
            throw new IllegalStateException("Write the email before sending it");
        }
        long began = System.nanoTime();
        Object[] arguments = audienceArguments(campaign);
        Object[] withCampaign = new Object[arguments.length + 1];
        withCampaign[0] = id;
        System.arraycopy(arguments, 0, withCampaign, 1, arguments.length);
        int rows = jdbc.update("insert into newsletter_delivery (campaign_id, subscriber_id, email)"
                + " select ?, s.id, s.email from newsletter_subscriber s where " + AUDIENCE
                + " order by s.id on conflict (campaign_id, subscriber_id) do nothing", withCampaign);
        long builtMs = (System.nanoTime() - began) / 1_000_000;
        Mailer.Rendered rendered = issues.renderAll(campaign);
        campaign.start(rendered.html(), rendered.text(), rows, builtMs, clock.instant());
    }

    /** Confirmed, not suppressed, and in the campaign's audience (a digest goes to those who chose any of its sections). */
    private static final String AUDIENCE = "s.status = 'CONFIRMED'"
            + " and not exists (select 1 from newsletter_suppression x where x.email = lower(s.email))"
            + " and (cast(? as text[]) is null or s.topics && cast(? as text[]))"
            + " and (cast(? as text) is null or s.region = cast(? as text))";

    private static Object[] audienceArguments(Campaign campaign) {
        String[] topics = null;
        if (campaign.audienceTopic() != null) {
            topics = new String[] { campaign.audienceTopic().slug() };
        }
        else if (campaign.kind() == Campaign.Kind.DIGEST) {
            topics = campaign.sections().keySet().stream().map(Topic::slug).toArray(String[]::new);
            if (topics.length == 0) {
                topics = EnumSet.allOf(Topic.class).stream().map(Topic::slug).toArray(String[]::new);
            }
        }
        String topicArray = topics == null ? null : "{" + String.join(",", topics) + "}";
        return new Object[] { topicArray, topicArray, campaign.audienceRegion(), campaign.audienceRegion() };
    }

    private static String shorten(String text, int max) {
        if (text == null) {
            return "";
        }
        String plain = text.strip();
        if (plain.length() <= max) {
            return plain;
        }
        int cut = plain.lastIndexOf(' ', max);
        return plain.substring(0, cut > max / 2 ? cut : max) + "…";
    }
}
