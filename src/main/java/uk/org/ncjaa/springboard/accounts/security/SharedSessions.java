package uk.org.ncjaa.springboard.accounts.security;

import java.time.Duration;
import java.util.EnumSet;
import java.util.Map;

import jakarta.servlet.DispatcherType;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.IndexResolver;
import org.springframework.session.Session;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.jdbc.config.annotation.web.http.EnableJdbcHttpSession;
import org.springframework.session.security.SpringSessionBackedSessionRegistry;
import org.springframework.session.web.http.CookieSerializer;
import org.springframework.session.web.http.DefaultCookieSerializer;
import org.springframework.session.web.http.SessionRepositoryFilter;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionOperations;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Several nodes: sessions live in PostgreSQL (Spring Session JDBC), so a login, a form's token and a
 * half-finished two-factor sign-in hold whichever node a request lands on. The cookie keeps the
 * servlet container's name and flags, so nothing else changes. Each session is indexed by its
 * account's id (not its email, which may change), which is how an account's sessions are ended.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "springboard.several-nodes", havingValue = "true")
@EnableJdbcHttpSession
class SharedSessions {

    static final String ACCOUNT_PREFIX = "account:";

    @Bean
    SessionRepositoryCustomizer<JdbcIndexedSessionRepository> sessionsLikeTheContainers(
            @Value("${server.servlet.session.timeout:8h}") Duration timeout) {
        return repository -> {
            repository.setDefaultMaxInactiveInterval(timeout);
            repository.setIndexResolver(byAccount());
        };
    }

    /** Error pages and async requests see the same session as the request they belong to. */
    @Bean
    FilterRegistrationBean<SessionRepositoryFilter<?>> sessionFilterOnEveryDispatch(SessionRepositoryFilter<?> filter) {
        FilterRegistrationBean<SessionRepositoryFilter<?>> registration = new FilterRegistrationBean<>(filter);
        registration.setDispatcherTypes(EnumSet.of(DispatcherType.REQUEST, DispatcherType.ERROR, DispatcherType.ASYNC));
        registration.setOrder(SessionRepositoryFilter.DEFAULT_ORDER);
        return registration;
    }

    /**
     * Every request writes its session (the time it was last used): its commit need not wait for the
     * disk, as a database crash would lose at most a login or a form's token, never anything a
     * member did. Spring Session takes the bean by this name.
     */
    @Bean
    TransactionOperations springSessionTransactionOperations(PlatformTransactionManager transactions, JdbcTemplate jdbc) {
        TransactionTemplate template = new TransactionTemplate(transactions);
        return new TransactionOperations() {
            @Override
            public <T> T execute(TransactionCallback<T> action) {
                return template.execute(status -> {
                    jdbc.execute("set local synchronous_commit to off");
                    return action.doInTransaction(status);
                });
            }
        };
    }

    /** The application's own, which Boot leaves out once any TransactionOperations bean (the one above) exists. */
    @Bean
    @Primary
    TransactionTemplate transactionTemplate(PlatformTransactionManager transactions) {
        return new TransactionTemplate(transactions);
    }

    @Bean
    CookieSerializer sessionCookie() {
        DefaultCookieSerializer cookie = new DefaultCookieSerializer();
        cookie.setCookieName("JSESSIONID");
        cookie.setUseHttpOnlyCookie(true);
        cookie.setSameSite("Lax");
        // the container's cookie holds the id as it is; so does this one
        cookie.setUseBase64Encoding(false);
        return cookie;
    }

    // the repository's session type is not public: the registry is typed by the repository it is given
    @Bean
    SpringSessionBackedSessionRegistry<?> sessionRegistry(JdbcIndexedSessionRepository sessions) {
        return new SpringSessionBackedSessionRegistry<>(sessions);
    }

    @Bean
    AccountSessions accountSessions(JdbcIndexedSessionRepository sessions, SpringSessionBackedSessionRegistry<?> registry) {
        return accountId -> sessions.findByPrincipalName(ACCOUNT_PREFIX + accountId).keySet().forEach(id -> {
            var information = registry.getSessionInformation(id);
            if (information != null) {
                information.expireNow();
            }
        });
    }

    /** The principal index holds the account's id, for any session that has one. */
    static IndexResolver<Session> byAccount() {
        return session -> {
            Object context = session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
            Authentication authentication = context instanceof SecurityContext c ? c.getAuthentication() : null;
            if (authentication != null && authentication.getPrincipal() instanceof AccountUser user) {
                return Map.of(FindByIndexNameSessionRepository.PRINCIPAL_NAME_INDEX_NAME, ACCOUNT_PREFIX + user.id());
            }
            return Map.of();
        };
    }
}
