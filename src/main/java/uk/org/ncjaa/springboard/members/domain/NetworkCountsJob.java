package uk.org.ncjaa.springboard.members.domain;

import java.time.LocalTime;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Daily;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import uk.org.ncjaa.springboard.shared.insights.Period;

/**
 * The network counted at the start of each day, just after midnight, so the first member of staff
 * to open the dashboards in the morning does not wait for it. A durable job: one node runs it, and a
 * night the site was down is counted by the first dashboard that asks.
 */
@Configuration(proxyBeanMethods = false)
class NetworkCountsJob {

    static final String KEEP = "network-counts-keep";

    @Bean
    RecurringTask<Void> networkCountsKeep(ObjectProvider<NetworkCounts> counts) {
        return Tasks.recurring(KEEP, new Daily(Period.UK, LocalTime.of(0, 10)))
            .execute((instance, context) -> counts.getObject().keepStartOfToday());
    }
}
