package uk.org.ncjaa.springboard.newsletter.web;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import uk.org.ncjaa.springboard.accounts.Role;
import uk.org.ncjaa.springboard.events.TestEvents;
import uk.org.ncjaa.springboard.events.TicketKind;
import uk.org.ncjaa.springboard.events.domain.EventCatalogue;
import uk.org.ncjaa.springboard.events.domain.EventDetails;
import uk.org.ncjaa.springboard.newsletter.domain.Campaign;
import uk.org.ncjaa.springboard.newsletter.domain.CampaignItem;
import uk.org.ncjaa.springboard.newsletter.domain.Campaigns;
import uk.org.ncjaa.springboard.newsletter.sending.Sends;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SpringboardTest
class CampaignAdminControllerTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestAccounts accounts;

    @Autowired
    Campaigns campaigns;

    @Autowired
    Sends sends;

    @Autowired
    EventCatalogue events;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Inbox inbox;

    private final String region = "admin-" + UUID.randomUUID().toString().substring(0, 8);

    @Test
    void editorsBuildTheDigestThenEditReorderAndRemoveItsItems() throws Exception {
        TestAccounts.Created editor = accounts.create(Role.MEMBER, Role.EDITOR);
        for (int i = 0; i < 3; i++) {
            events.create(TestEvents.details("Admin digest event " + i, uk.org.ncjaa.springboard.events.EventKind.WEBINAR, 10,
                    Map.of(TicketKind.FREE, new EventDetails.Ticket(0, 10)), Instant.now().plus(Duration.ofMinutes(2 + i))), true);
        }
        String location = mvc.perform(post("/admin/newsletter/campaigns").with(csrf()).with(editor.login()).param("kind", "digest"))
            .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        mvc.perform(get(location).with(editor.login())).andExpect(status().isOk())
            .andExpect(content().string(containsString("Admin digest event 0")))
            .andExpect(content().string(containsString("Events and training")));

        List<CampaignItem> items = campaigns.get(id).sections().values().iterator().next();
        CampaignItem first = items.get(0);
        CampaignItem second = items.get(1);
        mvc.perform(post(location + "/items/" + second.id()).with(csrf()).with(editor.login()).param("action", "up"))
            .andExpect(status().is3xxRedirection());
        assertThat(campaigns.get(id).sections().values().iterator().next().get(0).id()).isEqualTo(second.id());
        mvc.perform(post(location + "/items/" + first.id()).with(csrf()).with(editor.login()).param("action", "save")
            .param("title", "A better title").param("summary", "Worth the trip."));
        assertThat(campaigns.get(id).items()).filteredOn(i -> i.id().equals(first.id())).singleElement()
            .satisfies(i -> assertThat(i.title()).isEqualTo("A better title"));
        mvc.perform(post(location + "/items/" + first.id()).with(csrf()).with(editor.login()).param("action", "remove"));
        assertThat(campaigns.get(id).items()).extracting(CampaignItem::id).doesNotContain(first.id());

        mvc.perform(post(location + "/items").with(csrf()).with(editor.login()).param("section", "opportunities")
            .param("title", "Artist in residence wanted").param("url", "javascript:alert(1)").param("summary", "Kept summary"))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("Enter a web address starting https://")))
            .andExpect(content().string(containsString("value=\"Artist in residence wanted\"")))
            .andExpect(content().string(containsString("Kept summary")));
        mvc.perform(post(location + "/items").with(csrf()).with(editor.login()).param("section", "opportunities")
            .param("title", "Artist in residence wanted").param("url", "https://example.org/residency"))
            .andExpect(status().is3xxRedirection());
        // the section may hold opportunities other tests published in the digest's period: the one added is there once
        assertThat(campaigns.get(id).sections().get(uk.org.ncjaa.springboard.newsletter.Topic.OPPORTUNITIES))
            .filteredOn(i -> i.title().equals("Artist in residence wanted"))
            .singleElement().satisfies(i -> assertThat(i.url()).isEqualTo("https://example.org/residency"));

        mvc.perform(post(location).with(csrf()).with(editor.login()).param("subject", "").param("intro", "Kept intro <b>text</b>")
            .param("topic", "gossip"))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("Enter a subject line")))
            .andExpect(content().string(containsString("Choose a topic from the list")))
            .andExpect(content().string(containsString("Kept intro &lt;b&gt;text&lt;/b&gt;")));

        assertThat(campaigns.get(id).inArchive()).as("a digest goes in the archive unless staff say not").isTrue();
        mvc.perform(post(location).with(csrf()).with(editor.login()).param("subject", "For the network only").param("intro", "Hi."))
            .andExpect(status().is3xxRedirection());
        assertThat(campaigns.get(id).inArchive()).isFalse();
        assertThat(campaigns.get(id).subject()).isEqualTo("For the network only");
    }

    @Test
    void thePreviewShowsTheEmailInFramesOfItsOwnWithAPolicyThatRunsNothing() throws Exception {
        TestAccounts.Created editor = accounts.create(Role.MEMBER, Role.EDITOR);
        Campaign campaign = campaigns.newOneOff(editor.id());
        campaigns.write(campaign.id(), "Preview me", "", "Hello <script>alert(1)</script> there.", null, null);
        String base = "/admin/newsletter/campaigns/" + campaign.id();
        mvc.perform(get(base + "/preview").with(editor.login())).andExpect(status().isOk())
            .andExpect(content().string(containsString("preview--narrow")))
            .andExpect(content().string(containsString("Hello &lt;script&gt;alert(1)&lt;/script&gt; there.")));
        mvc.perform(get(base + "/preview.html").with(editor.login())).andExpect(status().isOk())
            .andExpect(header().string("Content-Security-Policy", containsString("default-src 'none'")))
            .andExpect(header().string("X-Frame-Options", "SAMEORIGIN"))
            .andExpect(content().string(not(containsString("<script>"))));
    }

    @Test
    void thePreviewPageMayFrameItsOwnEmailAndNoOtherPageMayBeFramed() throws Exception {
        TestAccounts.Created editor = accounts.create(Role.MEMBER, Role.EDITOR);
        Campaign campaign = campaigns.newOneOff(editor.id());
        campaigns.write(campaign.id(), "Framed", "", "Hello.", null, null);
        String base = "/admin/newsletter/campaigns/" + campaign.id();

        var page = mvc.perform(get(base + "/preview").with(editor.login())).andExpect(status().isOk()).andReturn().getResponse();
        assertThat(page.getHeaders("Content-Security-Policy")).singleElement().satisfies(policy -> assertThat(directive(policy, "frame-src"))
            .as("the preview frames the email from this site").contains("'self'"));
        assertThat(directive(page.getHeader("Content-Security-Policy"), "frame-ancestors")).isEqualTo("frame-ancestors 'none'");
        assertThat(page.getHeader("X-Frame-Options")).isEqualTo("DENY");

        var email = mvc.perform(get(base + "/preview.html").with(editor.login())).andExpect(status().isOk()).andReturn().getResponse();
        assertThat(email.getHeaders("Content-Security-Policy")).as("one policy, so no second one forbids the frame").singleElement()
            .satisfies(policy -> assertThat(directive(policy, "frame-ancestors")).isEqualTo("frame-ancestors 'self'"));
        assertThat(email.getHeaders("X-Frame-Options")).containsExactly("SAMEORIGIN");

        var other = mvc.perform(get(base).with(editor.login())).andExpect(status().isOk()).andReturn().getResponse();
        assertThat(directive(other.getHeader("Content-Security-Policy"), "frame-ancestors")).isEqualTo("frame-ancestors 'none'");
        assertThat(directive(other.getHeader("Content-Security-Policy"), "frame-src")).doesNotContain("'self'");
        assertThat(other.getHeader("X-Frame-Options")).isEqualTo("DENY");
    }

    private static String directive(String policy, String name) {
        return java.util.Arrays.stream(policy.split(";")).map(String::strip).filter(d -> d.startsWith(name + " ")).findFirst()
            .orElse("");
    }

    @Test
    void aTestGoesToTheEditorAloneAndSchedulingChecksTheTime() throws Exception {
        TestAccounts.Created editor = accounts.create(Role.MEMBER, Role.EDITOR);
        Campaign campaign = campaigns.newOneOff(editor.id());
        String base = "/admin/newsletter/campaigns/" + campaign.id();
        mvc.perform(post(base + "/test").with(csrf()).with(editor.login())).andExpect(status().is3xxRedirection());
        assertThat(inbox.awaitOne(editor.email(), "[Test] A message from the NCJAA")).isNotNull();
        assertThat(jdbc.queryForObject("select count(*) from newsletter_delivery where campaign_id = ?", Integer.class, campaign.id()))
            .isZero();

        mvc.perform(post(base + "/schedule").with(csrf()).with(editor.login()).param("at", "2020-01-01T09:00"))
            .andExpect(status().isOk()).andExpect(content().string(containsString("Choose a time in the future")))
            .andExpect(content().string(containsString("value=\"2020-01-01T09:00\"")));
        mvc.perform(post(base + "/schedule").with(csrf()).with(editor.login()).param("at", "next tuesday"))
            .andExpect(status().isOk()).andExpect(content().string(containsString("Enter a date and time")));
        String future = LocalDateTime.now(ZoneId.of("Europe/London")).plusDays(2).withSecond(0).withNano(0).toString();
        mvc.perform(post(base + "/schedule").with(csrf()).with(editor.login()).param("at", future))
            .andExpect(status().isOk()).andExpect(content().string(containsString("Write the email before sending it")));
        assertThat(campaigns.get(campaign.id()).status()).isEqualTo(Campaign.Status.DRAFT);
    }

    @Test
    void aScheduledSendStartsWhenDueAndItsProgressIsShownAsItGoes() throws Exception {
        TestAccounts.Created editor = accounts.create(Role.MEMBER, Role.EDITOR);
        for (int i = 0; i < 3; i++) {
            jdbc.update("insert into newsletter_subscriber (email, status, topics, region, source, created_at)"
                    + " values (?, 'CONFIRMED', '{news}', ?, 'FORM', now())", TestAccounts.uniqueEmail("progress"), region);
        }
        Campaign campaign = campaigns.newOneOff(editor.id());
        campaigns.write(campaign.id(), "Scheduled " + region, "", "It is time.", null, region, true);
        String base = "/admin/newsletter/campaigns/" + campaign.id();
        String soon = LocalDateTime.now(ZoneId.of("Europe/London")).plusMinutes(2).withSecond(0).withNano(0).toString();
        mvc.perform(post(base + "/schedule").with(csrf()).with(editor.login()).param("at", soon)).andExpect(status().is3xxRedirection());
        assertThat(campaigns.get(campaign.id()).status()).isEqualTo(Campaign.Status.SCHEDULED);
        sends.dispatch();
        assertThat(campaigns.get(campaign.id()).status()).as("not due yet").isEqualTo(Campaign.Status.SCHEDULED);

        jdbc.update("update newsletter_campaign set scheduled_at = now() - interval '1 second' where id = ?", campaign.id());
        sends.dispatch();
        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> campaigns.get(campaign.id()).status() == Campaign.Status.SENT);
        mvc.perform(get(base).with(editor.login()).header("HX-Request", "true")).andExpect(status().isOk())
            .andExpect(content().string(containsString("3 of 3 done (100%)")))
            .andExpect(content().string(not(containsString("<html"))))
            .andExpect(content().string(not(containsString("hx-trigger"))));
        mvc.perform(post(base).with(csrf()).with(editor.login()).param("subject", "Too late"))
            .andExpect(content().string(containsString("can no longer be changed")));
        mvc.perform(get("/newsletter/archive")).andExpect(content().string(containsString("Scheduled " + region)));
        mvc.perform(get("/newsletter/archive/" + campaign.id())).andExpect(status().isOk())
            .andExpect(content().string(containsString("It is time.")));
    }

    @Test
    void sendingNeedsSomeoneToSendTo() throws Exception {
        TestAccounts.Created editor = accounts.create(Role.MEMBER, Role.EDITOR);
        Campaign campaign = campaigns.newOneOff(editor.id());
        campaigns.write(campaign.id(), "Nobody", "", "Body.", null, "nowhere-" + UUID.randomUUID());
        mvc.perform(post("/admin/newsletter/campaigns/" + campaign.id() + "/send").with(csrf()).with(editor.login()))
            .andExpect(status().isOk()).andExpect(content().string(containsString("Nobody would get it")));
        assertThat(campaigns.get(campaign.id()).status()).isEqualTo(Campaign.Status.DRAFT);
    }

}
