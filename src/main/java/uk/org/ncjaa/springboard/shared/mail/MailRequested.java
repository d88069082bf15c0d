package uk.org.ncjaa.springboard.shared.mail;

import java.util.Map;

/**
 * Ask for an email to be sent once the current transaction commits. Publication is durable: a
 * crash before sending leaves the request to be republished at the next start.
 *
 * @param template names {@code templates/mail/<template>.html} and {@code .txt}
 * @param model values the templates show; {@code baseUrl} is added for links
 * @param attachments files sent with it
 */
public record MailRequested(String to, String subject, String template, Map<String, String> model,
        java.util.List<Attachment> attachments) {

    public MailRequested(String to, String subject, String template, Map<String, String> model) {
        this(to, subject, template, model, java.util.List.of());
    }

    public MailRequested {
        attachments = attachments == null ? java.util.List.of() : java.util.List.copyOf(attachments);
    }

    /** A file sent with the email, such as a calendar entry or an invoice. */
    public record Attachment(String filename, String contentType, byte[] content) {
    }
}
