package uk.org.ncjaa.springboard.members.web;

import java.util.List;
import java.util.Map;

import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import uk.org.ncjaa.springboard.support.SpringboardTest;
import uk.org.ncjaa.springboard.support.TestMail.Inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static uk.org.ncjaa.springboard.support.TestAccounts.fromOwnAddress;
import static uk.org.ncjaa.springboard.support.TestAccounts.uniqueEmail;

@SpringboardTest
class JoinTests {

    private static final String PASSWORD = "lantern orchard violet";

    @Autowired
    MockMvc mvc;

    @Autowired
    Inbox inbox;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void joiningKeepsTheProfileATermAndEveryChoiceThenWelcomesTheVerifiedMember() throws Exception {
        String email = uniqueEmail("joiner");
        join(email, "true", "false").andExpect(redirectedUrl("/register/check-email"));

        long memberId = memberId(email);
        Map<String, Object> member = jdbc.queryForMap("select display_name, role_title, organisation_name, region_slug, heard_from "
                + "from member where id = ?", memberId);
        assertThat(member).containsEntry("display_name", "Nia Joiner").containsEntry("role_title", "Drama facilitator")
            .containsEntry("organisation_name", "Stagecraft CIC").containsEntry("region_slug", "london")
            .containsEntry("heard_from", "colleague");
        assertThat(jdbc.queryForList("select vocabulary || ':' || slug from member_interest where member_id = ? order by 1",
                String.class, memberId)).containsExactly("ART_FORM:music", "ART_FORM:theatre", "SETTING:adult-prison-men");
        assertThat(jdbc.queryForObject("select count(*) from membership_term where member_id = ? and ended_at is null", Long.class,
                memberId)).isOne();
        assertThat(consents(memberId)).containsExactly("NEWSLETTER:true:2026-11:FORM", "PRIVACY_NOTICE:true:2026-11:FORM",
                "PUBLIC_PROFILE:false:2026-11:FORM");

        MimeMessage verify = inbox.awaitOne(email, "Confirm your email");
        assertThat(inbox.to(email)).as("no welcome before the address is confirmed").hasSize(1);
        mvc.perform(get(Inbox.link(verify, "/verify"))).andExpect(status().isOk());
        MimeMessage welcome = inbox.awaitOne(email, "Welcome to the National Criminal Justice Arts Alliance");
        assertThat(Inbox.body(welcome)).contains("Nia Joiner").contains("/account/consents");
    }

    @Test
    void mistakesComeBackWithMessagesAndEveryAnswerButThePassword() throws Exception {
        String html = mvc.perform(post("/join").with(csrf()).with(fromOwnAddress())
                .param("name", "Grace <b>Hopper</b>").param("email", "not-an-email").param("password", "short")
                .param("roleTitle", "Artist").param("region", "atlantis").param("artForms", "music", "underwater-basket")
                .param("heardFrom", "a dream").param("newsletter", "true"))
            .andExpect(status().isOk())
            .andReturn().getResponse().getContentAsString();
        assertThat(html).contains("There is a problem").contains("Enter an email address like name@example.org")
            .contains("Use at least 10 characters").contains("Tick the box to say you have read the privacy notice")
            .contains("Choose a region from the list").contains("Choose art forms from the list")
            .contains("Choose an answer from the list")
            .contains("value=\"Grace &lt;b&gt;Hopper&lt;/b&gt;\"").contains("value=\"Artist\"").contains("value=\"not-an-email\"")
            .doesNotContain("value=\"short\"");
        assertThat(html.replaceAll("\\s+", " ")).as("the newsletter box stays ticked")
            .containsPattern("id=\"newsletter\"[^>]*checked|checked[^>]*id=\"newsletter\"");
        assertThat(jdbc.queryForObject("select count(*) from account where email = 'not-an-email'", Long.class)).isZero();
    }

    @Test
    void anAddressThatIsTakenGetsTheSameAnswerAndNothingMoreIsStored() throws Exception {
        String email = uniqueEmail("twice");
        join(email, "false", "false").andExpect(redirectedUrl("/register/check-email"));
        join(email.toUpperCase(), "true", "true").andExpect(redirectedUrl("/register/check-email"));
        assertThat(jdbc.queryForObject("select count(*) from account where lower(email) = ?", Long.class, email)).isOne();
        assertThat(consents(memberId(email))).as("the second attempt recorded no choices")
            .containsExactly("NEWSLETTER:false:2026-11:FORM", "PRIVACY_NOTICE:true:2026-11:FORM", "PUBLIC_PROFILE:false:2026-11:FORM");
        inbox.awaitOne(email, "Someone tried to join Springboard");
    }

    @Test
    void theConsentLedgerIsNeverChanged() throws Exception {
        String email = uniqueEmail("ledger");
        join(email, "true", "true");
        long memberId = memberId(email);
        assertThatThrownBy(() -> jdbc.update("update consent_record set granted = false where member_id = ?", memberId))
            .isInstanceOf(DataAccessException.class).hasMessageContaining("never changed");
    }

    private long memberId(String email) {
        return jdbc.queryForObject("select m.id from member m join account a on a.id = m.account_id where lower(a.email) = lower(?)",
                Long.class, email);
    }

    private List<String> consents(long memberId) {
        return jdbc.queryForList("select purpose || ':' || granted || ':' || wording_version || ':' || source from consent_record "
                + "where member_id = ? order by purpose, id", String.class, memberId);
    }

    private ResultActions join(String email, String newsletter, String publicProfile) throws Exception {
        return mvc.perform(post("/join").with(csrf()).with(fromOwnAddress())
            .param("name", "Nia Joiner").param("email", email).param("password", PASSWORD)
            .param("roleTitle", "Drama facilitator").param("organisation", "Stagecraft CIC").param("region", "london")
            .param("artForms", "music", "theatre").param("settings", "adult-prison-men").param("heardFrom", "colleague")
            .param("newsletter", newsletter).param("publicProfile", publicProfile).param("privacy", "true"));
    }
}
