package uk.org.ncjaa.springboard.config;

import java.time.Duration;
import java.util.UUID;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.IncompleteEventPublications;

import uk.org.ncjaa.springboard.support.SpringboardTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the job that finishes events left behind does when several nodes share the database: an
 * event a node died while handling, published long enough ago, is finished once; one published a
 * moment ago is left to the node handling it.
 */
@SpringboardTest
class EventPublicationsTests {

    private static final String LISTENER = "uk.org.ncjaa.springboard.members.domain.MemberLifecycle.on("
            + "uk.org.ncjaa.springboard.accounts.AccountRegistered)";

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    IncompleteEventPublications incomplete;

    /** A publication as a node leaves it when it dies while its listener runs. */
    private UUID leftBehind(long accountId, Duration ago) {
        UUID id = UUID.randomUUID();
        jdbc.update("insert into event_publication (id, listener_id, event_type, serialized_event, publication_date, status,"
                + " completion_attempts) values (?, ?, 'uk.org.ncjaa.springboard.accounts.AccountRegistered', ?,"
                + " now() - make_interval(secs => ?), 'PROCESSING', 1)", id, LISTENER,
                "{\"accountId\":" + accountId + ",\"displayName\":\"Left behind\"}", ago.toSeconds());
        return id;
    }

    private int members(long accountId) {
        return jdbc.queryForObject("select count(*) from member where account_id = ?", Integer.class, accountId);
    }

    @Test
    void anEventLeftLongEnoughIsFinishedOnceAndARecentOneIsLeftToItsNode() {
        long old = 9_000_000_000L + System.nanoTime() % 1_000_000_000L;
        long recent = old + 1;
        UUID oldPublication = leftBehind(old, Duration.ofMinutes(10));
        UUID recentPublication = leftBehind(recent, Duration.ofSeconds(5));

        incomplete.resubmitIncompletePublicationsOlderThan(Duration.ofMinutes(5));
        Awaitility.await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(50))
            .until(() -> jdbc.queryForObject("select count(*) from event_publication where id = ?", Integer.class, oldPublication) == 0);
        assertThat(members(old)).isOne();

        // asked again, as the job asks every minute: finished events are not done twice
        incomplete.resubmitIncompletePublicationsOlderThan(Duration.ofMinutes(5));
        assertThat(members(old)).isOne();
        assertThat(members(recent)).isZero();
        assertThat(jdbc.queryForObject("select last_resubmission_date is null from event_publication where id = ?", Boolean.class,
                recentPublication)).as("the recent one is not touched").isTrue();
        jdbc.update("delete from event_publication where id = ?", recentPublication);
    }
}
