package uk.org.ncjaa.springboard.events;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import uk.org.ncjaa.springboard.events.domain.DemoEventHistory;
import uk.org.ncjaa.springboard.events.domain.DemoEvents;
import uk.org.ncjaa.springboard.events.domain.EventImages;
import uk.org.ncjaa.springboard.shared.SpringboardProperties;

/**
 * Draws the lists' small copy of any event picture kept without one, and adds the demo events, and
 * eighteen months of past ones for the dashboards, at start when demo content is on.
 */
@Component
@Order(40)
class EventsStartup implements ApplicationRunner {

    private final DemoEvents demo;
    private final DemoEventHistory history;
    private final EventImages images;
    private final SpringboardProperties properties;

    EventsStartup(DemoEvents demo, DemoEventHistory history, EventImages images, SpringboardProperties properties) {
        this.demo = demo;
        this.history = history;
        this.images = images;
        this.properties = properties;
    }

    @Override
    public void run(ApplicationArguments args) {
        images.drawMissingThumbnails();
        if (properties.demoContent()) {
            demo.load();
            history.load();
        }
    }
}
