package uk.org.ncjaa.springboard.content;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import uk.org.ncjaa.springboard.content.domain.CorePages;
import uk.org.ncjaa.springboard.content.domain.DemoContent;
import uk.org.ncjaa.springboard.content.search.ContentIndex;
import uk.org.ncjaa.springboard.shared.SpringboardProperties;

/**
 * At start: the pages every site needs (about, privacy, accessibility, contact) are created if
 * missing, the search index is brought up to date, and with demo content on a few articles, case
 * studies, publications and opportunities are written.
 */
@Component
@Order(45)
class ContentStartup implements ApplicationRunner {

    private final CorePages pages;
    private final DemoContent demo;
    private final ContentIndex index;
    private final SpringboardProperties properties;

    ContentStartup(CorePages pages, DemoContent demo, ContentIndex index, SpringboardProperties properties) {
        this.pages = pages;
        this.demo = demo;
        this.index = index;
        this.properties = properties;
    }

    @Override
    public void run(ApplicationArguments args) throws Exception {
        index.rebuildIfBehind();
        pages.createMissing();
        if (properties.demoContent()) {
            demo.load();
        }
    }
}
