package uk.org.ncjaa.springboard.mentoring.domain;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import uk.org.ncjaa.springboard.accounts.AccountsApi;
import uk.org.ncjaa.springboard.shared.mail.MailRequested;

/** The scheme's emails: one plain template, a sentence of what happened and a link to act on it. */
@Component
class MentoringNotices {

    private final AccountsApi accounts;
    private final ApplicationEventPublisher events;

    MentoringNotices(AccountsApi accounts, ApplicationEventPublisher events) {
        this.accounts = accounts;
        this.events = events;
    }

    void tell(long accountId, String subject, String lead, String detail, String path, String linkText) {
        accounts.find(accountId).ifPresent(account -> send(account, subject, lead, detail, path, linkText));
    }

    void tellStaff(String subject, String lead, String path) {
        accounts.editorsAndAdmins().forEach(person -> send(person, subject, lead, "", path, "Open it"));
    }

    private void send(AccountsApi.AccountSummary account, String subject, String lead, String detail, String path, String linkText) {
        Map<String, String> model = new LinkedHashMap<>();
        model.put("name", account.displayName());
        model.put("lead", lead);
        model.put("detail", detail == null ? "" : detail);
        model.put("path", path);
        model.put("linkText", linkText);
        events.publishEvent(new MailRequested(account.email(), subject, "mentoring-notice", model));
    }
}
