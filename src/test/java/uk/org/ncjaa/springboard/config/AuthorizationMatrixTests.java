package uk.org.ncjaa.springboard.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import uk.org.ncjaa.springboard.accounts.Role;
import uk.org.ncjaa.springboard.config.Routes.Access;
import uk.org.ncjaa.springboard.config.Routes.Visitor;
import uk.org.ncjaa.springboard.support.SpringboardTest;
import uk.org.ncjaa.springboard.support.TestAccounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Every route, as the application registers it, against every role. A new route fails this test
 * until it is added to the table in {@link Routes} with the least role that may use it.
 */
@SpringboardTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthorizationMatrixTests {

    private static final Map<String, Access> EXPECTED = Routes.expected();


    @Autowired
    MockMvc mvc;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Autowired
    TestAccounts accounts;

    @Autowired
    JdbcTemplate jdbc;

    private final Map<Visitor, RequestPostProcessor> logins = new TreeMap<>();
    private long sampleAccountId;
    private long sampleConceptId;

    @BeforeAll
    void createVisitors() {
        logins.putAll(Routes.visitors(accounts));
        sampleAccountId = accounts.create(Role.MEMBER).id();
        sampleConceptId = Routes.sampleConcept(jdbc);
    }

    @Test
    void everyRouteIsInTheTable() {
        assertThat(routes()).containsExactlyInAnyOrderElementsOf(EXPECTED.keySet());
    }

    @Test
    void everyRoleGetsExactlyWhatItShould() throws Exception {
        List<String> wrong = new ArrayList<>();
        for (Map.Entry<String, Access> route : EXPECTED.entrySet()) {
            if (route.getKey().startsWith("* ")) {
                continue;
            }
            for (Visitor visitor : Visitor.values()) {
                boolean allowed = Routes.allows(route.getValue(), visitor);
                MvcResult result = mvc.perform(request(route.getKey()).with(logins.get(visitor))).andReturn();
                boolean denied = denied(result, visitor);
                if (denied == allowed) {
                    wrong.add(route.getKey() + " as " + visitor + ": expected " + (allowed ? "allowed" : "denied")
                            + " but got " + result.getResponse().getStatus() + " " + result.getResponse().getRedirectedUrl());
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    private static boolean denied(MvcResult result, Visitor visitor) {
        int status = result.getResponse().getStatus();
        String redirect = result.getResponse().getRedirectedUrl();
        if (visitor == Visitor.ANONYMOUS) {
            return status == 401 || status == 403 || (redirect != null && redirect.endsWith("/login"));
        }
        return status == 403;
    }

    private MockHttpServletRequestBuilder request(String route) {
        String path = Routes.path(route, sampleAccountId, sampleConceptId);
        return route.startsWith("GET ") ? get(path) : post(path).with(csrf());
    }

    private Set<String> routes() {
        return Routes.registered(mappings).keySet();
    }
}
