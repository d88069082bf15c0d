package uk.org.ncjaa.springboard.newsletter.domain;

import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import uk.org.ncjaa.springboard.newsletter.NewsletterProperties;
import uk.org.ncjaa.springboard.support.SpringboardTest;
import uk.org.ncjaa.springboard.support.TestAccounts;

import static org.assertj.core.api.Assertions.assertThat;

/** The mailto: unsubscribe: emails in a real IMAP mailbox (GreenMail's), read and acted on once. */
@SpringboardTest
class UnsubscribeMailboxTests {

    @Autowired
    Links links;

    @Autowired
    Subscribers subscribers;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void anEmailWithTheTokenOrFromTheAddressUnsubscribesAndIsReadOnce() throws Exception {
        GreenMail server = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_IMAP));
        server.start();
        try {
            GreenMailUser mailbox = server.setUser("unsubscribe@example.org", "unsubscribe", "mailbox-password");
            String withToken = TestAccounts.uniqueEmail("token");
            String byHand = TestAccounts.uniqueEmail("byhand");
            String stays = TestAccounts.uniqueEmail("stays");
            long tokenId = confirmed(withToken);
            confirmed(byHand);
            confirmed(stays);
            // the token names the subscriber, whoever the email comes from (a forwarding address, say)
            mailbox.deliver(message("someone-else@example.org", "unsubscribe " + links.manage(tokenId)));
            mailbox.deliver(message(byHand, "Please take me off your list"));
            mailbox.deliver(message("stranger@example.org", "unsubscribe " + links.manage(tokenId).replace('.', '-')));

            UnsubscribeMailbox reader = new UnsubscribeMailbox(new NewsletterProperties(null, null, null, 0, 0, 0, 0, 0, null, null, null,
                    null, new NewsletterProperties.Imap("127.0.0.1", server.getImap().getPort(), "unsubscribe", "mailbox-password", false)),
                    links, subscribers);
            assertThat(reader.read()).isEqualTo(2);
            assertThat(status(withToken)).isEqualTo("UNSUBSCRIBED");
            assertThat(status(byHand)).isEqualTo("UNSUBSCRIBED");
            assertThat(status(stays)).isEqualTo("CONFIRMED");
            assertThat(reader.read()).as("each email is read once").isZero();
        }
        finally {
            server.stop();
        }
    }

    private MimeMessage message(String from, String subject) throws Exception {
        MimeMessage message = new MimeMessage(Session.getInstance(new java.util.Properties()));
        message.setFrom(new InternetAddress(from));
        message.setRecipients(jakarta.mail.Message.RecipientType.TO, "unsubscribe@example.org");
        message.setSubject(subject);
        message.setText("Sent by a mail client from the List-Unsubscribe header.");
        return message;
    }

    private long confirmed(String email) {
        return jdbc.queryForObject("insert into newsletter_subscriber (email, status, topics, source, created_at, confirmed_at)"
                + " values (?, 'CONFIRMED', '{news}', 'FORM', now(), now()) returning id", Long.class, email);
    }

    private String status(String email) {
        return jdbc.queryForObject("select status from newsletter_subscriber where lower(email) = ?", String.class, email);
    }
}
