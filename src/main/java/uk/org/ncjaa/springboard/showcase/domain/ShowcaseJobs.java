package uk.org.ncjaa.springboard.showcase.domain;

import java.time.Duration;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * A durable job withdraws works whose maker's consent has ended, every minute on one node at a time,
 * so that a work leaves the site within a minute of the end of its last day, even after a restart.
 */
@Configuration(proxyBeanMethods = false)
class ShowcaseJobs {

    static final String CONSENT_ENDED = "showcase-consent-ended";

    @Bean
    RecurringTask<Void> showcaseConsentEnded(ObjectProvider<Works> works) {
        return Tasks.recurring(CONSENT_ENDED, FixedDelay.of(Duration.ofMinutes(1)))
            .execute((instance, context) -> works.getObject().withdrawEndedConsents());
    }
}
