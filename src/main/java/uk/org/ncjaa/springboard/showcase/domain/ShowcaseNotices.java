package uk.org.ncjaa.springboard.showcase.domain;

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
 * Tells the person who sent a work what became of it (published, returned with what to change,
 * declined with the reason, or taken down when the maker's consent ended), once the step commits,
 * in the language they chose. A notice is named by its key in the bundle: {@code <key>.subject},
 * {@code <key>.lead} and, when no detail is given, {@code <key>.detail}, each with the work's title
 * as {@code {0}}.
 */
@Component
class ShowcaseNotices {

    private final AccountsApi accounts;
    private final ApplicationEventPublisher events;
    private final MessageSource messages;
    private final Mailer mailer;

    ShowcaseNotices(AccountsApi accounts, ApplicationEventPublisher events, MessageSource messages, Mailer mailer) {
        this.accounts = accounts;
        this.events = events;
        this.messages = messages;
        this.mailer = mailer;
    }

    /**
     * @param detail the editors' words shown as they are, or null for the notice's own {@code .detail}
     * @param link the key of the link's words
     * @param args the messages' arguments, the work's title first
     */
    void tell(Work work, String notice, String detail, String path, String link, Object... args) {
        accounts.find(work.submittedBy()).ifPresent(account -> {
            Locale locale = mailer.languageOf(account.email());
            String subject = messages.getMessage(notice + ".subject", args, locale);
            Map<String, String> model = new LinkedHashMap<>();
            model.put("name", account.displayName());
            model.put("subjectLine", subject);
            model.put("lead", messages.getMessage(notice + ".lead", args, locale));
            model.put("detail", detail != null ? detail : messages.getMessage(notice + ".detail", args, "", locale));
            model.put("path", path);
            model.put("linkText", messages.getMessage(link, null, locale));
            events.publishEvent(new MailRequested(account.email(), subject, "showcase-notice", model));
        });
    }
}
