package uk.org.ncjaa.springboard.members.web;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import uk.org.ncjaa.springboard.accounts.Role;
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
class EqualityTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestAccounts accounts;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void answersNeedTheirOwnConsentAreKeptApartAndDeletedOnRequest() throws Exception {
        TestAccounts.Created member = accounts.createMember();
        mvc.perform(post("/account/equality").with(csrf()).with(member.login()).param("ethnicity", "mixed")
                .param("livedExperience", "prison"))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("Tick the box to agree before we keep your answers")))
            .andExpect(content().string(containsString("value=\"mixed\" selected")));
        assertThat(answers(member)).as("nothing kept without consent").isZero();

        mvc.perform(post("/account/equality").with(csrf()).with(member.login()).param("ethnicity", "martian").param("consent", "true"))
            .andExpect(status().isOk()).andExpect(content().string(containsString("Choose an answer from the list")));
        assertThat(answers(member)).isZero();

        mvc.perform(post("/account/equality").with(csrf()).with(member.login()).param("ethnicity", "mixed")
                .param("livedExperience", "prison").param("consent", "true"))
            .andExpect(redirectedUrl("/account/equality"));
        assertThat(answers(member)).isOne();
        assertThat(jdbc.queryForObject("select lived_experience from equality_response r join member m on m.id = r.member_id "
                + "where m.account_id = ?", String.class, member.id())).isEqualTo("prison");
        assertThat(ledger(member)).containsExactly(true);
        mvc.perform(get("/account/data.json").with(member.login()))
            .andExpect(content().string(containsString("Yes, of prison")));

        mvc.perform(post("/account/equality/delete").with(csrf()).with(member.login())).andExpect(redirectedUrl("/account/equality"));
        assertThat(answers(member)).isZero();
        assertThat(ledger(member)).containsExactly(true, false);
        mvc.perform(post("/account/consents").with(csrf()).with(member.login()).param("purpose", "EQUALITY_MONITORING")
            .param("decision", "give"));
        assertThat(ledger(member)).as("given only with answers, on its own page").containsExactly(true, false);
    }

    @Test
    void theAnalystSeesTotalsWithSmallNumbersHiddenAndNobodyElseSeesAnything() throws Exception {
        for (int i = 0; i < 7; i++) {
            TestAccounts.Created member = accounts.createMember();
            mvc.perform(post("/account/equality").with(csrf()).with(member.login()).param("consent", "true")
                .param("disability", i < 6 ? "no" : "yes").param("gender", "non-binary"));
        }
        long yes = jdbc.queryForObject("select count(*) from equality_response where disability = 'yes'", Long.class);
        long respondents = jdbc.queryForObject("select count(*) from equality_response", Long.class);
        String report = mvc.perform(get("/admin/equality").with(accounts.create(Role.MEMBER, Role.EQUALITY_ANALYST).login()))
            .andExpect(status().isOk())
            .andReturn().getResponse().getContentAsString();
        assertThat(yes).as("one member said yes").isOne();
        assertThat(report).contains(respondents + " members have answered")
            .as("the lone yes is hidden").contains("Hidden (small number)")
            .doesNotContain("<td>1</td>");
        mvc.perform(get("/admin/equality").with(accounts.create(Role.MEMBER, Role.ADMIN).login())).andExpect(status().isForbidden());
        mvc.perform(get("/admin/equality").with(accounts.create(Role.MEMBER, Role.EDITOR).login())).andExpect(status().isForbidden());
        mvc.perform(get("/admin/accounts").with(accounts.create(Role.MEMBER, Role.ADMIN).login()))
            .andExpect(content().string(not(containsString("non-binary"))));
    }


    private long answers(TestAccounts.Created member) {
        return jdbc.queryForObject("select count(*) from equality_response r join member m on m.id = r.member_id where m.account_id = ?",
                Long.class, member.id());
    }

    private java.util.List<Boolean> ledger(TestAccounts.Created member) {
        return jdbc.queryForList("select granted from consent_record c join member m on m.id = c.member_id where m.account_id = ? "
                + "and purpose = 'EQUALITY_MONITORING' order by c.id", Boolean.class, member.id());
    }
}
