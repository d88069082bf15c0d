package uk.org.ncjaa.springboard.newsletter.domain;

import java.time.Instant;
import java.util.UUID;

import ch.qos.logback.classic.Level;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import uk.org.ncjaa.springboard.support.CapturedLogs;
import uk.org.ncjaa.springboard.support.SpringboardTest;
import uk.org.ncjaa.springboard.support.TestAccounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SpringboardTest
class MailgunBouncesTests {

    private static final String KEY = "test-mailgun-signing-key";

    @Autowired
    MockMvc mvc;

    @Autowired
    Suppressions suppressions;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aSignedHardBounceSuppressesTheAddressAtOnce() throws Exception {
        String email = TestAccounts.uniqueEmail("hard");
        send(report(KEY, Instant.now(), "failed", "permanent", email, UUID.randomUUID().toString()))
            .andExpect(status().isOk()).andExpect(content().string("suppressed"));
        assertThat(suppressions.suppressed(email)).isTrue();
        assertThat(suppressions.list(email, 5)).singleElement().extracting(Suppressions.Suppression::reason)
            .isEqualTo(Suppressions.Reason.HARD_BOUNCE);
    }

    @Test
    void softBouncesSuppressOnlyWhenThePolicyCountIsReachedAndARetriedReportCountsOnce() throws Exception {
        int limit = suppressions.policy().get(Suppressions.BounceKind.SOFT);
        assertThat(limit).isGreaterThan(1);
        String email = TestAccounts.uniqueEmail("soft");
        String firstId = UUID.randomUUID().toString();
        send(report(KEY, Instant.now(), "failed", "temporary", email, firstId)).andExpect(content().string("recorded"));
        send(report(KEY, Instant.now(), "failed", "temporary", email, firstId)).andExpect(content().string("recorded"));
        for (int i = 2; i < limit; i++) {
            send(report(KEY, Instant.now(), "failed", "temporary", email, UUID.randomUUID().toString()))
                .andExpect(content().string("recorded"));
        }
        assertThat(suppressions.suppressed(email)).isFalse();
        send(report(KEY, Instant.now(), "failed", "temporary", email, UUID.randomUUID().toString()))
            .andExpect(content().string("suppressed"));
        assertThat(suppressions.suppressed(email)).isTrue();
    }

    @Test
    void aComplaintSuppressesAndOtherEventsAreIgnored() throws Exception {
        String email = TestAccounts.uniqueEmail("complains");
        send(report(KEY, Instant.now(), "delivered", "", email, UUID.randomUUID().toString())).andExpect(content().string("ignored"));
        assertThat(suppressions.suppressed(email)).isFalse();
        send(report(KEY, Instant.now(), "complained", "", email, UUID.randomUUID().toString())).andExpect(content().string("suppressed"));
        assertThat(suppressions.suppressed(email)).isTrue();
    }

    @Test
    void forgedStaleAndMalformedReportsChangeNothing() throws Exception {
        String email = TestAccounts.uniqueEmail("forged");
        send(report("some-other-key", Instant.now(), "failed", "permanent", email, UUID.randomUUID().toString()))
            .andExpect(status().isNotAcceptable());
        send(report(KEY, Instant.now().minusSeconds(3600), "failed", "permanent", email, UUID.randomUUID().toString()))
            .andExpect(status().isNotAcceptable());
        send("{not json").andExpect(status().isBadRequest());
        send("{}").andExpect(status().isNotAcceptable());
        assertThat(suppressions.suppressed(email)).isFalse();
    }

    @Test
    void aSignedReportSentAgainIsRefusedWithAWarningAndChangesNothing() throws Exception {
        String email = TestAccounts.uniqueEmail("replayed");
        String timestamp = String.valueOf(Instant.now().getEpochSecond());
        String token = UUID.randomUUID().toString().replace("-", "");
        // no event id, so only the token tells the second copy from a new bounce
        String body = """
                {"signature": {"timestamp": "%s", "token": "%s", "signature": "%s"},
                 "event-data": {"event": "failed", "severity": "temporary", "recipient": "%s",
                                "delivery-status": {"code": 452, "message": "mailbox full"}}}"""
            .formatted(timestamp, token, MailgunBounces.sign(KEY, timestamp + token), email);

        send(body).andExpect(status().isOk()).andExpect(content().string("recorded"));
        try (CapturedLogs logs = CapturedLogs.start()) {
            send(body).andExpect(status().isNotAcceptable()).andExpect(content().string("Already received."));
            assertThat(logs.at(Level.WARN, MailgunBounces.class.getName())).singleElement()
                .satisfies(line -> assertThat(line.getFormattedMessage()).contains("already used"));
            assertThat(logs.at(Level.ERROR)).isEmpty();
            assertThat(logs.withStackTraces()).isEmpty();
        }
        assertThat(jdbc.queryForObject("select count(*) from newsletter_bounce where email = ?", Integer.class, email)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from newsletter_webhook_token where token = ?", Integer.class, token))
            .isEqualTo(1);
    }

    @Test
    void tokensOlderThanTheWindowAreForgotten() throws Exception {
        String old = "old-" + UUID.randomUUID();
        jdbc.update("insert into newsletter_webhook_token (token, seen_at) values (?, now() - interval '31 minutes')", old);
        send(report(KEY, Instant.now(), "delivered", "", TestAccounts.uniqueEmail("purge"), UUID.randomUUID().toString()))
            .andExpect(status().isOk());
        assertThat(jdbc.queryForObject("select count(*) from newsletter_webhook_token where token = ?", Integer.class, old)).isZero();
    }

    private org.springframework.test.web.servlet.ResultActions send(String body) throws Exception {
        return mvc.perform(post("/newsletter/bounces/mailgun").contentType(MediaType.APPLICATION_JSON).content(body));
    }

    private static String report(String key, Instant when, String event, String severity, String email, String id) {
        String timestamp = String.valueOf(when.getEpochSecond());
        String token = UUID.randomUUID().toString().replace("-", "");
        String signature = MailgunBounces.sign(key, timestamp + token);
        return """
                {"signature": {"timestamp": "%s", "token": "%s", "signature": "%s"},
                 "event-data": {"event": "%s", "severity": "%s", "recipient": "%s", "id": "%s",
                                "delivery-status": {"code": 550, "message": "mailbox unavailable"}}}"""
            .formatted(timestamp, token, signature, event, severity, email, id);
    }
}
