package uk.org.ncjaa.springboard.newsletter.domain;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import uk.org.ncjaa.springboard.members.Consent;

/**
 * Eighteen months of newsletter history for the demo, so the staff dashboards have something to
 * say: readers (example.org addresses) joining and some leaving, a digest sent every month to
 * whoever was subscribed then, and the bounces and complaints a real list gets. Written in batches
 * and set-based inserts, so the demo still starts quickly; the same seed gives the same history.
 */
@Component
public class DemoNewsletterHistory {

    private static final long SEED = 40L;
    private static final int READERS = 420;
    private static final ZoneId UK = ZoneId.of("Europe/London");
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);
    private static final List<String> REGIONS = List.of("london", "north-west", "yorkshire-and-the-humber", "wales", "south-west",
            "west-midlands");

    private final JdbcTemplate jdbc;
    private final Clock clock;

    DemoNewsletterHistory(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Adds the history once: when no issue was sent over two months ago. */
    @Transactional
    public void load() {
        Instant now = clock.instant();
        if (Boolean.TRUE.equals(jdbc.queryForObject("select exists (select 1 from newsletter_campaign where started_at < ?)",
                Boolean.class, Timestamp.from(now.minus(Duration.ofDays(60)))))) {
            return;
        }
        Random random = new Random(SEED);
        Instant since = now.minus(Duration.ofDays(540));
        List<Object[]> readers = new ArrayList<>();
        List<Object[]> bounces = new ArrayList<>();
        List<Object[]> suppressions = new ArrayList<>();
        for (int i = 1; i <= READERS; i++) {
            // a quarter were already reading before the eighteen months; the rest joined across them
            Instant joined = i <= READERS / 4 ? since.minus(Duration.ofHours(random.nextInt(24 * 400)))
                    : since.plus(Duration.ofHours(random.nextInt(24 * 535)));
            boolean confirmed = random.nextInt(100) < 93;
            Instant confirmedAt = confirmed ? joined.plus(Duration.ofMinutes(5 + random.nextInt(600))) : null;
            Instant left = confirmed && random.nextInt(100) < 17 ? later(confirmedAt, now, random) : null;
            String email = String.format("reader-%03d@example.org", i);
            readers.add(new Object[] { email, confirmed ? left == null ? "CONFIRMED" : "UNSUBSCRIBED" : "PENDING",
                    REGIONS.get(random.nextInt(REGIONS.size())), random.nextInt(10) < 3 ? "MEMBER" : "FORM", Timestamp.from(joined),
                    confirmedAt == null ? null : Timestamp.from(confirmedAt), left == null ? null : Timestamp.from(left) });
            if (!confirmed) {
                continue;
            }
            int roll = random.nextInt(100);
            if (roll < 3) {
                Instant at = later(confirmedAt, now, random);
                bounces.add(bounce(email, "HARD", i, at, "550 5.1.1 mailbox does not exist"));
                suppressions.add(new Object[] { email, "HARD_BOUNCE", "1 hard recorded", Timestamp.from(at) });
            }
            else if (roll < 4) {
                Instant at = later(confirmedAt, now, random);
                bounces.add(bounce(email, "COMPLAINT", i, at, "marked as spam"));
                suppressions.add(new Object[] { email, "COMPLAINT", "1 complaint recorded", Timestamp.from(at) });
            }
            else if (roll < 11) {
                bounces.add(bounce(email, "SOFT", i, later(confirmedAt, now, random), "452 4.2.2 mailbox full"));
            }
        }
        jdbc.batchUpdate("insert into newsletter_subscriber (email, status, topics, region, source, created_at, confirmed_at, unsubscribed_at)"
                + " values (?, ?, '{news,events,opportunities,publications,evidence}', ?, ?, ?, ?, ?)", readers);
        jdbc.batchUpdate("insert into newsletter_bounce (email, kind, source, event_id, detail, recorded_at) values (?, ?, 'WEBHOOK', ?, ?, ?)",
                bounces);
        jdbc.batchUpdate("insert into newsletter_suppression (email, reason, detail, created_at) values (?, ?, ?, ?)"
                + " on conflict (email) do nothing", suppressions);
        // the consent ledger for the readers, as the confirmation and unsubscribe links would have written it
        jdbc.update("insert into newsletter_consent (subscriber_id, granted, wording, version, source, detail, recorded_at)"
                + " select id, true, ?, ?, source, 'confirmation link', confirmed_at from newsletter_subscriber"
                + " where email like 'reader-%@example.org' and confirmed_at is not null", Consent.NEWSLETTER.wording(),
                Consent.NEWSLETTER.version());
        jdbc.update("insert into newsletter_consent (subscriber_id, granted, wording, version, source, detail, recorded_at)"
                + " select id, false, ?, ?, 'UNSUBSCRIBE', case when id % 10 < 7 then 'unsubscribe link' when id % 10 < 9"
                + " then 'unsubscribe email' else 'member''s consent page' end, unsubscribed_at from newsletter_subscriber"
                + " where email like 'reader-%@example.org' and unsubscribed_at is not null", Consent.NEWSLETTER.wording(),
                Consent.NEWSLETTER.version());
        // about half of those who left by the link said why, on the page that confirmed it
        jdbc.update("insert into newsletter_unsubscribe_reason (subscriber_id, reason, recorded_at)"
                + " select id, (array['TOO_MANY', 'NOT_RELEVANT', 'MOVED_ON', 'TOO_MANY', 'OTHER'])[1 + id % 5],"
                + " unsubscribed_at + interval '1 minute' from newsletter_subscriber"
                + " where email like 'reader-%@example.org' and unsubscribed_at is not null and id % 10 < 7 and id % 2 = 0"
                + " on conflict (subscriber_id) do nothing");
        LocalDate today = LocalDate.ofInstant(now, UK);
        for (int monthsAgo = 17; monthsAgo >= 1; monthsAgo--) {
            YearMonth month = YearMonth.from(today.minusMonths(monthsAgo));
            send("DIGEST", "NCJAA newsletter: " + MONTH.format(month), month.atDay(3 + random.nextInt(5)).atTime(9, 30).atZone(UK).toInstant());
            if (monthsAgo % 6 == 2) {
                send("ONE_OFF", "Arts Forum: send us your agenda items", month.atDay(20).atTime(11, 0).atZone(UK).toInstant());
            }
        }
    }

    /**
     * One issue, sent to everyone subscribed and not suppressed at the time: one delivery row each,
     * written by a single insert from the subscribers table.
     */
    private void send(String kind, String subject, Instant at) {
        Timestamp started = Timestamp.from(at);
        long id = jdbc.queryForObject("insert into newsletter_campaign (kind, subject, status, started_at, finished_at, created_at,"
                + " in_archive) values (?, ?, 'SENT', ?, ?, ?, false) returning id", Long.class, kind, subject, started,
                Timestamp.from(at.plus(Duration.ofMinutes(25))), Timestamp.from(at.minus(Duration.ofDays(2))));
        int sent = jdbc.update("insert into newsletter_delivery (campaign_id, subscriber_id, email, state, attempts, sent_at, smtp_response)"
                + " select ?, s.id, s.email, 'SENT', 1, cast(? as timestamptz) + (s.id % 1200) * interval '1 second', '250 2.0.0 OK'"
                + " from newsletter_subscriber s where s.confirmed_at < ? and (s.unsubscribed_at is null or s.unsubscribed_at > ?)"
                + " and not exists (select 1 from newsletter_suppression x where x.email = lower(s.email) and x.created_at < ?)",
                id, started, started, started, started);
        jdbc.update("update newsletter_campaign set total = ? where id = ?", sent, id);
    }

    private static Object[] bounce(String email, String kind, int reader, Instant at, String detail) {
        return new Object[] { email, kind, "demo-history-" + reader, detail, Timestamp.from(at) };
    }

    private static Instant later(Instant from, Instant now, Random random) {
        long hours = Math.max(1, Duration.between(from, now).toHours());
        return from.plus(Duration.ofHours(1 + (long) (random.nextDouble() * (hours - 1))));
    }
}
