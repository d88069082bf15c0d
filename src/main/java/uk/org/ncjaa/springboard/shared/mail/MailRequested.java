package uk.org.ncjaa.springboard.shared.mail;

import java.util.Map;

/**
 * Ask for an email to be sent once the current transaction commits. Publication is durable: a
 * crash before sending leaves the request to be republished at the next start.
 *
 * @param template names {@code templates/mail/<template>.html} and {@code .txt}
 * @param model values the templates show; {@code baseUrl} is added for links
 */
public record MailRequested(String to, String subject, String template, Map<String, String> model) {
}
