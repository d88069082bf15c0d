package uk.org.ncjaa.springboard.showcase.domain;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import uk.org.ncjaa.springboard.accounts.AccountsApi;
import uk.org.ncjaa.springboard.shared.mail.MailRequested;

/**
 * Tells the person who sent a work what became of it (published, returned with what to change,
 * declined with the reason, or taken down when the maker's consent ended), once the step commits.
 */
@Component
class ShowcaseNotices {

    private final AccountsApi accounts;
    private final ApplicationEventPublisher events;

    ShowcaseNotices(AccountsApi accounts, ApplicationEventPublisher events) {
        this.accounts = accounts;
        this.events = events;
    }

    void tell(Work work, String subject, String lead, String detail, String path, String linkText) {
        accounts.find(work.submittedBy()).ifPresent(account -> {
            Map<String, String> model = new LinkedHashMap<>();
            model.put("name", account.displayName());
            model.put("lead", lead);
            model.put("detail", detail == null ? "" : detail);
            model.put("path", path);
            model.put("linkText", linkText);
            events.publishEvent(new MailRequested(account.email(), subject, "showcase-notice", model));
        });
    }
}
