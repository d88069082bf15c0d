package uk.org.ncjaa.springboard.shared.mail;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.env.StandardEnvironment;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

import static org.assertj.core.api.Assertions.assertThat;

class MailerTests {

    @TempDir
    Path outbox;

    private final Clock clock = Clock.fixed(Instant.parse("2026-11-23T10:15:30Z"), ZoneOffset.UTC);

    @Test
    void writesAnEmailWithHtmlAndPlainTextToTheOutboxWhenNoServerIsSet() throws Exception {
        Mailer mailer = new Mailer(htmlEngine(), new MailProperties("Springboard <no-reply@example.org>", outbox, null, 0, 1),
                new StandardEnvironment(), clock, bundles(),
                new org.springframework.beans.factory.support.StaticListableBeanFactory().getBeanProvider(uk.org.ncjaa.springboard.shared.i18n.RecipientLanguage.class));
        mailer.send(new MailRequested("ada@example.org", "Confirm your email address for Springboard", "verify-email",
                Map.of("name", "Ada <script>", "token", "abc123")));

        List<Path> files = Files.list(outbox).toList();
        assertThat(files).hasSize(1);
        String eml = Files.readString(files.get(0));
        assertThat(eml).contains("To: ada@example.org").contains("multipart/alternative")
            .contains("text/plain").contains("text/html")
            .contains("http://localhost:8080/verify?token=abc123")
            .contains("Ada &lt;script&gt;");

        Outbox reader = new Outbox(new MailProperties(null, outbox, null, 0, 1));
        Outbox.OutboxMessage message = reader.list(10).get(0);
        assertThat(message.subject()).isEqualTo("Confirm your email address for Springboard");
        assertThat(message.to()).isEqualTo("ada@example.org");
        assertThat(message.text()).contains("Hello Ada <script>,").contains("/verify?token=abc123");
        assertThat(reader.find(message.id())).isPresent();
        assertThat(reader.find("../../etc/passwd")).as("ids cannot escape the outbox").isEmpty();
    }

    @Test
    void findsAMessageWhoseNameHasDotsButNothingOutsideTheOutbox() throws Exception {
        Path inside = outbox.resolve("mail");
        Files.createDirectories(inside);
        String eml = "From: a@example.org\r\nTo: b@example.org\r\nSubject: Dotted\r\n\r\nHello.\r\n";
        String newsletter = "newsletter-newsletter-test.12.5f0c2a4e-8d1b-4c3a-9e7f-0a1b2c3d4e5flocalhost";
        Files.writeString(inside.resolve(newsletter + ".eml"), eml);
        Files.writeString(outbox.resolve("secret.eml"), eml);
        Outbox reader = new Outbox(new MailProperties(null, inside, null, 0, 1));

        assertThat(reader.find(newsletter)).hasValueSatisfying(m -> assertThat(m.subject()).isEqualTo("Dotted"));
        assertThat(reader.list(10)).extracting(Outbox.OutboxMessage::id).containsExactly(newsletter);
        assertThat(reader.find("..")).isEmpty();
        assertThat(reader.find("...secret")).isEmpty();
        assertThat(reader.find("../secret")).isEmpty();
        assertThat(reader.find(".hidden")).isEmpty();
    }

    @Test
    void everyMailTemplateRendersInBothForms() throws Exception {
        Mailer mailer = new Mailer(htmlEngine(), new MailProperties(null, outbox, null, 0, 1), new StandardEnvironment(), clock, new org.springframework.context.support.StaticMessageSource(),
                new org.springframework.beans.factory.support.StaticListableBeanFactory().getBeanProvider(uk.org.ncjaa.springboard.shared.i18n.RecipientLanguage.class));
        for (String template : List.of("verify-email", "account-exists", "reset-password", "password-changed", "email-in-use",
                "confirm-email-change", "email-changed", "two-factor-enabled")) {
            var message = mailer.compose(new MailRequested("a@example.org", "Subject", template,
                    Map.of("name", "Ada", "token", "t0k3n")));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            message.writeTo(out);
            assertThat(out.toString()).as(template).contains("text/plain").contains("text/html").doesNotContain("${");
        }
    }

    @Test
    void sendsNoFasterThanItsPace() throws Exception {
        // four a second: four go at once, then one every quarter of a second
        Mailer mailer = new Mailer(htmlEngine(), new MailProperties(null, outbox, null, 4, 1), new StandardEnvironment(), clock, new org.springframework.context.support.StaticMessageSource(),
                new org.springframework.beans.factory.support.StaticListableBeanFactory().getBeanProvider(uk.org.ncjaa.springboard.shared.i18n.RecipientLanguage.class));
        long started = System.nanoTime();
        for (int i = 0; i < 6; i++) {
            mailer.on(new MailRequested("a" + i + "@example.org", "Subject", "verify-email", Map.of("name", "Ada", "token", "t")));
        }
        long millis = (System.nanoTime() - started) / 1_000_000;

        assertThat(Files.list(outbox).count()).isEqualTo(6);
        assertThat(millis).as("the fifth and sixth waited their turn").isGreaterThanOrEqualTo(450);
    }

    /** The message bundles the verify-email template's words come from. */
    private static org.springframework.context.MessageSource bundles() {
        org.springframework.context.support.ResourceBundleMessageSource bundles = new org.springframework.context.support.ResourceBundleMessageSource();
        bundles.setBasenames("i18n/shared", "i18n/accounts");
        bundles.setDefaultEncoding("UTF-8");
        bundles.setFallbackToSystemLocale(false);
        return bundles;
    }

    private static SpringTemplateEngine htmlEngine() {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("templates/");
        resolver.setSuffix(".html");
        resolver.setCharacterEncoding("UTF-8");
        SpringTemplateEngine engine = new SpringTemplateEngine();
        engine.setTemplateResolver(resolver);
        engine.setTemplateEngineMessageSource(bundles());
        return engine;
    }
}
