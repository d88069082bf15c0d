package uk.org.ncjaa.springboard.support;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** A test-only route that fails, to see the 500 page as a visitor would. */
@TestConfiguration(proxyBeanMethods = false)
public class ExplodingController {

    @Bean
    @Order(0)
    SecurityFilterChain explodingChain(HttpSecurity http) throws Exception {
        return http.securityMatcher("/test/**").authorizeHttpRequests(r -> r.anyRequest().permitAll()).build();
    }

    /** Registered as a member class of this configuration, only where it is imported. */
    @RestController
    static class Exploder {

        @GetMapping("/test/explode")
        String explode() {
            throw new IllegalStateException("secret internal detail");
        }
    }
}
