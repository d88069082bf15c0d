package uk.org.ncjaa.springboard.newsletter.sending;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

import uk.org.ncjaa.springboard.newsletter.domain.Campaigns;
import uk.org.ncjaa.springboard.shared.AfterCommit;

/**
 * Starts sends that are due and keeps workers on sends that are running. db-scheduler calls
 * {@link #dispatch()} every few seconds on one node at a time, and every node calls it when it
 * starts, so a send interrupted by a crash carries on by itself.
 */
@Service
public class Sends {

    private static final Logger log = LoggerFactory.getLogger(Sends.class);

    private final Campaigns campaigns;
    private final Sender sender;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    Sends(Campaigns campaigns, Sender sender, JdbcTemplate jdbc, Clock clock) {
        this.campaigns = campaigns;
        this.sender = sender;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    void resumeAfterStart() {
        dispatch();
    }

    public void dispatch() {
        for (Long id : jdbc.queryForList("select id from newsletter_campaign where status = 'SCHEDULED' and scheduled_at <= ?",
                Long.class, Timestamp.from(clock.instant()))) {
            try {
                campaigns.start(id);
                log.info("Newsletter campaign {} started", id);
            }
            catch (RuntimeException ex) {
                log.warn("Newsletter campaign {} could not start: {}", id, ex.getMessage());
            }
        }
        for (Long id : jdbc.queryForList("select id from newsletter_campaign where status = 'SENDING'", Long.class)) {
            sender.work(id);
        }
    }

    /** Staff send now: the rows are written in their transaction, and workers start once it commits. */
    public void startNow(long id) {
        campaigns.start(id);
        AfterCommit.run(() -> sender.work(id));
    }

    public void resume(long id) {
        campaigns.resume(id);
        AfterCommit.run(() -> sender.work(id));
    }

    /** How a send is going, for the progress bar. */
    public record Progress(long total, long sent, long failed, long skipped, long waiting, double perSecond, Duration left) {

        public long done() {
            return sent + failed + skipped;
        }

        public int percent() {
            return total == 0 ? 100 : (int) Math.min(100, done() * 100 / total);
        }
    }

    public Progress progress(long id) {
        long[] counts = new long[4];
        jdbc.query("select state, count(*) from newsletter_delivery where campaign_id = ? group by state", rs -> {
            switch (rs.getString(1)) {
                case "SENT" -> counts[0] = rs.getLong(2);
                case "FAILED" -> counts[1] = rs.getLong(2);
                case "SKIPPED" -> counts[2] = rs.getLong(2);
                default -> counts[3] = rs.getLong(2);
            }
        }, id);
        Instant now = clock.instant();
        Long recent = jdbc.queryForObject("select count(*) from newsletter_delivery where campaign_id = ? and state = 'SENT'"
                + " and sent_at > ?", Long.class, id, Timestamp.from(now.minusSeconds(20)));
        double perSecond = recent == null ? 0 : recent / 20.0;
        Duration left = perSecond > 0 ? Duration.ofSeconds((long) Math.ceil(counts[3] / perSecond)) : null;
        long total = counts[0] + counts[1] + counts[2] + counts[3];
        return new Progress(total, counts[0], counts[1], counts[2], counts[3], perSecond, left);
    }
}
