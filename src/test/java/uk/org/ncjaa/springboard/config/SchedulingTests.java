package uk.org.ncjaa.springboard.config;

import java.time.Duration;
import java.time.Instant;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.task.TaskInstanceId;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import uk.org.ncjaa.springboard.accounts.Role;
import uk.org.ncjaa.springboard.support.SpringboardTest;
import uk.org.ncjaa.springboard.support.TestAccounts;

import static org.assertj.core.api.Assertions.assertThat;

@SpringboardTest
class SchedulingTests {

    @Autowired
    Scheduler scheduler;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TestAccounts accounts;

    @Test
    void recurringJobsAreStoredInTheDatabase() {
        assertThat(jdbc.queryForObject("select count(*) from scheduled_tasks where task_name = 'purge-expired-account-tokens'",
                Long.class)).isOne();
    }

    @Test
    void theTokenPurgeReallyRunsAndRemovesOnlyLongExpiredLinks() {
        long accountId = accounts.create(Role.MEMBER).id();
        jdbc.update("""
                insert into account_token (account_id, purpose, token_hash, created_at, expires_at)
                values (?, 'VERIFY_EMAIL', ?, now() - interval '20 days', now() - interval '10 days'),
                       (?, 'VERIFY_EMAIL', ?, now(), now() + interval '1 day')""",
                accountId, "old-" + accountId, accountId, "fresh-" + accountId);

        scheduler.reschedule(TaskInstanceId.of("purge-expired-account-tokens", "recurring"), Instant.now());

        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> tokens("old-" + accountId) == 0);
        assertThat(tokens("fresh-" + accountId)).isOne();
    }

    private long tokens(String hash) {
        return jdbc.queryForObject("select count(*) from account_token where token_hash = ?", Long.class, hash);
    }
}
