package uk.org.ncjaa.springboard.newsletter;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import uk.org.ncjaa.springboard.newsletter.domain.DemoNewsletter;
import uk.org.ncjaa.springboard.newsletter.domain.DemoNewsletterHistory;
import uk.org.ncjaa.springboard.shared.SpringboardProperties;

/**
 * Adds the demo subscribers and a draft digest at start when demo content is on, after the events and evidence it draws on,
 * and eighteen months of sends for the dashboards.
 */
@Component
@Order(60)
class NewsletterStartup implements ApplicationRunner {

    private final DemoNewsletter demo;
    private final DemoNewsletterHistory history;
    private final SpringboardProperties properties;

    NewsletterStartup(DemoNewsletter demo, DemoNewsletterHistory history, SpringboardProperties properties) {
        this.demo = demo;
        this.history = history;
        this.properties = properties;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (properties.demoContent()) {
            demo.load();
            history.load();
        }
    }
}
