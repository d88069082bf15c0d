package uk.org.ncjaa.springboard.policy;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import uk.org.ncjaa.springboard.policy.forum.DemoForum;
import uk.org.ncjaa.springboard.policy.influence.DemoInfluence;
import uk.org.ncjaa.springboard.shared.SpringboardProperties;

/** With demo content on, the Arts Forum's past and coming meetings, members' proposals and the influence log; after the events'. */
@Component
@Order(65)
class PolicyStartup implements ApplicationRunner {

    private final DemoForum forum;
    private final DemoInfluence influence;
    private final SpringboardProperties properties;
    private final Clock clock;

    PolicyStartup(DemoForum forum, DemoInfluence influence, SpringboardProperties properties, Clock clock) {
        this.forum = forum;
        this.influence = influence;
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (properties.demoContent()) {
            Long accepted = forum.load();
            influence.load(LocalDate.ofInstant(clock.instant(), java.time.ZoneId.of("Europe/London")), accepted);
        }
    }
}
