package uk.org.ncjaa.springboard.config;

import java.time.Duration;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.modulith.events.IncompleteEventPublications;

/**
 * Events whose listeners did not finish (the process died, or a listener failed) are kept by
 * Spring Modulith until they do. Who finishes them depends on how many nodes there are: a node
 * alone finishes everything left at its next start; with several, a node starting must not redo
 * what a live node is doing at that moment, so a durable job (run by one node at a time) takes up
 * only what has been left unfinished for a while, whichever node left it.
 */
@Configuration(proxyBeanMethods = false)
class EventPublications {

    private static final Logger log = LoggerFactory.getLogger(EventPublications.class);

    /** Once every bean is made and before anything runs, as Spring Modulith's own restart setting does: nothing new is pending yet. */
    @Bean
    @ConditionalOnProperty(name = "springboard.several-nodes", havingValue = "false", matchIfMissing = true)
    SmartInitializingSingleton eventsFinishedAtStart(ObjectProvider<IncompleteEventPublications> incomplete) {
        return () -> incomplete.getObject().resubmitIncompletePublications(publication -> true);
    }

    /**
     * @param after how long an event may stay unfinished before it counts as left behind; longer than
     *        any listener takes (they send one email, or update a few rows), so a live node's is never redone
     */
    @Bean
    @ConditionalOnProperty(name = "springboard.several-nodes", havingValue = "true")
    RecurringTask<Void> eventsLeftBehindFinished(ObjectProvider<IncompleteEventPublications> incomplete,
            @Value("${springboard.jobs.events-left-behind-after:5m}") Duration after,
            @Value("${springboard.jobs.events-left-behind-every:1m}") Duration every) {
        return Tasks.recurring("events-left-behind", FixedDelay.of(every)).execute((instance, context) -> {
            log.debug("Finishing events left unfinished for {} or more", after);
            incomplete.getObject().resubmitIncompletePublicationsOlderThan(after);
        });
    }
}
