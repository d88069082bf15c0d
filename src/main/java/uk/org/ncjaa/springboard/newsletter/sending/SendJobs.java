package uk.org.ncjaa.springboard.newsletter.sending;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import uk.org.ncjaa.springboard.newsletter.NewsletterProperties;

/** The durable job that starts scheduled sends and keeps running ones going. */
@Configuration(proxyBeanMethods = false)
class SendJobs {

    @Bean
    RecurringTask<Void> newsletterDispatch(ObjectProvider<Sends> sends, NewsletterProperties properties) {
        return Tasks.recurring("newsletter-dispatch", FixedDelay.of(properties.dispatchEvery()))
            .execute((instance, context) -> sends.getObject().dispatch());
    }
}
