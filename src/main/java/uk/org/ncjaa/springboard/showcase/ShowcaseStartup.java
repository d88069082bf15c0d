package uk.org.ncjaa.springboard.showcase;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import uk.org.ncjaa.springboard.showcase.domain.DemoShowcase;
import uk.org.ncjaa.springboard.showcase.domain.ShowcaseIndex;
import uk.org.ncjaa.springboard.shared.SpringboardProperties;

/** At start: the showcase's search index is brought up to date, and with demo content on, fictional works are shown. */
@Component
@Order(50)
class ShowcaseStartup implements ApplicationRunner {

    private final ShowcaseIndex index;
    private final DemoShowcase demo;
    private final SpringboardProperties properties;

    ShowcaseStartup(ShowcaseIndex index, DemoShowcase demo, SpringboardProperties properties) {
        this.index = index;
        this.demo = demo;
        this.properties = properties;
    }

    @Override
    public void run(ApplicationArguments args) throws Exception {
        index.rebuildIfBehind();
        if (properties.demoContent()) {
            demo.load();
        }
    }
}
