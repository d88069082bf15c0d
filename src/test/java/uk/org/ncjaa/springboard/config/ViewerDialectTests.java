package uk.org.ncjaa.springboard.config;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import uk.org.ncjaa.springboard.accounts.Role;
import uk.org.ncjaa.springboard.support.SpringboardTest;
import uk.org.ncjaa.springboard.support.TestAccounts;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;

/** The links in the page header follow who is looking, roles implied by others included. */
@SpringboardTest
class ViewerDialectTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestAccounts accounts;

    @Test
    void theHeaderOffersWhatEachViewerMayUse() throws Exception {
        mvc.perform(get("/evidence"))
            .andExpect(content().string(containsString("Log in</a>")))
            .andExpect(content().string(not(containsString("Log out"))))
            .andExpect(content().string(not(containsString("/admin\">Admin</a>"))));
        mvc.perform(get("/evidence").with(accounts.create(Role.MEMBER).login()))
            .andExpect(content().string(containsString("Your account</a>")))
            .andExpect(content().string(containsString("Log out")))
            .andExpect(content().string(not(containsString("Log in</a>"))))
            .andExpect(content().string(not(containsString("/admin\">Admin</a>"))));
        mvc.perform(get("/admin").with(accounts.createStaffWithoutTwoFactor(Role.ADMIN).login()))
            .andExpect(content().string(containsString("/admin\">Admin</a>")))
            .andExpect(content().string(containsString("Your account</a>")))
            .andExpect(content().string(containsString("Accounts and roles")));
    }
}
