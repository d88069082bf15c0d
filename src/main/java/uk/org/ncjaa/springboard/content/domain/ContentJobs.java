package uk.org.ncjaa.springboard.content.domain;

import java.time.Duration;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Scheduled publishing as a durable job: its next run is kept in the database, so a restart or a
 * second node neither loses nor doubles it, and anything that fell due while the site was down
 * is published on the first run after.
 */
@Configuration(proxyBeanMethods = false)
class ContentJobs {

    static final String PUBLISH_DUE = "content-publish-due";

    @Bean
    RecurringTask<Void> contentPublishDue(ObjectProvider<Contents> contents) {
        return Tasks.recurring(PUBLISH_DUE, FixedDelay.of(Duration.ofMinutes(1)))
            .execute((instance, context) -> contents.getObject().publishDue());
    }
}
