package uk.org.ncjaa.springboard.newsletter.sending;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.eclipse.angus.mail.smtp.SMTPTransport;

import uk.org.ncjaa.springboard.shared.mail.MailProperties;

/**
 * One worker's way out: a single SMTP connection kept open across messages (connecting for each
 * one would cost more than sending it), or the outbox folder when no SMTP server is set.
 */
public class Postbox implements AutoCloseable {

    /** The server refused the message for a reason that will not pass (a 5xx reply). */
    public static class Refused extends Exception {

        Refused(String reply, Throwable cause) {
            super(reply, cause);
        }
    }

    /** Sending failed for a reason that may pass: a 4xx reply, a timeout, a dropped connection. */
    public static class Deferred extends Exception {

        Deferred(String reason, Throwable cause) {
            super(reason, cause);
        }
    }

    private final MailProperties properties;
    private final Session session;
    private Transport transport;

    Postbox(MailProperties properties) {
        this.properties = properties;
        Properties settings = new Properties();
        if (properties.usesSmtp()) {
            settings.put("mail.smtp.host", properties.smtp().host());
            settings.put("mail.smtp.port", String.valueOf(properties.smtp().port()));
            settings.put("mail.smtp.starttls.enable", String.valueOf(properties.smtp().starttls()));
            settings.put("mail.smtp.connectiontimeout", "10000");
            settings.put("mail.smtp.timeout", "10000");
            settings.put("mail.smtp.writetimeout", "10000");
            boolean auth = properties.smtp().username() != null && !properties.smtp().username().isBlank();
            settings.put("mail.smtp.auth", String.valueOf(auth));
        }
        this.session = Session.getInstance(settings);
    }

    Session session() {
        return session;
    }

    /** @return the server's reply, kept with the delivery as proof */
    String send(MimeMessage message) throws Refused, Deferred {
        if (!properties.usesSmtp()) {
            return toOutbox(message);
        }
        try {
            if (transport == null || !transport.isConnected()) {
                transport = session.getTransport("smtp");
                transport.connect(properties.smtp().host(), properties.smtp().port(), properties.smtp().username(),
                        properties.smtp().password());
            }
            transport.sendMessage(message, message.getAllRecipients());
            String reply = transport instanceof SMTPTransport smtp ? smtp.getLastServerResponse() : "sent";
            return reply == null ? "sent" : reply.strip();
        }
        catch (MessagingException ex) {
            int code = -1;
            String reply = null;
            // the refusal of an address or of the message carries its own reply; the connection's last one may be a later RSET
            for (Exception e = ex; e != null; e = e instanceof MessagingException m ? m.getNextException() : null) {
                if (e instanceof SMTPAddressFailedException failed) {
                    code = failed.getReturnCode();
                    reply = failed.getMessage();
                    break;
                }
                if (e instanceof SMTPSendFailedException failed) {
                    code = failed.getReturnCode();
                    reply = failed.getMessage();
                    break;
                }
            }
            if (code < 0 && transport instanceof SMTPTransport smtp) {
                code = smtp.getLastReturnCode();
                reply = smtp.getLastServerResponse();
            }
            reply = reply == null ? String.valueOf(ex.getMessage()) : reply.strip();
            if (code >= 500 && code < 600) {
                // some servers end the session after a refusal: the next message starts a new one
                closeQuietly();
                throw new Refused(reply, ex);
            }
            closeQuietly();
            throw new Deferred(code > 0 ? reply : "No answer from the mail server: " + ex.getClass().getSimpleName(), ex);
        }
    }

    private String toOutbox(MimeMessage message) throws Deferred {
        try {
            Files.createDirectories(properties.outboxDir());
            String id = message.getMessageID().replaceAll("[^A-Za-z0-9.-]", "");
            Path file = properties.outboxDir().resolve("newsletter-" + id + ".eml");
            try (OutputStream out = Files.newOutputStream(file)) {
                message.writeTo(out);
            }
            return "written to the outbox";
        }
        catch (IOException | MessagingException ex) {
            throw new Deferred("Could not write to the outbox", ex);
        }
    }

    private void closeQuietly() {
        if (transport != null) {
            try {
                transport.close();
            }
            catch (MessagingException ignored) {
                // already broken; a new connection is made for the next message
            }
            transport = null;
        }
    }

    @Override
    public void close() {
        closeQuietly();
    }
}
