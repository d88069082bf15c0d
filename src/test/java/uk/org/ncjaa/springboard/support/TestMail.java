package uk.org.ncjaa.springboard.support;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.awaitility.Awaitility;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

import uk.org.ncjaa.springboard.shared.mail.MailProperties;

/** A real SMTP server for the tests, and helpers to read what reached it. */
@TestConfiguration(proxyBeanMethods = false)
public class TestMail {

    @Bean(destroyMethod = "stop")
    GreenMail greenMail() {
        GreenMail greenMail = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        greenMail.start();
        return greenMail;
    }

    @Bean
    @Primary
    MailProperties testMailProperties(GreenMail greenMail) throws IOException {
        // no pace and eight threads: test classes share one context, and one class's thousand emails must not hold up the
        // next class's one (MailerTests checks the pace)
        return new MailProperties("Springboard <no-reply@example.org>", Files.createTempDirectory("springboard-outbox"),
                new MailProperties.Smtp("127.0.0.1", greenMail.getSmtp().getPort(), null, null, false), 0, 8);
    }

    @Bean
    Inbox inbox(GreenMail greenMail) {
        return new Inbox(greenMail);
    }

    /** What arrived at the SMTP server, read per recipient. */
    public static class Inbox {

        private static final Pattern LINK = Pattern.compile("https?://[^\\s\"<>]+");

        private final GreenMail greenMail;

        Inbox(GreenMail greenMail) {
            this.greenMail = greenMail;
        }

        public List<MimeMessage> to(String address) {
            return Arrays.stream(greenMail.getReceivedMessages()).filter(m -> sentTo(m, address)).toList();
        }

        /** Waits (polling, bounded) until this many messages have reached the address. */
        public List<MimeMessage> await(String address, int count) {
            Awaitility.await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(50))
                .until(() -> to(address).size() >= count);
            return to(address);
        }

        public MimeMessage awaitOne(String address, String subjectPart) {
            Awaitility.await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(50))
                .until(() -> to(address).stream().anyMatch(m -> subject(m).contains(subjectPart)));
            return to(address).stream().filter(m -> subject(m).contains(subjectPart)).reduce((a, b) -> b).orElseThrow();
        }

        public static String subject(MimeMessage message) {
            try {
                return message.getSubject();
            }
            catch (MessagingException ex) {
                throw new IllegalStateException(ex);
            }
        }

        public static String body(MimeMessage message) {
            return GreenMailUtil.getBody(message);
        }

        /** The first link in the plain-text part whose path starts as given, made relative for MockMvc. */
        public static String link(MimeMessage message, String pathStart) {
            Matcher matcher = LINK.matcher(body(message).replace("=\r\n", "").replace("=3D", "="));
            while (matcher.find()) {
                String url = matcher.group();
                int path = url.indexOf('/', url.indexOf("//") + 2);
                String relative = url.substring(path);
                if (relative.startsWith(pathStart)) {
                    return relative;
                }
            }
            throw new AssertionError("No link to " + pathStart + " in: " + body(message));
        }

        private static boolean sentTo(MimeMessage message, String address) {
            try {
                return Arrays.stream(message.getRecipients(Message.RecipientType.TO))
                    .anyMatch(r -> r.toString().equalsIgnoreCase(address));
            }
            catch (MessagingException ex) {
                return false;
            }
        }
    }
}
