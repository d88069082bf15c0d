package uk.org.ncjaa.springboard.accounts.security;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.session.SessionRegistryImpl;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.session.HttpSessionEventPublisher;

@Configuration(proxyBeanMethods = false)
class SecurityBeans {

    /** bcrypt today, with the algorithm recorded in each hash so it can be upgraded later. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    /** One node: sessions live in its servlet container, and its registry follows them in memory. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnProperty(name = "springboard.several-nodes", havingValue = "false", matchIfMissing = true)
    static class OneNode {

        @Bean
        SessionRegistryImpl sessionRegistry() {
            return new SessionRegistryImpl();
        }

        @Bean
        HttpSessionEventPublisher httpSessionEventPublisher() {
            return new HttpSessionEventPublisher();
        }

        @Bean
        AccountSessions accountSessions(SessionRegistry sessions) {
            return accountId -> sessions.getAllPrincipals().stream()
                .filter(principal -> principal instanceof AccountUser user && user.id() == accountId)
                .flatMap(principal -> sessions.getAllSessions(principal, false).stream())
                .forEach(session -> session.expireNow());
        }
    }
}
