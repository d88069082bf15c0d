package uk.org.ncjaa.springboard.newsletter.sending;

import java.time.Duration;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import uk.org.ncjaa.springboard.newsletter.NewsletterProperties;
import uk.org.ncjaa.springboard.newsletter.domain.UnsubscribeMailbox;

/** The durable jobs: one starts scheduled sends and keeps running ones going; one reads unsubscribe emails. */
@Configuration(proxyBeanMethods = false)
class SendJobs {

    @Bean
    RecurringTask<Void> newsletterDispatch(ObjectProvider<Sends> sends, NewsletterProperties properties) {
        return Tasks.recurring("newsletter-dispatch", FixedDelay.of(properties.dispatchEvery()))
            .execute((instance, context) -> sends.getObject().dispatch());
    }

    @Bean
    RecurringTask<Void> newsletterUnsubscribeMailbox(ObjectProvider<UnsubscribeMailbox> mailbox) {
        return Tasks.recurring("newsletter-unsubscribe-mailbox", FixedDelay.of(Duration.ofMinutes(1)))
            .execute((instance, context) -> mailbox.getObject().read());
    }
}
