package uk.org.ncjaa.springboard.shared.limits;

import java.time.Duration;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/** Buckets in memory for one node (the default); in the database when {@code springboard.several-nodes} is set. */
@Configuration(proxyBeanMethods = false)
class RateLimiterConfiguration {

    @Bean
    @ConditionalOnProperty(name = "springboard.several-nodes", havingValue = "false", matchIfMissing = true)
    RateLimiter memoryRateLimiter() {
        return new MemoryRateLimiter();
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnProperty(name = "springboard.several-nodes", havingValue = "true")
    static class Shared {

        @Bean
        DatabaseRateLimiter databaseRateLimiter(NamedParameterJdbcTemplate jdbc, PlatformTransactionManager transactions) {
            return new DatabaseRateLimiter(jdbc, transactions);
        }

        @Bean
        RecurringTask<Void> rateBucketsForgotten(DatabaseRateLimiter limiter) {
            return Tasks.recurring("rate-buckets-forgotten", FixedDelay.of(Duration.ofMinutes(10)))
                .execute((instance, context) -> limiter.forgetFull());
        }
    }
}
