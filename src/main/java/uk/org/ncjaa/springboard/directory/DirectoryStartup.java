package uk.org.ncjaa.springboard.directory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import uk.org.ncjaa.springboard.directory.domain.DemoListings;
import uk.org.ncjaa.springboard.shared.SpringboardProperties;

/** Adds the fictional demo organisations at start when demo content is on. */
@Component
@Order(30)
class DirectoryStartup implements ApplicationRunner {

    private final DemoListings demo;
    private final SpringboardProperties properties;

    DirectoryStartup(DemoListings demo, SpringboardProperties properties) {
        this.demo = demo;
        this.properties = properties;
    }

    @Override
    public void run(ApplicationArguments args) throws Exception {
        if (properties.demoContent()) {
            demo.load();
        }
    }
}
