package uk.org.ncjaa.springboard.accounts;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import uk.org.ncjaa.springboard.support.SpringboardTest;
import uk.org.ncjaa.springboard.support.TestAccounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

@SpringboardTest
class RateLimitTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestAccounts accounts;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void limitsGuessesAtOneAccountFromManyAddresses() throws Exception {
        TestAccounts.Created account = accounts.create(Role.MEMBER);
        for (int i = 0; i < 10; i++) {
            login(account.email(), "guess number " + i, from("10.1.0." + i)).andExpect(redirectedUrl("/login?error"));
        }
        login(account.email(), TestAccounts.PASSWORD, from("10.1.1.1")).andExpect(redirectedUrl("/login?limited"));
        assertThat(jdbc.queryForObject("select count(*) from audit_event where type = 'RATE_LIMITED' and ip_address = '10.1.1.1'",
                Long.class)).isOne();
    }

    @Test
    void limitsGuessesFromOneAddressAtManyAccounts() throws Exception {
        for (int i = 0; i < 30; i++) {
            login(TestAccounts.uniqueEmail("spray"), "some password", from("10.2.0.1")).andExpect(redirectedUrl("/login?error"));
        }
        login(TestAccounts.uniqueEmail("spray"), "some password", from("10.2.0.1")).andExpect(redirectedUrl("/login?limited"));
        login(TestAccounts.uniqueEmail("spray"), "some password", from("10.2.0.2")).andExpect(redirectedUrl("/login?error"));
    }

    @Test
    void limitsRegistrationsFromOneAddress() throws Exception {
        for (int i = 0; i < 10; i++) {
            mvc.perform(post("/register").with(csrf()).with(from("10.3.0.1")).param("displayName", "Flood " + i)
                    .param("email", TestAccounts.uniqueEmail("flood")).param("password", "flooding the form").param("agree", "true"))
                .andExpect(redirectedUrl("/register/check-email"));
        }
        mvc.perform(post("/register").with(csrf()).with(from("10.3.0.1")).param("displayName", "Flood")
                .param("email", TestAccounts.uniqueEmail("flood")).param("password", "flooding the form").param("agree", "true"))
            .andExpect(result -> assertThat(result.getResponse().getContentAsString()).contains("Too many attempts"));
    }

    private org.springframework.test.web.servlet.ResultActions login(String email, String password, RequestPostProcessor from)
            throws Exception {
        return mvc.perform(post("/login").with(csrf()).with(from).param("email", email).param("password", password));
    }

    private static RequestPostProcessor from(String ip) {
        return request -> {
            request.setRemoteAddr(ip);
            return request;
        };
    }
}
