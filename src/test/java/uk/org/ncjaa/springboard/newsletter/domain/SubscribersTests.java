package uk.org.ncjaa.springboard.newsletter.domain;

import java.io.StringReader;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import uk.org.ncjaa.springboard.accounts.Role;
import uk.org.ncjaa.springboard.support.SpringboardTest;
import uk.org.ncjaa.springboard.support.TestAccounts;
import uk.org.ncjaa.springboard.support.TestMail.Inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SpringboardTest
class SubscribersTests {

    @Autowired
    Subscribers subscribers;

    @Autowired
    Campaigns campaigns;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TestAccounts accounts;

    @Autowired
    Inbox inbox;

    @Autowired
    MockMvc mvc;

    @Test
    void anImportKeepsConsentRecordsAndMailsNobodyWhoseConsentIsUnknown() throws Exception {
        String region = "import-" + UUID.randomUUID().toString().substring(0, 8);
        String known = TestAccounts.uniqueEmail("known");
        String unknown = TestAccounts.uniqueEmail("unknown");
        String existing = TestAccounts.uniqueEmail("existing");
        jdbc.update("insert into newsletter_subscriber (email, status, topics, source, created_at, unsubscribed_at)"
                + " values (?, 'UNSUBSCRIBED', '{news}', 'FORM', now(), now())", existing);
        String csv = "Email,Name,Topics,Region,Consent_Source,Consented_On\n"
                + known + ",Kay Known,events;evidence," + region + ",Signed up at the 2025 Arts Forum,2025-06-01\n"
                + unknown + ",Una Unknown,," + region + ",,\n"
                + existing + ",Ex Isting,,," + "Old list,2020-01-01\n"
                + "not-an-address,Bad,,,,\n"
                + known + ",Again,,,,\n"
                + TestAccounts.uniqueEmail("badtopic") + ",,gossip,,,\n"
                + TestAccounts.uniqueEmail("baddate") + ",,,,Form,01/02/2024\n"
                + TestAccounts.uniqueEmail("future") + ",,,,Form,2999-01-01\n";
        Subscribers.ImportReport report = subscribers.importCsv(new StringReader(csv), 1L);

        assertThat(report.added()).isEqualTo(2);
        assertThat(report.withConsent()).isEqualTo(1);
        assertThat(report.consentUnknown()).isEqualTo(1);
        assertThat(report.alreadyThere()).isEqualTo(1);
        assertThat(report.rejected()).extracting(Subscribers.Rejected::line).containsExactly(5L, 6L, 7L, 8L, 9L);
        assertThat(report.rejected()).extracting(Subscribers.Rejected::reason).anyMatch(r -> r.contains("not an email address"))
            .anyMatch(r -> r.contains("earlier line")).anyMatch(r -> r.contains("not a topic"))
            .anyMatch(r -> r.contains("yyyy-mm-dd")).anyMatch(r -> r.contains("future"));

        assertThat(statusOf(known)).isEqualTo("CONFIRMED");
        assertThat(jdbc.queryForObject("select detail from newsletter_consent c join newsletter_subscriber s on s.id = c.subscriber_id"
                + " where lower(s.email) = ?", String.class, known)).startsWith("Signed up at the 2025 Arts Forum");
        assertThat(statusOf(unknown)).isEqualTo("CONSENT_UNKNOWN");
        assertThat(statusOf(existing)).as("an import never undoes an unsubscribe").isEqualTo("UNSUBSCRIBED");

        Campaign campaign = campaigns.newOneOff(accounts.create(Role.EDITOR).id());
        campaigns.write(campaign.id(), "To the imported", "", "Hello.", null, region);
        assertThat(campaigns.audience(campaigns.get(campaign.id()))).as("only the one whose consent is known").isEqualTo(1);

        long unknownId = jdbc.queryForObject("select id from newsletter_subscriber where lower(email) = ?", Long.class, unknown);
        assertThat(subscribers.askToConfirm(java.util.List.of(unknownId))).isEqualTo(1);
        assertThat(statusOf(unknown)).isEqualTo("PENDING");
        inbox.awaitOne(unknown, "Would you like to keep getting our newsletter?");
    }

    @Test
    void aFileWithoutAnEmailColumnIsRefusedWithAReason() {
        assertThatThrownBy(() -> subscribers.importCsv(new StringReader("name,address\nAnn,ann@example.org\n"), 1L))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("email");
    }

    @Test
    void aMemberWhoTicksTheNewsletterWhenJoiningIsSubscribedWhenTheirAddressIsConfirmed() throws Exception {
        String email = TestAccounts.uniqueEmail("joiner");
        mvc.perform(post("/join").with(csrf()).with(TestAccounts.fromOwnAddress()).param("name", "Jo Joiner").param("email", email)
            .param("password", TestAccounts.PASSWORD).param("roleTitle", "Drama facilitator").param("region", "london")
            .param("heardFrom", "colleague").param("newsletter", "true").param("privacy", "true"))
            .andExpect(status().is3xxRedirection());
        String verify = Inbox.link(inbox.awaitOne(email, "Confirm your email"), "/verify");
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(10)).until(() -> jdbc.queryForObject(
                "select count(*) from newsletter_subscriber where lower(email) = ?", Integer.class, email) == 1);
        assertThat(statusOf(email)).as("not before the address is proved").isEqualTo("PENDING");
        assertThat(jdbc.queryForObject("select source from newsletter_subscriber where lower(email) = ?", String.class, email))
            .isEqualTo("MEMBER");

        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(verify));
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(10)).until(() -> "CONFIRMED".equals(statusOf(email)));
        assertThat(jdbc.queryForObject("select detail from newsletter_consent c join newsletter_subscriber s on s.id = c.subscriber_id"
                + " where lower(s.email) = ?", String.class, email)).contains("verification link");
        assertThat(jdbc.queryForObject("select region from newsletter_subscriber where lower(email) = ?", String.class, email))
            .isEqualTo("london");
        assertThat(inbox.to(email)).extracting(Inbox::subject).noneMatch(subject -> subject.contains("newsletter subscription"));
    }

    private String statusOf(String email) {
        return jdbc.queryForObject("select status from newsletter_subscriber where lower(email) = ?", String.class, email);
    }
}
