package uk.org.ncjaa.springboard.newsletter.domain;

import java.time.Duration;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import uk.org.ncjaa.springboard.support.SpringboardTest;
import uk.org.ncjaa.springboard.support.TestAccounts;
import uk.org.ncjaa.springboard.support.TestMail.Inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

@SpringboardTest
class NewsletterPersonalDataTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestAccounts accounts;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Inbox inbox;

    @Test
    void aMembersSubscriptionFollowsTheirConsentShowsInTheirDownloadAndGoesWithTheirAccount() throws Exception {
        TestAccounts.Created member = accounts.createMember();
        mvc.perform(post("/account/consents").with(csrf()).with(member.login()).param("purpose", "NEWSLETTER").param("decision", "give"));
        // a logged-in member's address is proved already: no link to click, a welcome at once
        inbox.awaitOne(member.email(), "Welcome to the NCJAA newsletter");
        assertThat(status(member)).isEqualTo("CONFIRMED");

        String download = mvc.perform(get("/account/data.json").with(member.login())).andReturn().getResponse().getContentAsString();
        assertThat(download).contains("Newsletter subscription").contains("Newsletter consent record").contains(member.email());

        mvc.perform(post("/account/consents").with(csrf()).with(member.login()).param("purpose", "NEWSLETTER").param("decision", "withdraw"));
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> "UNSUBSCRIBED".equals(status(member)));

        mvc.perform(post("/account/delete").with(member.login()).with(csrf()).param("password", TestAccounts.PASSWORD)
            .param("confirm", "true")).andExpect(redirectedUrl("/"));
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.queryForObject(
                "select count(*) from newsletter_subscriber where account_id = ?", Integer.class, member.id()) == 0);
        assertThat(jdbc.queryForObject("select count(*) from newsletter_subscriber where lower(email) = ?", Integer.class,
                member.email().toLowerCase())).isZero();
    }

    private String status(TestAccounts.Created member) {
        return jdbc.queryForObject("select status from newsletter_subscriber where account_id = ?", String.class, member.id());
    }
}
