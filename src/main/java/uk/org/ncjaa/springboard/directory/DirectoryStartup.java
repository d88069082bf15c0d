package uk.org.ncjaa.springboard.directory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import uk.org.ncjaa.springboard.directory.domain.DemoListings;
import uk.org.ncjaa.springboard.directory.search.DirectoryIndex;
import uk.org.ncjaa.springboard.shared.SpringboardProperties;

/** Brings the directory's search index up to date at start, then adds the fictional demo organisations when demo content is on. */
@Component
@Order(30)
class DirectoryStartup implements ApplicationRunner {

    private final DirectoryIndex index;
    private final DemoListings demo;
    private final SpringboardProperties properties;

    DirectoryStartup(DirectoryIndex index, DemoListings demo, SpringboardProperties properties) {
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
