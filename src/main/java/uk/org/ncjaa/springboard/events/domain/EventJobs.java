package uk.org.ncjaa.springboard.events.domain;

import java.time.Duration;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The durable jobs of events: the waiting list and unpaid orders every minute; reminders and feedback every quarter-hour. */
@Configuration(proxyBeanMethods = false)
class EventJobs {

    @Bean
    RecurringTask<Void> eventPlaces(ObjectProvider<Bookings> bookings) {
        return Tasks.recurring("event-places", FixedDelay.of(Duration.ofMinutes(1)))
            .execute((instance, context) -> {
                Bookings b = bookings.getObject();
                for (long eventId : b.untidy()) {
                    b.tidy(eventId);
                }
            });
    }

    @Bean
    RecurringTask<Void> eventMessages(ObjectProvider<EventDay> day) {
        return Tasks.recurring("event-messages", FixedDelay.of(Duration.ofMinutes(15)))
            .execute((instance, context) -> {
                while (day.getObject().remind() == 500) {
                    // a large backlog goes in batches
                }
                while (day.getObject().askForFeedback() == 500) {
                    // likewise
                }
            });
    }
}
