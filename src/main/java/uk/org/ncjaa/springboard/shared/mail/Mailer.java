package uk.org.ncjaa.springboard.shared.mail;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Async;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.stereotype.Service;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

import uk.org.ncjaa.springboard.shared.i18n.Languages;
import uk.org.ncjaa.springboard.shared.i18n.RecipientLanguage;

/**
 * Renders an email from its HTML and plain-text templates and delivers it: over SMTP when
 * configured, otherwise as an {@code .eml} file in the outbox, which admins read at {@code /admin/outbox}.
 */
@Service
public class Mailer {

    /** The threads that send what is asked for by {@link MailRequested}. */
    public static final String EXECUTOR = "mailExecutor";

    private static final Logger log = LoggerFactory.getLogger(Mailer.class);
    private static final String STREAM_PROVIDER = "jakarta.mail.util.StreamProvider";
    private static final String ANGUS_STREAM_PROVIDER = "org.eclipse.angus.mail.util.MailStreamProvider";
    private static final DateTimeFormatter FILE_TIME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS")
        .withZone(ZoneOffset.UTC);

    private final ITemplateEngine htmlTemplates;
    private final TemplateEngine textTemplates;
    private final MailProperties properties;
    private final String baseUrl;
    private final Clock clock;
    /**
     * Makes every message (one mail session and one table of file types, both costly to build, shared by
     * all of them) and, when SMTP is configured, sends it.
     */
    private final JavaMailSenderImpl sender;
    private final Bucket pace;

    static {
        // Jakarta Mail looks up its stream provider for every part of every message the application builds (the
        // newsletter's too), by default through a ServiceLoader scan of the whole class path; naming the provider
        // turns that into one class lookup
        if (System.getProperty(STREAM_PROVIDER) == null) {
            try {
                Class.forName(ANGUS_STREAM_PROVIDER, false, Mailer.class.getClassLoader());
                System.setProperty(STREAM_PROVIDER, ANGUS_STREAM_PROVIDER);
            }
            catch (ClassNotFoundException ex) {
                // another implementation: its own lookup stands
            }
        }
    }

    private final org.springframework.context.MessageSource messages;
    private final java.util.List<RecipientLanguage> languages;

    Mailer(ITemplateEngine templateEngine, MailProperties properties,
            org.springframework.core.env.Environment environment, Clock clock,
            org.springframework.context.MessageSource messages,
            org.springframework.beans.factory.ObjectProvider<RecipientLanguage> languages) {
        this.htmlTemplates = templateEngine;
        this.messages = messages;
        this.languages = languages.orderedStream().toList();
        this.textTemplates = textEngine(messages);
        this.properties = properties;
        this.baseUrl = environment.getProperty("springboard.base-url", "http://localhost:8080");
        this.clock = clock;
        this.sender = properties.usesSmtp() ? smtpSender(properties.smtp()) : new JavaMailSenderImpl();
        this.pace = properties.perSecond() > 0 ? Bucket.builder()
            .addLimit(Bandwidth.builder().capacity(properties.perSecond()).refillGreedy(properties.perSecond(), Duration.ofSeconds(1)).build())
            .build() : null;
    }

    /**
     * Sends once the asking transaction has committed, on the mail threads and no faster than
     * {@code springboard.mail.per-second}: a rush of bookings is answered first, and its emails follow
     * at a pace a mail provider accepts. Each request stays recorded until it is sent, so a stop or
     * a crash loses none: those outstanding are sent at the next start.
     */
    @Async(EXECUTOR)
    @TransactionalEventListener
    void on(MailRequested request) throws InterruptedException {
        if (pace != null) {
            pace.asBlocking().consume(1);
        }
        send(request);
    }

    public void send(MailRequested request) {
        MimeMessage message = compose(request);
        if (properties.usesSmtp()) {
            sender.send(message);
        }
        else {
            writeToOutbox(message);
        }
        log.info("Sent '{}' email", request.template());
    }

    /** An email's two parts. */
    public record Rendered(String html, String text) {
    }

    /** Renders {@code templates/mail/<template>.html} and {@code .txt} in English with the model, {@code baseUrl} and {@code subject}. */
    public Rendered render(String template, String subject, Map<String, ?> values) {
        return render(template, subject, values, Languages.ENGLISH);
    }

    /** Renders an email in a language: its words from the message bundles, its dates in that language's form. */
    public Rendered render(String template, String subject, Map<String, ?> values, Locale locale) {
        Map<String, Object> model = new HashMap<>(values);
        model.put("baseUrl", baseUrl);
        model.put("subject", subject(template, subject, values, locale));
        model.put("lang", Languages.welsh(locale) ? "cy" : "en-GB");
        Context context = new Context(locale, model);
        return new Rendered(htmlTemplates.process("mail/" + template, context), textTemplates.process(template, context));
    }

    /** The language the recipient chose, English when nobody knows the address. */
    public Locale languageOf(String to) {
        for (RecipientLanguage language : languages) {
            Locale locale = language.of(to);
            if (locale != null) {
                return locale;
            }
        }
        return Languages.ENGLISH;
    }

    /**
     * The subject in the email's language: the bundle's {@code mail.<template>.subject}, where a
     * {@code {name}} is the model's value of that name, or the subject the sender gave.
     */
    String subject(String template, String given, Map<String, ?> values, Locale locale) {
        String pattern = messages.getMessage("mail." + template + ".subject", null, null, locale);
        if (pattern == null) {
            return given;
        }
        StringBuilder subject = new StringBuilder();
        java.util.regex.Matcher names = java.util.regex.Pattern.compile("\\{([A-Za-z][A-Za-z0-9]*)}").matcher(pattern);
        while (names.find()) {
            Object value = values.get(names.group(1));
            names.appendReplacement(subject, java.util.regex.Matcher.quoteReplacement(value == null ? "" : value.toString()));
        }
        names.appendTail(subject);
        return subject.toString();
    }

    public String baseUrl() {
        return baseUrl;
    }

    MimeMessage compose(MailRequested request) {
        Locale locale = languageOf(request.to());
        Rendered rendered = render(request.template(), request.subject(), request.model(), locale);
        String html = rendered.html();
        String text = rendered.text();
        try {
            MimeMessage message = sender.createMimeMessage();
            MimeMessageHelper helper = new MimeMessageHelper(message, true, "UTF-8");
            helper.setFrom(properties.from());
            helper.setTo(request.to());
            helper.setSubject(subject(request.template(), request.subject(), request.model(), locale));
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
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file))) {
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

    private static TemplateEngine textEngine(org.springframework.context.MessageSource messages) {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("templates/mail/");
        resolver.setSuffix(".txt");
        resolver.setTemplateMode(TemplateMode.TEXT);
        resolver.setCharacterEncoding("UTF-8");
        // Spring's engine, so text templates use the same expression language (SpEL) as the pages.
        org.thymeleaf.spring6.SpringTemplateEngine engine = new org.thymeleaf.spring6.SpringTemplateEngine();
        engine.setTemplateEngineMessageSource(messages);
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
