package uk.org.ncjaa.springboard.members.web;

import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import uk.org.ncjaa.springboard.support.SpringboardTest;
import uk.org.ncjaa.springboard.support.TestAccounts;
import uk.org.ncjaa.springboard.support.TestMail.Inbox;

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
class MemberDirectoryTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestAccounts accounts;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Inbox inbox;

    @Test
    void onlyMembersWhoChoseToBeListedAreShownAndFiltersWork() throws Exception {
        String marker = "Zq" + Long.toString(System.nanoTime(), 36);
        TestAccounts.Created listed = member(marker + " Listed", "london", "music");
        listIn(listed, true);
        TestAccounts.Created unlisted = member(marker + " Unlisted", "london", "music");
        listIn(unlisted, false);
        TestAccounts.Created left = member(marker + " Left", "london", "music");
        listIn(left, true);
        mvc.perform(post("/account/membership/leave").with(csrf()).with(left.login()));
        TestAccounts.Created changedMind = member(marker + " Changed", "london", "music");
        listIn(changedMind, true);
        listIn(changedMind, false);

        TestAccounts.Created viewer = member(marker + " Viewer", null, null);
        mvc.perform(get("/members").param("q", marker).with(viewer.login()))
            .andExpect(content().string(containsString(marker + " Listed")))
            .andExpect(content().string(not(containsString(marker + " Unlisted"))))
            .andExpect(content().string(not(containsString(marker + " Left"))))
            .andExpect(content().string(not(containsString(marker + " Changed"))))
            .andExpect(content().string(not(containsString(listed.email()))));
        mvc.perform(get("/members").param("q", marker).param("region", "north-west").with(viewer.login()))
            .andExpect(content().string(not(containsString(marker + " Listed"))));
        mvc.perform(get("/members").param("q", marker).param("art", "music").param("region", "nowhere").param("page", "soon")
                .with(viewer.login()))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString(marker + " Listed")));
        mvc.perform(get("/members").param("q", "100%_\\").with(viewer.login())).andExpect(status().isOk());
        mvc.perform(get("/members/" + memberId(unlisted) + "/contact").with(viewer.login())).andExpect(status().isNotFound());
    }

    @Test
    void aMessageIsEmailedWithoutShowingAddressesAndSendersAreLimited() throws Exception {
        TestAccounts.Created recipient = member("Rita Recipient", null, null);
        listIn(recipient, true);
        TestAccounts.Created sender = member("Sid Sender", null, null);
        long to = memberId(recipient);

        mvc.perform(post("/members/" + to + "/contact").with(csrf()).with(sender.login()).param("message", " "))
            .andExpect(status().isOk()).andExpect(content().string(containsString("Write a message")));
        mvc.perform(post("/members/" + to + "/contact").with(csrf()).with(sender.login())
                .param("message", "Hello <script>alert(1)</script> from the wing"))
            .andExpect(redirectedUrl("/members"));
        MimeMessage mail = inbox.awaitOne(recipient.email(), "A message from Sid Sender");
        assertThat(Inbox.body(mail)).as("the sender can be answered; the HTML part escapes what they wrote").contains(sender.email())
            .contains("&lt;script&gt;");
        assertThat(jdbc.queryForObject("select count(*) from member_message where from_account_id = ?", Long.class, sender.id())).isOne();

        for (int i = 0; i < 4; i++) {
            mvc.perform(post("/members/" + to + "/contact").with(csrf()).with(sender.login()).param("message", "Again " + i))
                .andExpect(redirectedUrl("/members"));
        }
        mvc.perform(post("/members/" + to + "/contact").with(csrf()).with(sender.login()).param("message", "One too many"))
            .andExpect(status().isOk()).andExpect(content().string(containsString("Please wait a while")))
            .andExpect(content().string(containsString("One too many")));
        mvc.perform(post("/members/" + to + "/contact").with(csrf()).with(recipient.login()).param("message", "Me"))
            .andExpect(content().string(containsString("This is you")));
    }

    private TestAccounts.Created member(String name, String region, String art) {
        TestAccounts.Created account = accounts.createMember();
        jdbc.update("update member set display_name = ?, region_slug = ? where account_id = ?", name, region, account.id());
        jdbc.update("update account set display_name = ? where id = ?", name, account.id());
        if (art != null) {
            jdbc.update("insert into member_interest (member_id, vocabulary, slug) values (?, 'ART_FORM', ?)", memberId(account), art);
        }
        return account;
    }

    private void listIn(TestAccounts.Created member, boolean listed) throws Exception {
        mvc.perform(post("/account/consents").with(csrf()).with(member.login()).param("purpose", "PUBLIC_PROFILE")
            .param("decision", listed ? "give" : "withdraw"));
    }

    private long memberId(TestAccounts.Created account) {
        return jdbc.queryForObject("select id from member where account_id = ?", Long.class, account.id());
    }
}
