package uk.org.ncjaa.springboard.mentoring;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import uk.org.ncjaa.springboard.mentoring.domain.DemoMentoring;
import uk.org.ncjaa.springboard.shared.SpringboardProperties;

/**
 * With demo content on, a round open for applications and one with pairs proposed for staff to review, and a round that ran
 * most of a year ago, with its outcomes, for the dashboards.
 */
@Component
@Order(55)
class MentoringStartup implements ApplicationRunner {

    private final DemoMentoring demo;
    private final SpringboardProperties properties;

    MentoringStartup(DemoMentoring demo, SpringboardProperties properties) {
        this.demo = demo;
        this.properties = properties;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (properties.demoContent()) {
            demo.load();
            demo.history();
        }
    }
}
