package uk.org.ncjaa.springboard.accounts;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import uk.org.ncjaa.springboard.support.SpringboardTest;
import uk.org.ncjaa.springboard.support.TestAccounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SpringboardTest
class AccountAdminTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestAccounts accounts;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void findsAccountsAndAnswersHtmxWithOnlyTheResults() throws Exception {
        TestAccounts.Created admin = accounts.create(Role.ADMIN);
        TestAccounts.Created member = accounts.create(Role.MEMBER);
        mvc.perform(get("/admin/accounts").param("q", member.email()).with(admin.login()))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("<html")))
            .andExpect(content().string(containsString(member.email())));
        mvc.perform(get("/admin/accounts").param("q", member.email()).header("HX-Request", "true").with(admin.login()))
            .andExpect(status().isOk())
            .andExpect(content().string(not(containsString("<html"))))
            .andExpect(content().string(containsString("id=\"results\"")))
            .andExpect(content().string(containsString(member.email())));
    }

    @Test
    void givesAStaffRoleAndRecordsItInTheAuditLog() throws Exception {
        TestAccounts.Created admin = accounts.create(Role.ADMIN);
        TestAccounts.Created member = accounts.create(Role.MEMBER);
        mvc.perform(post("/admin/accounts/" + member.id() + "/roles").with(admin.login()).with(csrf()).param("roles", "EDITOR"))
            .andExpect(redirectedUrl("/admin/accounts/" + member.id()));
        assertThat(jdbc.queryForList("select role from account_role where account_id = ?", String.class, member.id()))
            .containsExactlyInAnyOrder("MEMBER", "EDITOR");
        assertThat(jdbc.queryForObject("""
                select detail from audit_event where type = 'ROLES_CHANGED' and account_id = ? and actor_id = ?""",
                String.class, member.id(), admin.id())).isEqualTo("Member → Editor, Member");
        mvc.perform(get("/admin/audit").param("type", "ROLES_CHANGED").with(admin.login()))
            .andExpect(status().isOk()).andExpect(content().string(containsString("Roles changed")));
    }

    @Test
    void anAdminCannotGiveThemselfTheEqualityAnalystRoleNorTakeItAway() throws Exception {
        TestAccounts.Created admin = accounts.create(Role.ADMIN);
        mvc.perform(post("/admin/accounts/" + admin.id() + "/roles").with(admin.login()).with(csrf())
                .param("roles", "ADMIN", "EQUALITY_ANALYST"))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("You cannot give yourself the equality monitoring analyst role")))
            .andExpect(content().string(containsString("another admin must do that")))
            .andExpect(content().string(org.hamcrest.Matchers.matchesPattern(
                    "(?s).*value=\"EQUALITY_ANALYST\"\\s+aria-describedby=\"roles-hint\" checked.*")));
        assertThat(roles(admin.id())).containsExactlyInAnyOrder("MEMBER", "ADMIN");

        TestAccounts.Created analyst = accounts.create(Role.ADMIN, Role.EQUALITY_ANALYST);
        mvc.perform(post("/admin/accounts/" + analyst.id() + "/roles").with(analyst.login()).with(csrf()).param("roles", "ADMIN"))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("You cannot give yourself the equality monitoring analyst role")));
        assertThat(roles(analyst.id())).containsExactlyInAnyOrder("MEMBER", "ADMIN", "EQUALITY_ANALYST");

        assertThat(jdbc.queryForList("select type from audit_event where account_id = ? and actor_id = ? order by id", String.class,
                admin.id(), admin.id())).containsExactly("ROLE_CHANGE_REFUSED");
        assertThat(jdbc.queryForList("select type from audit_event where account_id = ? and actor_id = ? order by id", String.class,
                analyst.id(), analyst.id())).containsExactly("ROLE_CHANGE_REFUSED");
    }

    @Test
    void anotherAdminGivesAndTakesAwayTheEqualityAnalystRoleAndEachChangeIsLogged() throws Exception {
        TestAccounts.Created admin = accounts.create(Role.ADMIN);
        TestAccounts.Created colleague = accounts.create(Role.ADMIN);
        mvc.perform(post("/admin/accounts/" + colleague.id() + "/roles").with(admin.login()).with(csrf())
                .param("roles", "ADMIN", "EQUALITY_ANALYST"))
            .andExpect(redirectedUrl("/admin/accounts/" + colleague.id()));
        assertThat(roles(colleague.id())).containsExactlyInAnyOrder("MEMBER", "ADMIN", "EQUALITY_ANALYST");
        mvc.perform(post("/admin/accounts/" + colleague.id() + "/roles").with(admin.login()).with(csrf()).param("roles", "EDITOR"))
            .andExpect(redirectedUrl("/admin/accounts/" + colleague.id()));
        assertThat(roles(colleague.id())).containsExactlyInAnyOrder("MEMBER", "EDITOR");

        assertThat(jdbc.queryForList("""
                select type || ': ' || detail from audit_event
                where account_id = ? and actor_id = ? and type in ('ROLE_GRANTED', 'ROLE_REMOVED') order by id""",
                String.class, colleague.id(), admin.id())).containsExactly(
                    "ROLE_GRANTED: Equality monitoring analyst",
                    "ROLE_GRANTED: Editor", "ROLE_REMOVED: Admin", "ROLE_REMOVED: Equality monitoring analyst");
        mvc.perform(get("/admin/audit").param("type", "ROLE_REMOVED").with(admin.login()))
            .andExpect(status().isOk()).andExpect(content().string(containsString("Role taken away")));
    }

    @Test
    void anUnknownRoleOrEventTypeIsABadRequest() throws Exception {
        TestAccounts.Created admin = accounts.create(Role.ADMIN);
        TestAccounts.Created member = accounts.create(Role.MEMBER);
        mvc.perform(post("/admin/accounts/" + member.id() + "/roles").with(admin.login()).with(csrf()).param("roles", "OVERLORD"))
            .andExpect(status().isBadRequest());
        mvc.perform(get("/admin/audit").param("type", "NOPE").with(admin.login())).andExpect(status().isBadRequest());
        mvc.perform(get("/admin/accounts").param("page", "-5").with(admin.login())).andExpect(status().isOk());
        mvc.perform(get("/admin/accounts/999999999").with(admin.login())).andExpect(status().isNotFound());
    }

    @Test
    void recordsLoginsFailuresAndLogouts() throws Exception {
        TestAccounts.Created member = accounts.create(Role.MEMBER);
        org.springframework.mock.web.MockHttpSession session = new org.springframework.mock.web.MockHttpSession();
        mvc.perform(post("/login").with(csrf()).param("email", member.email()).param("password", "wrong wrong wrong"));
        mvc.perform(post("/login").session(session).with(csrf()).param("email", member.email()).param("password", TestAccounts.PASSWORD));
        mvc.perform(post("/logout").session(session).with(csrf())).andExpect(redirectedUrl("/?loggedOut"));
        assertThat(jdbc.queryForList("select type from audit_event where account_id = ? order by id", String.class, member.id()))
            .containsSubsequence("LOGIN_FAILED", "LOGIN_SUCCEEDED", "LOGGED_OUT");
    }

    private java.util.List<String> roles(long accountId) {
        return jdbc.queryForList("select role from account_role where account_id = ?", String.class, accountId);
    }
}
