package uk.org.ncjaa.springboard.members.web;

import java.time.Duration;
import java.util.Map;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import uk.org.ncjaa.springboard.members.MembersApi;
import uk.org.ncjaa.springboard.support.SpringboardTest;
import uk.org.ncjaa.springboard.support.TestAccounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

@SpringboardTest
class MembershipTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestAccounts accounts;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MembersApi members;

    @Test
    void leavingAndRejoiningKeepTheGapAndTheCountFollows() throws Exception {
        TestAccounts.Created member = accounts.createMember();
        mvc.perform(post("/account/membership/leave").with(csrf()).with(member.login()).param("reason", "Taking a break"))
            .andExpect(redirectedUrl("/account/membership"));
        assertThat(openTerms(member)).isZero();
        mvc.perform(post("/account/membership/leave").with(csrf()).with(member.login()).param("reason", "x".repeat(501)))
            .andExpect(redirectedUrl("/account/membership"));
        mvc.perform(post("/account/membership/rejoin").with(csrf()).with(member.login()));
        mvc.perform(post("/account/membership/rejoin").with(csrf()).with(member.login()));
        assertThat(openTerms(member)).isOne();
        // the network's count is of open terms (other tests' members may still be arriving, so it is compared once settled)
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> members.count() == jdbc.queryForObject(
                "select count(distinct member_id) from membership_term where ended_at is null", Long.class));
        assertThat(jdbc.queryForList("select coalesce(end_reason, 'open') from membership_term t join member m on m.id = t.member_id "
                + "where m.account_id = ? order by t.started_at, t.id", String.class, member.id()))
            .containsExactly("Taking a break", "open");
        mvc.perform(get("/account/membership").with(member.login()))
            .andExpect(content().string(containsString("Taking a break")))
            .andExpect(content().string(containsString("You are a member of the network")));
    }

    @Test
    void deletingTheAccountErasesTheMemberButKeepsTheCountsRight() throws Exception {
        TestAccounts.Created member = accounts.createMember();
        long memberId = jdbc.queryForObject("select id from member where account_id = ?", Long.class, member.id());
        jdbc.update("update member set role_title = 'Poet', organisation_name = 'Verse Inside', region_slug = 'london' where id = ?",
                memberId);
        jdbc.update("insert into member_interest (member_id, vocabulary, slug) values (?, 'ART_FORM', 'music')", memberId);
        mvc.perform(post("/account/consents").with(csrf()).with(member.login()).param("purpose", "NEWSLETTER").param("decision", "give"));
        mvc.perform(post("/account/equality").with(csrf()).with(member.login()).param("consent", "true").param("gender", "woman"));

        mvc.perform(post("/account/delete").with(member.login()).with(csrf()).param("password", TestAccounts.PASSWORD)
            .param("confirm", "true")).andExpect(redirectedUrl("/"));

        Awaitility.await().atMost(Duration.ofSeconds(10))
            .until(() -> jdbc.queryForObject("select erased_at is not null from member where id = ?", Boolean.class, memberId));
        Map<String, Object> row = jdbc.queryForMap("select account_id, display_name, role_title, organisation_name, region_slug "
                + "from member where id = ?", memberId);
        assertThat(row).containsEntry("account_id", null).containsEntry("display_name", null).containsEntry("role_title", null)
            .containsEntry("organisation_name", null).containsEntry("region_slug", "london");
        assertThat(jdbc.queryForObject("select count(*) from consent_record where member_id = ?", Long.class, memberId)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from equality_response where member_id = ?", Long.class, memberId)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from member_interest where member_id = ?", Long.class, memberId))
            .as("what they worked in still counts, without their name").isOne();
        assertThat(jdbc.queryForObject("select end_reason from membership_term where member_id = ? and ended_at is not null",
                String.class, memberId)).isEqualTo("Account deleted");
        assertThat(jdbc.queryForObject("select count(*) from membership_term where member_id = ? and ended_at is null", Long.class,
                memberId)).as("no longer counted as a member").isZero();
    }

    private long openTerms(TestAccounts.Created member) {
        return jdbc.queryForObject("select count(*) from membership_term t join member m on m.id = t.member_id "
                + "where m.account_id = ? and t.ended_at is null", Long.class, member.id());
    }

}
