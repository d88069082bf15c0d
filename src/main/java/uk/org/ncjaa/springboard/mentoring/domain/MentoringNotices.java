package uk.org.ncjaa.springboard.mentoring.domain;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import uk.org.ncjaa.springboard.accounts.AccountsApi;
import uk.org.ncjaa.springboard.shared.mail.MailRequested;
import uk.org.ncjaa.springboard.shared.mail.Mailer;

/**
 * The scheme's emails: one plain template, a sentence of what happened and a link to act on it, in
 * the language each recipient chose. A notice is named by its key in the bundle ({@code <key>.subject}
 * and {@code <key>.lead}); a {@link Role} among its arguments reads as the word for that side.
 */
@Component
class MentoringNotices {

    private final AccountsApi accounts;
    private final ApplicationEventPublisher events;
    private final MessageSource messages;
    private final Mailer mailer;

    MentoringNotices(AccountsApi accounts, ApplicationEventPublisher events, MessageSource messages, Mailer mailer) {
        this.accounts = accounts;
        this.events = events;
        this.messages = messages;
        this.mailer = mailer;
    }

    /**
     * @param notice the notice's key: its subject and lead are {@code <notice>.subject} and {@code <notice>.lead}
     * @param detail a person's words shown as they are (a reason), or empty
     * @param link the key of the link's words
     * @param args the lead's arguments
     */
    void tell(long accountId, String notice, String detail, String path, String link, Object... args) {
        accounts.find(accountId).ifPresent(account -> send(account, notice, detail, path, link, args));
    }

    void tellStaff(String notice, String path, Object... args) {
        accounts.editorsAndAdmins().forEach(person -> send(person, notice, "", path, "mentoring.mail.link.open", args));
    }

    private void send(AccountsApi.AccountSummary account, String notice, String detail, String path, String link, Object[] args) {
        Locale locale = mailer.languageOf(account.email());
        Object[] read = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            read[i] = args[i] instanceof Role role ? messages.getMessage("mentoring.role." + role.name() + ".lower", null, locale)
                    : args[i] == null ? "" : args[i].toString();
        }
        String subject = messages.getMessage(notice + ".subject", null, locale);
        Map<String, String> model = new LinkedHashMap<>();
        model.put("name", account.displayName());
        model.put("subjectLine", subject);
        model.put("lead", messages.getMessage(notice + ".lead", read, locale));
        model.put("detail", detail == null ? "" : detail);
        model.put("path", path);
        model.put("linkText", messages.getMessage(link, null, locale));
        events.publishEvent(new MailRequested(account.email(), subject, "mentoring-notice", model));
    }
}
