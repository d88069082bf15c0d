package uk.org.ncjaa.springboard.policy.forum;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import uk.org.ncjaa.springboard.accounts.AccountsApi;
import uk.org.ncjaa.springboard.shared.mail.MailRequested;

/** The forum's emails: a sentence of what happened and a link to see it. */
@Component
class ForumNotices {

    private final AccountsApi accounts;
    private final ApplicationEventPublisher events;

    ForumNotices(AccountsApi accounts, ApplicationEventPublisher events) {
        this.accounts = accounts;
        this.events = events;
    }

    void tell(long accountId, String subject, String lead, String detail, String path, String linkText) {
        accounts.find(accountId).ifPresent(a -> send(a.email(), a.displayName(), subject, lead, detail, path, linkText));
    }

    void send(String email, String name, String subject, String lead, String detail, String path, String linkText) {
        Map<String, String> model = new LinkedHashMap<>();
        model.put("name", name);
        model.put("lead", lead);
        model.put("detail", detail == null ? "" : detail);
        model.put("path", path);
        model.put("linkText", linkText);
        events.publishEvent(new MailRequested(email, subject, "policy-notice", model));
    }
}
