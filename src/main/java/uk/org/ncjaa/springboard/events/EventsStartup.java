package uk.org.ncjaa.springboard.events;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import uk.org.ncjaa.springboard.events.domain.DemoEventHistory;
import uk.org.ncjaa.springboard.events.domain.DemoEvents;
import uk.org.ncjaa.springboard.shared.SpringboardProperties;

/** Adds the demo events, and eighteen months of past ones for the dashboards, at start when demo content is on. */
@Component
@Order(40)
class EventsStartup implements ApplicationRunner {

    private final DemoEvents demo;
    private final DemoEventHistory history;
    private final SpringboardProperties properties;

    EventsStartup(DemoEvents demo, DemoEventHistory history, SpringboardProperties properties) {
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
