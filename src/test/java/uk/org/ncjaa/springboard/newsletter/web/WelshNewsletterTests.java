package uk.org.ncjaa.springboard.newsletter.web;

import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import uk.org.ncjaa.springboard.support.SpringboardTest;
import uk.org.ncjaa.springboard.support.TestAccounts;
import uk.org.ncjaa.springboard.support.TestMail.Inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The newsletter's pages and emails in Welsh, and in English as before. */
@SpringboardTest
class WelshNewsletterTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Inbox inbox;

    @Test
    void thePublicPagesInWelsh() throws Exception {
        String subscribe = page("/newsletter?lang=cy");
        assertThat(subscribe).contains("<html lang=\"cy\"").contains("<h1>Cael y cylchlythyr misol</h1>").contains("Cymru a Lloegr gyfan")
            .contains("Digwyddiadau a hyfforddiant").contains("Drwy danysgrifio rydych yn cytuno: Anfon cylchlythyr misol y gynghrair ataf drwy e-bost.")
            .doesNotContain("Get the monthly newsletter").doesNotContain("??");
        for (String path : new String[] { "/newsletter/manage?lang=cy", "/newsletter/check-email?lang=cy", "/newsletter/archive?lang=cy" }) {
            assertThat(page(path)).as(path).contains("<html lang=\"cy\"").doesNotContain("??");
        }
        String broken = mvc.perform(get("/newsletter/confirm/not-a-token?lang=cy")).andReturn().getResponse().getContentAsString();
        assertThat(broken).contains("Nid yw&#39;r ddolen hon yn gweithio").doesNotContain("??");
        String problems = mvc.perform(post("/newsletter").with(csrf()).param("lang", "cy").param("email", "nope").param("topics", "gossip"))
            .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(problems).contains("Mae problem wedi codi").contains("Rhowch eich cyfeiriad e-bost, fel enw@example.org")
            .contains("Dewiswch bynciau o&#39;r rhestr");
    }

    @Test
    void someoneWhoSubscribesFromAWelshPageGetsTheirEmailsInWelsh() throws Exception {
        String email = TestAccounts.uniqueEmail("tanysgrifiwr");
        mvc.perform(post("/newsletter").with(csrf()).param("lang", "cy").param("email", email).param("name", "Rhys"))
            .andExpect(redirectedUrl("/newsletter/check-email"));
        MimeMessage confirmation = inbox.awaitOne(email, "Cadarnhewch eich tanysgrifiad i'r cylchlythyr");
        String body = decoded(confirmation);
        assertThat(body).contains("Helo Rhys,").contains("Cadarnhewch eich bod am gael y cylchlythyr").doesNotContain("??");
    }

    @Test
    void theEnglishPagesAndEmailsAreUnchanged() throws Exception {
        String subscribe = page("/newsletter");
        assertThat(subscribe).contains("<h1>Get the monthly newsletter</h1>").contains("All of England and Wales")
            .contains("By subscribing you agree: Send me the alliance&#39;s monthly newsletter by email.")
            .contains("Read our <a href=\"/privacy\">privacy notice</a>.");
        String email = TestAccounts.uniqueEmail("subscriber");
        mvc.perform(post("/newsletter").with(csrf()).param("email", email)).andExpect(redirectedUrl("/newsletter/check-email"));
        String body = decoded(inbox.awaitOne(email, "Confirm your newsletter subscription"));
        assertThat(body).contains("Hello,").contains("Someone, we hope you, asked for the National Criminal Justice Arts Alliance")
            .contains("Confirm that you want the newsletter:");
    }

    private String page(String path) throws Exception {
        return mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private static String decoded(jakarta.mail.Part part) throws Exception {
        Object content = part.getContent();
        if (content instanceof jakarta.mail.Multipart multipart) {
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < multipart.getCount(); i++) {
                text.append(decoded(multipart.getBodyPart(i))).append('\n');
            }
            return text.toString();
        }
        return content instanceof String string ? string : "";
    }
}
