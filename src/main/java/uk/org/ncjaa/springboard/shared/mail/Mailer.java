package uk.org.ncjaa.springboard.shared.mail;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Renders an email from its HTML and plain-text templates and delivers it: over SMTP when
 * configured, otherwise as an {@code .eml} file in the outbox, which admins read at {@code /admin/outbox}.
 */
@Service
public class Mailer {

    private static final Logger log = LoggerFactory.getLogger(Mailer.class);
    private static final DateTimeFormatter FILE_TIME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS")
        .withZone(ZoneOffset.UTC);

    private final ITemplateEngine htmlTemplates;
    private final TemplateEngine textTemplates;
    private final MailProperties properties;
    private final String baseUrl;
    private final Clock clock;
    private final JavaMailSenderImpl smtp;

    Mailer(ITemplateEngine templateEngine, MailProperties properties,
            org.springframework.core.env.Environment environment, Clock clock) {
        this.htmlTemplates = templateEngine;
        this.textTemplates = textEngine();
        this.properties = properties;
        this.baseUrl = environment.getProperty("springboard.base-url", "http://localhost:8080");
        this.clock = clock;
        this.smtp = properties.usesSmtp() ? smtpSender(properties.smtp()) : null;
    }

    @ApplicationModuleListener
    void on(MailRequested request) {
        send(request);
    }

    public void send(MailRequested request) {
        MimeMessage message = compose(request);
        if (smtp != null) {
            smtp.send(message);
        }
        else {
            writeToOutbox(message);
        }
        log.info("Sent '{}' email", request.template());
    }

    /** An email's two parts. */
    public record Rendered(String html, String text) {
    }

    /** Renders {@code templates/mail/<template>.html} and {@code .txt} with the model, {@code baseUrl} and {@code subject}. */
    public Rendered render(String template, String subject, Map<String, ?> values) {
        Map<String, Object> model = new HashMap<>(values);
        model.put("baseUrl", baseUrl);
        model.put("subject", subject);
        Context context = new Context(java.util.Locale.UK, model);
        return new Rendered(htmlTemplates.process("mail/" + template, context), textTemplates.process(template, context));
    }

    public String baseUrl() {
        return baseUrl;
    }

    MimeMessage compose(MailRequested request) {
        Rendered rendered = render(request.template(), request.subject(), request.model());
        String html = rendered.html();
        String text = rendered.text();
        try {
            MimeMessage message = new MimeMessage(Session.getInstance(new Properties()));
            MimeMessageHelper helper = new MimeMessageHelper(message, true, "UTF-8");
            helper.setFrom(properties.from());
            helper.setTo(request.to());
            helper.setSubject(request.subject());
            helper.setText(text, html);
            for (MailRequested.Attachment attachment : request.attachments()) {
                helper.addAttachment(attachment.filename(),
                        new org.springframework.core.io.ByteArrayResource(attachment.content()), attachment.contentType());
            }
            message.setSentDate(java.util.Date.from(clock.instant()));
            message.saveChanges();
            return message;
        }
        catch (MessagingException ex) {
            throw new IllegalStateException("Could not compose the '" + request.template() + "' email", ex);
        }
    }

    private void writeToOutbox(MimeMessage message) {
        try {
            Files.createDirectories(properties.outboxDir());
            String name = FILE_TIME.format(clock.instant()) + "-" + UUID.randomUUID().toString().substring(0, 8) + ".eml";
            Path file = properties.outboxDir().resolve(name);
            try (OutputStream out = Files.newOutputStream(file)) {
                message.writeTo(out);
            }
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        catch (MessagingException ex) {
            throw new IllegalStateException(ex);
        }
    }

    private static TemplateEngine textEngine() {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("templates/mail/");
        resolver.setSuffix(".txt");
        resolver.setTemplateMode(TemplateMode.TEXT);
        resolver.setCharacterEncoding("UTF-8");
        // Spring's engine, so text templates use the same expression language (SpEL) as the pages.
        TemplateEngine engine = new org.thymeleaf.spring6.SpringTemplateEngine();
        engine.setTemplateResolver(resolver);
        return engine;
    }

    private static JavaMailSenderImpl smtpSender(MailProperties.Smtp smtp) {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost(smtp.host());
        sender.setPort(smtp.port());
        if (smtp.username() != null && !smtp.username().isBlank()) {
            sender.setUsername(smtp.username());
            sender.setPassword(smtp.password());
            sender.getJavaMailProperties().put("mail.smtp.auth", "true");
        }
        sender.getJavaMailProperties().put("mail.smtp.starttls.enable", String.valueOf(smtp.starttls()));
        sender.getJavaMailProperties().put("mail.smtp.connectiontimeout", "10000");
        sender.getJavaMailProperties().put("mail.smtp.timeout", "10000");
        return sender;
    }
}
