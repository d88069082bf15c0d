package uk.org.ncjaa.springboard.directory.domain;

import java.time.Duration;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Reminds organisations, once a day at most, to confirm listings whose last check is a year old. */
@Configuration(proxyBeanMethods = false)
class DirectoryJobs {

    static final String REMINDERS = "directory-verification-reminders";

    @Bean
    RecurringTask<Void> directoryReminders(ObjectProvider<Listings> listings) {
        return Tasks.recurring(REMINDERS, FixedDelay.of(Duration.ofHours(24)))
            .execute((instance, context) -> {
                // in batches, so a directory that fell far behind catches up without one huge transaction
                int reminded;
                do {
                    reminded = listings.getObject().remindDue();
                }
                while (reminded == Listings.REMINDER_BATCH);
            });
    }
}
