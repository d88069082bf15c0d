package uk.org.ncjaa.springboard.members.web;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import uk.org.ncjaa.springboard.support.SpringboardTest;
import uk.org.ncjaa.springboard.support.TestAccounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

@SpringboardTest
class ConsentsTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestAccounts accounts;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aMemberGivesAndWithdrawsAndEveryDecisionIsKept() throws Exception {
        TestAccounts.Created member = accounts.createMember();
        mvc.perform(get("/account/consents").with(member.login()))
            .andExpect(content().string(containsString("Send me the alliance&#39;s monthly newsletter by email")));

        decide(member, "NEWSLETTER", "give").andExpect(flash().attribute("changed", "You agreed to: Monthly newsletter."));
        decide(member, "NEWSLETTER", "give");
        decide(member, "NEWSLETTER", "withdraw").andExpect(flash().attribute("changed", "You withdrew: Monthly newsletter."));
        assertThat(jdbc.queryForList("select granted from consent_record c join member m on m.id = c.member_id "
                + "where m.account_id = ? and purpose = 'NEWSLETTER' order by c.id", Boolean.class, member.id()))
            .as("agreeing twice records one decision").containsExactly(true, false);

        mvc.perform(get("/account/consents").with(member.login()))
            .andExpect(content().string(containsString("Not given or withdrawn")))
            .andExpect(content().string(containsString("Agreed")));
    }

    @Test
    void thePrivacyNoticeCannotBeWithdrawnAndJunkIsTurnedAway() throws Exception {
        TestAccounts.Created member = accounts.createMember();
        decide(member, "PRIVACY_NOTICE", "withdraw").andExpect(flash().attributeExists("problem"));
        decide(member, "<script>", "give").andExpect(flash().attributeExists("problem"));
        decide(member, "NEWSLETTER", "maybe").andExpect(flash().attributeExists("problem"));
        assertThat(jdbc.queryForObject("select count(*) from consent_record c join member m on m.id = c.member_id "
                + "where m.account_id = ?", Long.class, member.id())).isZero();
    }

    private org.springframework.test.web.servlet.ResultActions decide(TestAccounts.Created member, String purpose, String decision)
            throws Exception {
        return mvc.perform(post("/account/consents").with(csrf()).with(member.login()).param("purpose", purpose)
                .param("decision", decision)).andExpect(redirectedUrl("/account/consents"));
    }

}
