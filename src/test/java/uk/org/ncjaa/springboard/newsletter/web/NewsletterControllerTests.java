package uk.org.ncjaa.springboard.newsletter.web;


import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import uk.org.ncjaa.springboard.members.Consent;
import uk.org.ncjaa.springboard.newsletter.domain.Links;
import uk.org.ncjaa.springboard.newsletter.domain.TestLinks;
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
class NewsletterControllerTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Inbox inbox;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Links links;

    @Test
    void doubleOptInRecordsConsentOnlyWhenTheButtonIsPressed() throws Exception {
        String email = TestAccounts.uniqueEmail("reader");
        mvc.perform(post("/newsletter").with(csrf()).param("email", email).param("name", "Rae Reader").param("topics", "events")
            .param("topics", "evidence").param("region", "london"))
            .andExpect(redirectedUrl("/newsletter/check-email"));
        assertThat(statusOf(email)).isEqualTo("PENDING");

        MimeMessage confirmation = inbox.awaitOne(email, "Confirm your newsletter subscription");
        String link = Inbox.link(confirmation, "/newsletter/confirm/");
        // opening the link, as a mail scanner would, confirms nothing
        mvc.perform(get(link)).andExpect(status().isOk()).andExpect(content().string(containsString("Yes, send me the newsletter")));
        assertThat(statusOf(email)).isEqualTo("PENDING");
        assertThat(ledger(email)).isZero();

        mvc.perform(post(link).with(csrf())).andExpect(status().isOk()).andExpect(content().string(containsString("You are subscribed")));
        assertThat(statusOf(email)).isEqualTo("CONFIRMED");
        assertThat(jdbc.queryForObject("select topics::text from newsletter_subscriber where lower(email) = ?", String.class, email))
            .isEqualTo("{events,evidence}");
        assertThat(jdbc.queryForMap("select c.granted, c.wording, c.version from newsletter_consent c join newsletter_subscriber s"
                + " on s.id = c.subscriber_id where lower(s.email) = ?", email))
            .containsEntry("granted", true)
            .containsEntry("wording", Consent.NEWSLETTER.wording())
            .containsEntry("version", Consent.NEWSLETTER.version());
        inbox.awaitOne(email, "Welcome to the NCJAA newsletter");

        // a second press changes nothing and sends no second welcome
        mvc.perform(post(link).with(csrf())).andExpect(status().isOk());
        assertThat(ledger(email)).isEqualTo(1);
    }

    @Test
    void askingAgainAndAgainSendsOneEmailNotAFlood() throws Exception {
        String email = TestAccounts.uniqueEmail("flooded");
        for (int i = 0; i < 3; i++) {
            mvc.perform(post("/newsletter").with(csrf()).param("email", email)).andExpect(redirectedUrl("/newsletter/check-email"));
        }
        mvc.perform(post("/newsletter/manage").with(csrf()).param("email", email));
        // every email asked for is recorded with the request and its record removed once sent: none left means none to come
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(15)).until(() -> jdbc.queryForObject(
                "select count(*) from event_publication where serialized_event like ?", Integer.class, "%" + email + "%") == 0);
        assertThat(inbox.to(email)).hasSize(1);
    }

    @Test
    void aFormWithMistakesComesBackWithWhatWasTyped() throws Exception {
        mvc.perform(post("/newsletter").with(csrf()).param("email", "not an address").param("name", "Kept Name")
            .param("topics", "events").param("topics", "gossip").param("region", "atlantis"))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("Enter your email address, like name@example.org")))
            .andExpect(content().string(containsString("Choose topics from the list")))
            .andExpect(content().string(containsString("Choose a region from the list")))
            .andExpect(content().string(containsString("value=\"Kept Name\"")))
            .andExpect(content().string(containsString("value=\"not an address\"")));
    }

    @Test
    void askingAgainDoesNotTellWhoSubscribes() throws Exception {
        String email = TestAccounts.uniqueEmail("twice");
        long id = confirmed(email);
        mvc.perform(post("/newsletter").with(csrf()).param("email", email)).andExpect(redirectedUrl("/newsletter/check-email"));
        MimeMessage already = inbox.awaitOne(email, "Your newsletter subscription");
        assertThat(Inbox.body(already)).contains("you already get it");
        assertThat(statusOf(email)).isEqualTo("CONFIRMED");
        assertThat(id).isPositive();
    }

    @Test
    void expiredAndForgedLinksAreRefusedWithAWayForward() throws Exception {
        String email = TestAccounts.uniqueEmail("expired");
        long id = pending(email);
        String expired = TestLinks.expired(links, Links.Purpose.CONFIRM, id);
        mvc.perform(get("/newsletter/confirm/" + expired)).andExpect(status().isGone())
            .andExpect(content().string(containsString("This link has expired")))
            .andExpect(content().string(containsString("/newsletter/manage")));
        mvc.perform(post("/newsletter/confirm/" + expired).with(csrf())).andExpect(status().isGone());
        assertThat(statusOf(email)).isEqualTo("PENDING");

        String good = links.confirm(id);
        String otherSubscriber = good.replaceFirst("\\.[0-9a-z]+\\.", "." + Long.toString(id + 1, 36) + ".");
        String badSignature = good.substring(0, good.length() - 2) + (good.endsWith("AA") ? "BB" : "AA");
        for (String forged : new String[] { otherSubscriber, badSignature, "nonsense", links.manage(id) }) {
            mvc.perform(post("/newsletter/confirm/" + forged).with(csrf())).andExpect(status().isNotFound())
                .andExpect(content().string(containsString("This link does not work")));
        }
        assertThat(statusOf(email)).isEqualTo("PENDING");
    }

    @Test
    void unsubscribingTakesAPostNeverAGet() throws Exception {
        String email = TestAccounts.uniqueEmail("leaver");
        long id = confirmed(email);
        String path = "/newsletter/unsubscribe/" + links.manage(id);
        mvc.perform(get(path)).andExpect(status().isOk()).andExpect(content().string(containsString("Press the button")));
        mvc.perform(get(path)).andExpect(status().isOk());
        assertThat(statusOf(email)).isEqualTo("CONFIRMED");

        // a mail client's one-click unsubscribe (RFC 8058): a POST with that body and no form token
        mvc.perform(post(path).contentType("application/x-www-form-urlencoded").content("List-Unsubscribe=One-Click"))
            .andExpect(status().isOk()).andExpect(content().string(containsString("You are unsubscribed")));
        assertThat(statusOf(email)).isEqualTo("UNSUBSCRIBED");
        assertThat(jdbc.queryForObject("select count(*) from newsletter_consent where subscriber_id = ? and not granted", Integer.class, id))
            .isEqualTo(1);
        mvc.perform(get(path)).andExpect(content().string(containsString("You are already unsubscribed")));
    }

    @Test
    void afterUnsubscribingPeopleMaySayWhyFromAShortList() throws Exception {
        String email = TestAccounts.uniqueEmail("explainer");
        long id = confirmed(email);
        String path = "/newsletter/unsubscribe/" + links.manage(id);
        // still subscribed: there is nothing to explain, and nothing is kept
        mvc.perform(post(path + "/reason").param("reason", "TOO_MANY")).andExpect(redirectedUrl(path));
        assertThat(reasonOf(id)).isNull();

        mvc.perform(post(path)).andExpect(status().isOk()).andExpect(content().string(containsString("Would you tell us why?")));
        // an answer that is not on the list is refused with a reason, and nothing is kept
        mvc.perform(post(path + "/reason").param("reason", "<script>")).andExpect(status().isOk())
            .andExpect(content().string(containsString("Choose one of the reasons")));
        mvc.perform(post(path + "/reason")).andExpect(status().isOk()).andExpect(content().string(containsString("Choose one of the reasons")));
        assertThat(reasonOf(id)).isNull();

        mvc.perform(post(path + "/reason").param("reason", "TOO_MANY")).andExpect(status().isOk())
            .andExpect(content().string(containsString("Thank you for telling us")));
        assertThat(reasonOf(id)).isEqualTo("TOO_MANY");
        // a second answer replaces the first; an expired link still works, as it does for unsubscribing
        mvc.perform(post("/newsletter/unsubscribe/" + TestLinks.expired(links, Links.Purpose.MANAGE, id) + "/reason")
            .param("reason", "MOVED_ON")).andExpect(status().isOk());
        assertThat(reasonOf(id)).isEqualTo("MOVED_ON");
        assertThat(jdbc.queryForObject("select count(*) from newsletter_unsubscribe_reason where subscriber_id = ?", Integer.class, id))
            .isEqualTo(1);
        // a forged link keeps nothing
        mvc.perform(post("/newsletter/unsubscribe/forged-link/reason").param("reason", "OTHER")).andExpect(status().isNotFound());
    }

    private String reasonOf(long subscriberId) {
        return jdbc.query("select reason from newsletter_unsubscribe_reason where subscriber_id = ?",
                rs -> rs.next() ? rs.getString(1) : null, subscriberId);
    }

    @Test
    void anExpiredLinkStillUnsubscribesButOpensNoPreferences() throws Exception {
        String email = TestAccounts.uniqueEmail("old-email");
        long id = confirmed(email);
        String expired = TestLinks.expired(links, Links.Purpose.MANAGE, id);
        mvc.perform(get("/newsletter/preferences/" + expired)).andExpect(status().isGone())
            .andExpect(content().string(not(containsString(email))));
        mvc.perform(get("/newsletter/unsubscribe/" + expired)).andExpect(status().isOk())
            .andExpect(content().string(not(containsString("choosing topics"))));
        mvc.perform(post("/newsletter/unsubscribe/" + expired)).andExpect(status().isOk())
            .andExpect(content().string(containsString("You are unsubscribed")));
        assertThat(statusOf(email)).isEqualTo("UNSUBSCRIBED");
    }

    @Test
    void preferencesChangeTopicsAndRegionAndNeedAtLeastOneTopic() throws Exception {
        String email = TestAccounts.uniqueEmail("chooser");
        long id = confirmed(email);
        String path = "/newsletter/preferences/" + links.manage(id);
        mvc.perform(get(path)).andExpect(status().isOk()).andExpect(content().string(containsString(email)));
        mvc.perform(post(path).with(csrf()).param("topics", "news").param("region", "north-west"))
            .andExpect(status().isOk()).andExpect(content().string(containsString("Your choices are saved.")));
        assertThat(jdbc.queryForMap("select topics::text as topics, region from newsletter_subscriber where id = ?", id))
            .containsEntry("topics", "{news}").containsEntry("region", "north-west");

        mvc.perform(post(path).with(csrf()).param("region", "london"))
            .andExpect(status().isOk()).andExpect(content().string(containsString("Choose at least one topic")))
            .andExpect(content().string(not(containsString("Your choices are saved."))));
        assertThat(jdbc.queryForObject("select region from newsletter_subscriber where id = ?", String.class, id)).isEqualTo("north-west");
    }

    @Test
    void aLostLinkIsSentAgainWithoutSayingWhoSubscribes() throws Exception {
        String email = TestAccounts.uniqueEmail("lost");
        confirmed(email);
        mvc.perform(post("/newsletter/manage").with(csrf()).param("email", email)).andExpect(redirectedUrl("/newsletter/check-email"));
        String link = Inbox.link(inbox.awaitOne(email, "Your newsletter preferences link"), "/newsletter/preferences/");
        mvc.perform(get(link)).andExpect(status().isOk()).andExpect(content().string(containsString(email)));
        mvc.perform(post("/newsletter/manage").with(csrf()).param("email", TestAccounts.uniqueEmail("stranger")))
            .andExpect(redirectedUrl("/newsletter/check-email"));
        mvc.perform(post("/newsletter/manage").with(csrf()).param("email", "nope"))
            .andExpect(status().isOk()).andExpect(content().string(containsString("Enter your email address")));
    }

    private long pending(String email) {
        return jdbc.queryForObject("insert into newsletter_subscriber (email, status, topics, source, created_at)"
                + " values (?, 'PENDING', '{news,events,opportunities,publications,evidence}', 'FORM', now()) returning id", Long.class, email);
    }

    private long confirmed(String email) {
        long id = pending(email);
        jdbc.update("update newsletter_subscriber set status = 'CONFIRMED', confirmed_at = now() where id = ?", id);
        return id;
    }

    private String statusOf(String email) {
        return jdbc.queryForObject("select status from newsletter_subscriber where lower(email) = ?", String.class, email);
    }

    private int ledger(String email) {
        return jdbc.queryForObject("select count(*) from newsletter_consent c join newsletter_subscriber s on s.id = c.subscriber_id"
                + " where lower(s.email) = ?", Integer.class, email);
    }

}
