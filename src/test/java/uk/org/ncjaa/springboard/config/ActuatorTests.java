package uk.org.ncjaa.springboard.config;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import uk.org.ncjaa.springboard.accounts.Role;
import uk.org.ncjaa.springboard.support.SpringboardTest;
import uk.org.ncjaa.springboard.support.TestAccounts;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.anonymous;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SpringboardTest
class ActuatorTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestAccounts accounts;

    @Test
    void healthAnswersAnyone() throws Exception {
        mvc.perform(get("/actuator/health").with(anonymous())).andExpect(status().isOk())
            .andExpect(content().string(containsString("\"status\"")));
    }

    @Test
    void theActuatorIndexListsNothingEvenToSomeoneLoggedIn() throws Exception {
        TestAccounts.Created member = accounts.create(Role.MEMBER);
        mvc.perform(get("/actuator").with(member.login())).andExpect(status().isNotFound())
            .andExpect(content().string(not(containsString("_links"))));
        TestAccounts.Created admin = accounts.create(Role.ADMIN);
        mvc.perform(get("/actuator").with(admin.login())).andExpect(status().isNotFound());
    }

    @Test
    void noOtherEndpointIsExposed() throws Exception {
        TestAccounts.Created admin = accounts.create(Role.ADMIN);
        for (String endpoint : new String[] { "/actuator/env", "/actuator/beans", "/actuator/info", "/actuator/metrics",
            "/actuator/configprops", "/actuator/mappings", "/actuator/loggers", "/actuator/heapdump" }) {
            mvc.perform(get(endpoint).with(admin.login())).andExpect(status().isNotFound());
        }
    }
}
