package uk.org.ncjaa.springboard.policy.forum;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import uk.org.ncjaa.springboard.accounts.AccountsApi;
import uk.org.ncjaa.springboard.shared.i18n.Languages;
import uk.org.ncjaa.springboard.shared.mail.MailRequested;
import uk.org.ncjaa.springboard.shared.mail.Mailer;

/**
 * The forum's emails: a sentence of what happened and a link to see it, written in the language the
 * recipient chose for their emails (the policy bundles' {@code policy.mail.*} messages).
 */
@Component
class ForumNotices {

    private final AccountsApi accounts;
    private final ApplicationEventPublisher events;
    private final MessageSource messages;
    private final Mailer mailer;

    ForumNotices(AccountsApi accounts, ApplicationEventPublisher events, MessageSource messages, Mailer mailer) {
        this.accounts = accounts;
        this.events = events;
        this.messages = messages;
        this.mailer = mailer;
    }

    /** What one email says: its subject, the sentence, an optional quoted detail, and the link. */
    record Notice(String subject, String lead, String detail, String path, String linkText) {
    }

    /** The messages in one recipient's language. */
    record Words(MessageSource messages, Locale locale) {

        String get(String key, Object... args) {
            return messages.getMessage(key, args, locale);
        }

        String day(LocalDate day) {
            return day.format(DateTimeFormatter.ofPattern("d MMMM yyyy", Languages.welsh(locale) ? Languages.WELSH : Locale.UK));
        }
    }

    void tell(long accountId, Function<Words, Notice> notice) {
        accounts.find(accountId).ifPresent(a -> send(a.email(), a.displayName(), notice));
    }

    void send(String email, String name, Function<Words, Notice> notice) {
        Notice said = notice.apply(new Words(messages, mailer.languageOf(email)));
        Map<String, String> model = new LinkedHashMap<>();
        model.put("name", name);
        model.put("lead", said.lead());
        model.put("detail", said.detail() == null ? "" : said.detail());
        model.put("path", said.path());
        model.put("linkText", said.linkText());
        events.publishEvent(new MailRequested(email, said.subject(), "policy-notice", model));
    }
}
