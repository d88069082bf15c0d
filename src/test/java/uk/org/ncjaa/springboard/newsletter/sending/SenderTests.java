package uk.org.ncjaa.springboard.newsletter.sending;

import java.io.StringReader;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;

import uk.org.ncjaa.springboard.accounts.AccountsApi;
import uk.org.ncjaa.springboard.accounts.Role;
import uk.org.ncjaa.springboard.events.TestEvents;
import uk.org.ncjaa.springboard.events.TicketKind;
import uk.org.ncjaa.springboard.events.domain.Event;
import uk.org.ncjaa.springboard.events.domain.EventCatalogue;
import uk.org.ncjaa.springboard.events.domain.EventDetails;
import uk.org.ncjaa.springboard.evidence.imports.EvidenceImport;
import uk.org.ncjaa.springboard.newsletter.NewsletterProperties;
import uk.org.ncjaa.springboard.newsletter.domain.Campaign;
import uk.org.ncjaa.springboard.newsletter.domain.Campaigns;
import uk.org.ncjaa.springboard.newsletter.domain.Issues;
import uk.org.ncjaa.springboard.newsletter.domain.Links;
import uk.org.ncjaa.springboard.newsletter.domain.Suppressions;
import uk.org.ncjaa.springboard.shared.mail.MailProperties;
import uk.org.ncjaa.springboard.support.SmtpSink;
import uk.org.ncjaa.springboard.support.SpringboardTest;
import uk.org.ncjaa.springboard.support.TestAccounts;
import uk.org.ncjaa.springboard.support.TestMail.Inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SpringboardTest
class SenderTests {

    @Autowired
    Campaigns campaigns;

    @Autowired
    Sends sends;

    @Autowired
    Sender sender;

    @Autowired
    Suppressions suppressions;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Inbox inbox;

    @Autowired
    MockMvc mvc;

    @Autowired
    EventCatalogue events;

    @Autowired
    EvidenceImport evidence;

    @Autowired
    TestAccounts accounts;

    @Autowired
    uk.org.ncjaa.springboard.content.domain.Contents contents;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    Issues issues;

    @Autowired
    Links links;

    @Autowired
    AccountsApi accountsApi;

    @Autowired
    ApplicationEventPublisher publisher;

    @Autowired
    Clock clock;

    @Autowired
    MailProperties mail;

    // each test mails only its own subscribers: they share a region no one else has
    private final String region = "test-" + UUID.randomUUID().toString().substring(0, 8);

    @Test
    void eachRecipientGetsOneMessageWithBothPartsAndOneClickUnsubscribe() throws Exception {
        String ann = subscriber("ann", "CONFIRMED", "{news,events,opportunities,publications,evidence}");
        String ben = subscriber("ben", "CONFIRMED", "{news}");
        String waiting = subscriber("waiting", "PENDING", "{news}");
        String unknown = subscriber("unknown", "CONSENT_UNKNOWN", "{news}");
        String gone = subscriber("gone", "UNSUBSCRIBED", "{news}");
        String bounced = subscriber("bounced", "CONFIRMED", "{news}");
        suppressions.suppress(bounced, Suppressions.Reason.HARD_BOUNCE, "test");

        Campaign campaign = oneOff("Spring gathering", "We meet in March.\n\nBring a friend & a story.");
        assertThat(campaigns.audience(campaigns.get(campaign.id()))).isEqualTo(2);
        sends.startNow(campaign.id());
        awaitSent(campaign.id());

        assertThat(inbox.to(ann)).hasSize(1);
        assertThat(inbox.to(ben)).hasSize(1);
        for (String nobody : List.of(waiting, unknown, gone, bounced)) {
            assertThat(inbox.to(nobody)).as(nobody).isEmpty();
        }
        MimeMessage message = inbox.to(ann).get(0);
        long deliveryId = jdbc.queryForObject("select id from newsletter_delivery where campaign_id = ? and email = ?", Long.class,
                campaign.id(), ann);
        assertThat(message.getMessageID()).isEqualTo("<newsletter." + campaign.id() + "." + deliveryId + "@localhost>");
        assertThat(message.getSubject()).isEqualTo("Spring gathering");
        assertThat(message.getHeader("List-Unsubscribe-Post", null)).isEqualTo("List-Unsubscribe=One-Click");
        String listUnsubscribe = message.getHeader("List-Unsubscribe", null);
        assertThat(listUnsubscribe).matches("<https?://[^>]+/newsletter/unsubscribe/[^>]+>.*");
        assertThat(message.getContentType()).startsWith("multipart/alternative");
        Multipart parts = (Multipart) message.getContent();
        assertThat(parts.getCount()).isEqualTo(2);
        BodyPart text = parts.getBodyPart(0);
        BodyPart html = parts.getBodyPart(1);
        assertThat(text.getContentType()).startsWith("text/plain");
        assertThat(html.getContentType()).startsWith("text/html");
        assertThat((String) text.getContent()).contains("We meet in March.").contains("Bring a friend & a story.")
            .contains("/newsletter/unsubscribe/").as("a one-off email is not in the archive unless staff choose")
            .doesNotContain("/newsletter/archive/");
        assertThat((String) html.getContent()).contains("Bring a friend &amp; a story.").contains("role=\"presentation\"")
            .contains("/newsletter/preferences/");
        assertThat(jdbc.queryForObject("select smtp_response from newsletter_delivery where id = ?", String.class, deliveryId))
            .startsWith("250");

        // the mail client's one-click: a POST to the header's address unsubscribes at once
        String url = listUnsubscribe.substring(1, listUnsubscribe.indexOf('>'));
        mvc.perform(post(url.substring(url.indexOf("/newsletter/"))).contentType("application/x-www-form-urlencoded")
            .content("List-Unsubscribe=One-Click")).andExpect(status().isOk());
        assertThat(jdbc.queryForObject("select status from newsletter_subscriber where lower(email) = ?", String.class, ann))
            .isEqualTo("UNSUBSCRIBED");
        assertThat(campaigns.archived(campaign.id())).isEmpty();
    }

    @Test
    void theDigestIsBuiltFromWhatWasPublishedAndEachSubscriberGetsTheirTopics() throws Exception {
        Event event = events.create(TestEvents.details("Digest drama day", uk.org.ncjaa.springboard.events.EventKind.TRAINING, 20,
                Map.of(TicketKind.FREE, new EventDetails.Ticket(0, 20)), Instant.now().plus(Duration.ofMinutes(5))), true);
        String marker = "zq" + UUID.randomUUID().toString().substring(0, 8);
        evidence.run(new StringReader("title\tauthors\tyear\tpublisher_or_org\tdoc_type\n"
                + "Digest music evaluation " + marker + "\tAda Example\t2024\tArts Trust\treport\n"), true);
        uk.org.ncjaa.springboard.content.domain.ContentItem news = contents.create(uk.org.ncjaa.springboard.content.ContentKind.NEWS,
                uk.org.ncjaa.springboard.content.TestContent.article("Digest news " + marker, "Text"), "Editor");
        contents.publish(news.id(), "Editor");
        String eventsOnly = subscriber("events-only", "CONFIRMED", "{events}");
        String evidenceOnly = subscriber("evidence-only", "CONFIRMED", "{evidence}");
        String newsOnly = subscriber("news-only", "CONFIRMED", "{news}");

        Campaign digest = campaigns.newDigest(accounts.create(Role.EDITOR).id());
        List<String> titles = campaigns.get(digest.id()).items().stream().map(i -> i.title()).toList();
        assertThat(titles).contains(event.title(), "Digest music evaluation " + marker, "Digest news " + marker);
        campaigns.write(digest.id(), "Digest " + UUID.randomUUID(), "Hello from the editors.", "", null, region);
        sends.startNow(digest.id());
        awaitSent(digest.id());

        String toEvents = Inbox.body(inbox.to(eventsOnly).get(0));
        assertThat(toEvents).contains(event.title()).doesNotContain(marker).contains("Hello from the editors.")
            .contains("/newsletter/archive/" + digest.id());
        assertThat(campaigns.archived(digest.id())).as("a digest is in the public archive").isPresent();
        String toEvidence = Inbox.body(inbox.to(evidenceOnly).get(0));
        assertThat(toEvidence).contains("Digest music evaluation " + marker).doesNotContain(event.title())
            .doesNotContain("Digest news " + marker);
        assertThat(Inbox.body(inbox.to(newsOnly).get(0))).contains("Digest news " + marker).doesNotContain(event.title())
            .doesNotContain("Digest music evaluation " + marker);
    }

    @Test
    void someoneWhoLeavesOrIsSuppressedAfterTheSendStartsIsSkipped() {
        String stays = subscriber("stays", "CONFIRMED", "{news}");
        String leaves = subscriber("leaves", "CONFIRMED", "{news}");
        String bounces = subscriber("bounces", "CONFIRMED", "{news}");
        Campaign campaign = oneOff("Skips", "Body.");
        campaigns.start(campaign.id());
        assertThat(jdbc.queryForObject("select count(*) from newsletter_delivery where campaign_id = ?", Integer.class, campaign.id()))
            .isEqualTo(3);
        jdbc.update("update newsletter_subscriber set status = 'UNSUBSCRIBED' where lower(email) = ?", leaves);
        suppressions.suppress(bounces, Suppressions.Reason.COMPLAINT, "test");
        sender.work(campaign.id());
        awaitSent(campaign.id());
        assertThat(inbox.to(stays)).hasSize(1);
        assertThat(inbox.to(leaves)).isEmpty();
        assertThat(inbox.to(bounces)).isEmpty();
        assertThat(jdbc.queryForList("select state from newsletter_delivery where campaign_id = ? order by id", String.class, campaign.id()))
            .containsExactly("SENT", "SKIPPED", "SKIPPED");
    }

    @Test
    void refusalsFailAndSuppressAndDelaysAreRetried() throws Exception {
        try (SmtpSink sink = new SmtpSink(0)) {
            sink.replies(to -> to.startsWith("refused") ? "550 5.1.1 no such mailbox" : to.startsWith("later") ? "451 4.3.0 try again later" : null);
            String ok = subscriber("ok", "CONFIRMED", "{news}");
            String refused = subscriber("refused", "CONFIRMED", "{news}");
            String later = subscriber("later", "CONFIRMED", "{news}");
            Campaign campaign = oneOff("Refusals", "Body.");
            campaigns.start(campaign.id());
            Sender toSink = senderTo(sink, 100, 2);
            toSink.work(campaign.id());
            awaitSent(campaign.id());

            assertThat(sink.perRecipient()).containsEntry(ok, 1).doesNotContainKey(refused).doesNotContainKey(later);
            assertThat(delivery(campaign.id(), refused)).containsEntry("state", "FAILED").containsEntry("attempts", 1);
            assertThat((String) delivery(campaign.id(), refused).get("smtp_response")).startsWith("550");
            assertThat(suppressions.suppressed(refused)).as("a refused address is a hard bounce").isTrue();
            assertThat(delivery(campaign.id(), later)).containsEntry("state", "FAILED").containsEntry("attempts", 2);
            assertThat(suppressions.suppressed(later)).isFalse();
        }
    }

    @Test
    void tooManyErrorsPauseTheSendAndTellStaffAndItResumesByHand() throws Exception {
        TestAccounts.Created admin = accounts.create(Role.MEMBER, Role.ADMIN);
        try (SmtpSink sink = new SmtpSink(0)) {
            sink.replies(to -> to.startsWith("later") ? "421 4.7.0 too busy" : null);
            String first = subscriber("later-1", "CONFIRMED", "{news}");
            String second = subscriber("later-2", "CONFIRMED", "{news}");
            String fine = subscriber("fine", "CONFIRMED", "{news}");
            Campaign campaign = oneOff("Pauses " + UUID.randomUUID(), "Body.");
            campaigns.start(campaign.id());
            Sender toSink = senderTo(sink, 2, 5);
            toSink.work(campaign.id());
            Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> "PAUSED".equals(campaignStatus(campaign.id())));
            Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> !toSink.working(campaign.id()));
            assertThat(sink.perRecipient()).doesNotContainKey(fine);
            assertThat(jdbc.queryForObject("select pause_reason from newsletter_campaign where id = ?", String.class, campaign.id()))
                .contains("2 messages could not be sent").contains("421");
            assertThat(Inbox.body(inbox.awaitOne(admin.email(), "Newsletter send paused"))).contains("/admin/newsletter/campaigns/" + campaign.id());

            sink.replies(to -> null);
            campaigns.resume(campaign.id());
            toSink.work(campaign.id());
            awaitSent(campaign.id());
            assertThat(sink.perRecipient()).containsEntry(first, 1).containsEntry(second, 1).containsEntry(fine, 1);
        }
    }

    @Test
    void twoNodesSendingTheSameCampaignShareItWithNobodyMailedTwice() throws Exception {
        try (SmtpSink sink = new SmtpSink(0)) {
            List<String> everyone = new java.util.ArrayList<>();
            for (int i = 0; i < 300; i++) {
                everyone.add(subscriber("shared-" + i, "CONFIRMED", "{news}"));
            }
            Campaign campaign = oneOff("Two nodes", "Body.");
            campaigns.start(campaign.id());
            // two senders with their own workers and connections, as two application nodes would have, on one database
            Sender first = senderTo(sink, 100, 2, 3);
            Sender second = senderTo(sink, 100, 2, 3);
            first.work(campaign.id());
            second.work(campaign.id());
            awaitSent(campaign.id());
            Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> !first.working(campaign.id()) && !second.working(campaign.id()));
            Map<String, Integer> received = sink.perRecipient();
            assertThat(everyone).allSatisfy(email -> assertThat(received.get(email)).as(email).isEqualTo(1));
            assertThat(sink.messages()).isEqualTo(everyone.size());
            assertThat(jdbc.queryForObject("select count(distinct smtp_response) from newsletter_delivery where campaign_id = ?",
                    Integer.class, campaign.id())).as("each reply names its own message").isEqualTo(everyone.size());
        }
    }

    @Test
    void theHourlyLimitStopsWorkersUntilTheHourHasRoom() {
        Sender.Throttle throttle = new Sender.Throttle(0);
        assertThat(throttle.acquire(() -> 2, 3)).isTrue();
        assertThat(throttle.acquire(() -> 2, 3)).as("the count is kept between checks").isFalse();
        assertThat(new Sender.Throttle(0).acquire(() -> 10, 0)).as("0 is no limit").isTrue();
    }

    @Test
    void aNewsletterWrittenToTheOutboxCanBeReadThereByAnAdmin() throws Exception {
        String subject = "Outbox issue " + UUID.randomUUID();
        Campaign campaign = oneOff(subject, "Hello from the outbox.");
        // as the site sends when no SMTP server is set: into the folder the outbox pages read
        MailProperties toOutbox = new MailProperties("Springboard <no-reply@example.org>", mail.outboxDir(), null, 0, 1);
        NewsletterProperties properties = new NewsletterProperties(null, null, null, 1, 0, 0, 50, 3, Duration.ZERO, null, null, null, null);
        Sender writer = new Sender(jdbc, transactions, campaigns, issues, links, suppressions, accountsApi, toOutbox, properties, publisher,
                clock);
        try {
            assertThat(writer.sendTest(campaign.id(), TestAccounts.uniqueEmail("outbox"))).isEqualTo("written to the outbox");
        }
        finally {
            writer.destroy();
        }

        TestAccounts.Created admin = accounts.create(Role.ADMIN);
        String list = mvc.perform(get("/admin/outbox").with(admin.login())).andExpect(status().isOk())
            .andReturn().getResponse().getContentAsString();
        java.util.regex.Matcher link = java.util.regex.Pattern.compile("href=\"(/admin/outbox/[^\"]+)\">\\[Test\\] "
                + java.util.regex.Pattern.quote(subject)).matcher(list);
        assertThat(link.find()).as("the outbox lists the newsletter message").isTrue();
        mvc.perform(get(link.group(1)).with(admin.login())).andExpect(status().isOk())
            .andExpect(content().string(org.hamcrest.Matchers.containsString(subject)))
            .andExpect(content().string(org.hamcrest.Matchers.containsString("Hello from the outbox.")));
    }

    private Sender senderTo(SmtpSink sink, int pauseAfterErrors, int maxAttempts) {
        return senderTo(sink, pauseAfterErrors, maxAttempts, 1);
    }

    private Sender senderTo(SmtpSink sink, int pauseAfterErrors, int maxAttempts, int workers) {
        MailProperties toSink = new MailProperties("Springboard <no-reply@example.org>", null,
                new MailProperties.Smtp("127.0.0.1", sink.port(), null, null, false), 0, 1);
        NewsletterProperties properties = new NewsletterProperties(null, null, null, workers, 0, 0, pauseAfterErrors, maxAttempts, Duration.ZERO, null,
                null, null, null);
        return new Sender(jdbc, transactions, campaigns, issues, links, suppressions, accountsApi, toSink, properties, publisher, clock);
    }

    private Campaign oneOff(String subject, String body) {
        Campaign campaign = campaigns.newOneOff(accounts.create(Role.EDITOR).id());
        campaigns.write(campaign.id(), subject, "", body, null, region);
        return campaign;
    }

    private String subscriber(String name, String status, String topics) {
        String email = TestAccounts.uniqueEmail(name);
        jdbc.update("insert into newsletter_subscriber (email, status, topics, region, source, created_at)"
                + " values (?, ?, cast(? as text[]), ?, 'FORM', now())", email, status, topics, region);
        return email;
    }

    private void awaitSent(long id) {
        Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(50))
            .until(() -> "SENT".equals(campaignStatus(id)));
    }

    private String campaignStatus(long id) {
        return jdbc.queryForObject("select status from newsletter_campaign where id = ?", String.class, id);
    }

    private Map<String, Object> delivery(long campaignId, String email) {
        return jdbc.queryForMap("select state, attempts, smtp_response from newsletter_delivery where campaign_id = ? and email = ?",
                campaignId, email);
    }
}
