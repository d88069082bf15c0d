package uk.org.ncjaa.springboard.policy.consultation;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import uk.org.ncjaa.springboard.policy.consultation.domain.DemoConsultations;
import uk.org.ncjaa.springboard.shared.SpringboardProperties;

/** With demo content on, an open consultation with answers online and on paper, and a closed one with its response. */
@Component
@Order(60)
class ConsultationStartup implements ApplicationRunner {

    private final DemoConsultations demo;
    private final SpringboardProperties properties;

    ConsultationStartup(DemoConsultations demo, SpringboardProperties properties) {
        this.demo = demo;
        this.properties = properties;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (properties.demoContent()) {
            demo.load();
        }
    }
}
