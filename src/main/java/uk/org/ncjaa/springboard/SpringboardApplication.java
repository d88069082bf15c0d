package uk.org.ncjaa.springboard;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableAsync;

import uk.org.ncjaa.springboard.config.EmbeddedDatabaseEarlyStart;

@SpringBootApplication
@ConfigurationPropertiesScan
@EnableAsync
public class SpringboardApplication {

    public static void main(String[] args) {
        SpringApplication application = new SpringApplication(SpringboardApplication.class);
        application.addListeners(new EmbeddedDatabaseEarlyStart());
        application.run(args);
    }
}
