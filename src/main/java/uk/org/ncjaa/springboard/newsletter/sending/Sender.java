package uk.org.ncjaa.springboard.newsletter.sending;

import java.net.URI;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.Date;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import uk.org.ncjaa.springboard.accounts.AccountsApi;
import uk.org.ncjaa.springboard.accounts.Role;
import uk.org.ncjaa.springboard.newsletter.NewsletterProperties;
import uk.org.ncjaa.springboard.newsletter.Topic;
import uk.org.ncjaa.springboard.newsletter.domain.Campaign;
import uk.org.ncjaa.springboard.newsletter.domain.Campaigns;
import uk.org.ncjaa.springboard.newsletter.domain.Issues;
import uk.org.ncjaa.springboard.newsletter.domain.Links;
import uk.org.ncjaa.springboard.newsletter.domain.Suppressions;
import uk.org.ncjaa.springboard.shared.mail.MailProperties;
import uk.org.ncjaa.springboard.shared.mail.MailRequested;
import uk.org.ncjaa.springboard.shared.mail.Mailer;

/**
 * Sends a campaign's messages. Each worker takes one delivery row at a time with
 * {@code FOR UPDATE SKIP LOCKED}, holds its lock while the message goes out, and marks it sent in
 * the same transaction. A crash therefore loses at most the message each worker had in flight:
 * its row was never marked, so it is sent again when the send resumes, and no other row is
 * skipped or sent twice. Workers on several nodes share the rows the same way.
 */
@Service
public class Sender implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(Sender.class);

    private static final String CLAIM = """
            select d.id, d.email, d.subscriber_id, d.attempts, s.status, s.topics,
                   exists (select 1 from newsletter_suppression x where x.email = lower(d.email)) as suppressed
            from newsletter_delivery d join newsletter_subscriber s on s.id = d.subscriber_id
            where d.campaign_id = ? and d.state = 'PENDING' and (d.next_attempt_at is null or d.next_attempt_at <= now())
              and exists (select 1 from newsletter_campaign c where c.id = d.campaign_id and c.status = 'SENDING')
            order by d.id
            limit 1
            for update of d skip locked""";

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final Campaigns campaigns;
    private final Issues issues;
    private final Links links;
    private final Suppressions suppressions;
    private final AccountsApi accounts;
    private final MailProperties mail;
    private final NewsletterProperties properties;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Throttle throttle;
    private final ExecutorService pool;
    private final Map<Long, AtomicInteger> running = new ConcurrentHashMap<>();
    private final String domain;
    private final String unsubscribeMailbox;
    private volatile boolean stopping;

    Sender(JdbcTemplate jdbc, PlatformTransactionManager transactionManager, Campaigns campaigns, Issues issues, Links links,
            Suppressions suppressions, AccountsApi accounts, MailProperties mail, NewsletterProperties properties,
            ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactionManager);
        this.campaigns = campaigns;
        this.issues = issues;
        this.links = links;
        this.suppressions = suppressions;
        this.accounts = accounts;
        this.mail = mail;
        this.properties = properties;
        this.events = events;
        this.clock = clock;
        this.throttle = new Throttle(properties.perSecond());
        this.pool = Executors.newCachedThreadPool(runnable -> {
            Thread thread = new Thread(runnable, "newsletter-sender");
            thread.setDaemon(true);
            return thread;
        });
        String host = URI.create(issues.baseUrl()).getHost();
        this.domain = host == null ? "localhost" : host;
        this.unsubscribeMailbox = properties.unsubscribeMailbox() == null || properties.unsubscribeMailbox().isBlank()
                ? "unsubscribe@" + senderDomain(mail.from()) : properties.unsubscribeMailbox().strip();
    }

    private static String senderDomain(String from) {
        try {
            String address = new InternetAddress(from).getAddress();
            return address.substring(address.indexOf('@') + 1);
        }
        catch (jakarta.mail.internet.AddressException ex) {
            return "localhost";
        }
    }

    /** Starts this node's workers on the campaign unless they are already running. */
    public void work(long campaignId) {
        if (stopping) {
            return;
        }
        running.computeIfAbsent(campaignId, id -> {
            AtomicInteger active = new AtomicInteger(properties.workers());
            // what goes out is fixed once the send starts: the workers share one rendering per choice of topics
            Campaign campaign = campaigns.get(id);
            Map<Set<Topic>, Mailer.Rendered> renderings = new ConcurrentHashMap<>();
            for (int i = 0; i < properties.workers(); i++) {
                pool.execute(() -> {
                    try {
                        sendAll(campaign, renderings);
                    }
                    catch (RuntimeException ex) {
                        log.error("A newsletter worker stopped on campaign {}", id, ex);
                    }
                    finally {
                        if (active.decrementAndGet() == 0) {
                            running.remove(id);
                            finishIfDone(id);
                        }
                    }
                });
            }
            return active;
        });
    }

    public boolean working(long campaignId) {
        return running.containsKey(campaignId);
    }

    private enum Outcome {
        SENT, SKIPPED, DEFERRED, FAILED, NONE
    }

    private void sendAll(Campaign campaign, Map<Set<Topic>, Mailer.Rendered> renderings) {
        try (Postbox postbox = new Postbox(mail)) {
            while (!stopping) {
                if (!throttle.acquire(this::sentInLastHour, properties.perHour())) {
                    return;
                }
                Outcome outcome = transactions.execute(status -> sendOne(campaign, postbox, renderings));
                if (outcome == Outcome.NONE) {
                    return;
                }
            }
        }
    }

    private Outcome sendOne(Campaign campaign, Postbox postbox, Map<Set<Topic>, Mailer.Rendered> renderings) {
        // a sent mark lost in a database crash means one more send, never one fewer, so the
        // commit need not wait for the disk; the row lock still keeps every other worker off it
        jdbc.execute("set local synchronous_commit = off");
        List<Map<String, Object>> claimed = jdbc.queryForList(CLAIM, campaign.id());
        if (claimed.isEmpty()) {
            return Outcome.NONE;
        }
        Map<String, Object> row = claimed.get(0);
        long deliveryId = ((Number) row.get("id")).longValue();
        String email = (String) row.get("email");
        long subscriberId = ((Number) row.get("subscriber_id")).longValue();
        int attempts = ((Number) row.get("attempts")).intValue() + 1;
        if (!"CONFIRMED".equals(row.get("status")) || Boolean.TRUE.equals(row.get("suppressed"))) {
            jdbc.update("update newsletter_delivery set state = 'SKIPPED', smtp_response = ? where id = ?",
                    "CONFIRMED".equals(row.get("status")) ? "suppressed before it was sent" : "unsubscribed before it was sent", deliveryId);
            return Outcome.SKIPPED;
        }
        Set<Topic> topics = topics(row.get("topics"));
        Mailer.Rendered rendered = renderings.computeIfAbsent(campaign.kind() == Campaign.Kind.DIGEST ? topics : EnumSet.allOf(Topic.class),
                chosen -> issues.render(campaign, chosen));
        try {
            MimeMessage message = message(campaign, deliveryId, email, subscriberId, rendered, postbox.session());
            String reply = postbox.send(message);
            jdbc.update("update newsletter_delivery set state = 'SENT', sent_at = ?, attempts = ?, smtp_response = ? where id = ?",
                    Timestamp.from(clock.instant()), attempts, shorten(reply), deliveryId);
            return Outcome.SENT;
        }
        catch (Postbox.Refused refused) {
            jdbc.update("update newsletter_delivery set state = 'FAILED', attempts = ?, smtp_response = ? where id = ?", attempts,
                    shorten(refused.getMessage()), deliveryId);
            suppressions.bounce(email, Suppressions.BounceKind.HARD, "SMTP", null, refused.getMessage());
            counted(campaign, "The mail server refused a message: " + refused.getMessage());
            return Outcome.FAILED;
        }
        catch (Postbox.Deferred deferred) {
            if (attempts >= properties.maxAttempts()) {
                jdbc.update("update newsletter_delivery set state = 'FAILED', attempts = ?, smtp_response = ? where id = ?", attempts,
                        shorten(deferred.getMessage()), deliveryId);
            }
            else {
                Duration wait = properties.retryAfter().multipliedBy(1L << Math.min(attempts - 1, 10));
                jdbc.update("update newsletter_delivery set attempts = ?, next_attempt_at = ?, smtp_response = ? where id = ?", attempts,
                        Timestamp.from(clock.instant().plus(wait)), shorten(deferred.getMessage()), deliveryId);
            }
            counted(campaign, deferred.getMessage());
            return Outcome.DEFERRED;
        }
    }

    /** Counts an error; past the limit the send pauses itself and staff are told. */
    private void counted(Campaign campaign, String lastError) {
        Integer errors = jdbc.queryForObject("update newsletter_campaign set errors = errors + 1 where id = ? returning errors",
                Integer.class, campaign.id());
        if (errors != null && errors >= properties.pauseAfterErrors()) {
            String reason = errors + " messages could not be sent, so the send paused itself. The last problem: " + lastError;
            int paused = jdbc.update("update newsletter_campaign set status = 'PAUSED', pause_reason = ?, version = version + 1"
                    + " where id = ? and status = 'SENDING'", shorten(reason), campaign.id());
            if (paused == 1) {
                log.warn("Newsletter campaign {} paused after {} errors", campaign.id(), errors);
                for (Role role : List.of(Role.ADMIN, Role.EDITOR)) {
                    accounts.withRole(role).forEach(staff -> events.publishEvent(new MailRequested(staff.email(),
                            "Newsletter send paused: " + campaign.subject(), "newsletter-paused",
                            Map.of("campaign", campaign.subject(), "reason", reason, "id", String.valueOf(campaign.id())))));
                }
            }
        }
    }

    private MimeMessage message(Campaign campaign, long deliveryId, String email, long subscriberId, Mailer.Rendered rendered,
            Session session) throws Postbox.Deferred {
        String token = links.manage(subscriberId);
        String base = issues.baseUrl();
        return message(campaign.subject(), "<newsletter." + campaign.id() + "." + deliveryId + "@" + domain + ">", email,
                base + "/newsletter/preferences/" + token, base + "/newsletter/unsubscribe/" + token, token, rendered, session);
    }

    /**
     * Sends the campaign to one address now, marked as a test, outside the send: nothing is
     * recorded, and its links lead to the page where subscribers ask for their own.
     *
     * @return the mail server's reply
     */
    public String sendTest(long campaignId, String email) throws Postbox.Refused, Postbox.Deferred {
        Campaign campaign = campaigns.get(campaignId);
        String manage = issues.baseUrl() + "/newsletter/manage";
        try (Postbox postbox = new Postbox(mail)) {
            MimeMessage message = message("[Test] " + campaign.subject(),
                    "<newsletter-test." + campaign.id() + "." + java.util.UUID.randomUUID() + "@" + domain + ">", email, manage, manage,
                    "test", issues.renderAll(campaign), postbox.session());
            return postbox.send(message);
        }
    }

    private MimeMessage message(String subject, String messageId, String email, String manage, String unsubscribe, String token,
            Mailer.Rendered rendered, Session session) throws Postbox.Deferred {
        try {
            MimeMessage message = new MimeMessage(session) {
                @Override
                protected void updateMessageID() throws MessagingException {
                    // the same id however often it is sent: a resend after a crash can be recognised
                    setHeader("Message-ID", messageId);
                }
            };
            message.setFrom(new InternetAddress(mail.from()));
            message.setRecipient(Message.RecipientType.TO, new InternetAddress(email));
            message.setSubject(subject, "UTF-8");
            message.setSentDate(Date.from(clock.instant()));
            message.setHeader("List-Unsubscribe", "<" + unsubscribe + ">, <mailto:" + unsubscribeMailbox + "?subject=unsubscribe%20"
                    + token + ">");
            message.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
            message.setHeader("List-Id", "NCJAA newsletter <newsletter." + domain + ">");
            MimeBodyPart text = new MimeBodyPart();
            text.setText(Issues.personal(rendered.text(), manage, unsubscribe), "UTF-8");
            MimeBodyPart html = new MimeBodyPart();
            html.setText(Issues.personal(rendered.html(), manage, unsubscribe), "UTF-8", "html");
            MimeMultipart alternative = new MimeMultipart("alternative");
            alternative.addBodyPart(text);
            alternative.addBodyPart(html);
            message.setContent(alternative);
            message.saveChanges();
            return message;
        }
        catch (MessagingException ex) {
            throw new Postbox.Deferred("Could not write the message: " + ex.getMessage(), ex);
        }
    }

    /** Marks the campaign sent once no row waits, whichever node's workers finish last. */
    void finishIfDone(long campaignId) {
        jdbc.update("update newsletter_campaign set status = 'SENT', finished_at = ?, version = version + 1"
                + " where id = ? and status = 'SENDING'"
                + " and not exists (select 1 from newsletter_delivery where campaign_id = ? and state = 'PENDING')",
                Timestamp.from(clock.instant()), campaignId, campaignId);
    }

    private long sentInLastHour() {
        return jdbc.queryForObject("select count(*) from newsletter_delivery where state = 'SENT' and sent_at > ?", Long.class,
                Timestamp.from(clock.instant().minus(Duration.ofHours(1))));
    }

    private static Set<Topic> topics(Object value) {
        Set<Topic> topics = EnumSet.noneOf(Topic.class);
        try {
            if (value instanceof java.sql.Array array) {
                for (Object slug : (Object[]) array.getArray()) {
                    Topic.fromSlug(String.valueOf(slug)).ifPresent(topics::add);
                }
            }
        }
        catch (java.sql.SQLException ex) {
            throw new IllegalStateException(ex);
        }
        return topics;
    }

    private static String shorten(String text) {
        return text == null ? null : text.length() > 500 ? text.substring(0, 500) : text;
    }

    @Override
    public void destroy() throws InterruptedException {
        stopping = true;
        pool.shutdown();
        pool.awaitTermination(15, TimeUnit.SECONDS);
    }

    /** Instants when this node may send again: at most so many a second, and not past the hourly limit. */
    static final class Throttle {

        private final long gapNanos;
        private long next;
        private long checkedAt;
        private long lastHour;

        Throttle(int perSecond) {
            this.gapNanos = perSecond <= 0 ? 0 : 1_000_000_000L / perSecond;
        }

        /** @return false when the hourly limit is reached, so the worker should stop and try later */
        boolean acquire(java.util.function.LongSupplier sentInLastHour, int perHour) {
            long wait;
            synchronized (this) {
                long now = System.nanoTime();
                if (perHour > 0) {
                    if (now - checkedAt > 2_000_000_000L) {
                        lastHour = sentInLastHour.getAsLong();
                        checkedAt = now;
                    }
                    if (lastHour >= perHour) {
                        return false;
                    }
                    lastHour++;
                }
                if (gapNanos == 0) {
                    return true;
                }
                next = Math.max(next, now) + gapNanos;
                wait = next - gapNanos - now;
            }
            if (wait > 0) {
                try {
                    TimeUnit.NANOSECONDS.sleep(wait);
                }
                catch (InterruptedException ex) {
                    Thread.currentThread().interrupt();
                    return false;
                }
            }
            return true;
        }
    }
}
