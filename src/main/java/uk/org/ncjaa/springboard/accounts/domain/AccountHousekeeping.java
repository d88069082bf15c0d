package uk.org.ncjaa.springboard.accounts.domain;

import java.time.Clock;
import java.time.Duration;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.support.TransactionTemplate;

/** A durable job that removes email links a week after they expired. */
@Configuration(proxyBeanMethods = false)
class AccountHousekeeping {

    static final String TASK_NAME = "purge-expired-account-tokens";

    @Bean
    RecurringTask<Void> purgeExpiredTokens(AccountTokenRepository tokens, TransactionTemplate transactions, Clock clock) {
        return Tasks.recurring(TASK_NAME, FixedDelay.of(Duration.ofHours(6)))
            .execute((instance, context) -> transactions.executeWithoutResult(
                    status -> tokens.deleteExpiredBefore(clock.instant().minus(Duration.ofDays(7)))));
    }
}
