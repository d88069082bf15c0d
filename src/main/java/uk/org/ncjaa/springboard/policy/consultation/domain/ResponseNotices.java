package uk.org.ncjaa.springboard.policy.consultation.domain;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import uk.org.ncjaa.springboard.accounts.AccountsApi;
import uk.org.ncjaa.springboard.shared.mail.MailRequested;

/**
 * Tells everyone who answered online that the response is out. Each answer is marked as told in the
 * same transaction that asks for its email, so publishing twice, or a retry, never emails anyone twice.
 */
@Component
class ResponseNotices {

    private final AnswerRepository answers;
    private final AccountsApi accounts;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ResponseNotices(AnswerRepository answers, AccountsApi accounts, ApplicationEventPublisher events, Clock clock) {
        this.answers = answers;
        this.accounts = accounts;
        this.events = events;
        this.clock = clock;
    }

    int tellEveryone(Consultation consultation) {
        int told = 0;
        for (Answer answer : answers.findByConsultationIdAndStatusOrderById(consultation.id(), Answer.Status.SUBMITTED)) {
            if (!answer.reachable()) {
                continue;
            }
            Optional<Recipient> recipient = recipient(answer);
            if (recipient.isPresent() && answer.markNotified(clock.instant())) {
                Map<String, String> model = new LinkedHashMap<>();
                model.put("name", recipient.get().name());
                model.put("title", consultation.title());
                model.put("path", consultation.path() + "/response");
                model.put("youSaidPath", consultation.path() + "/you-said-we-did");
                events.publishEvent(new MailRequested(recipient.get().email(), "Our response: " + consultation.title(),
                        "consultation-response", model));
                told++;
            }
        }
        return told;
    }

    private Optional<Recipient> recipient(Answer answer) {
        if (answer.accountId() != null) {
            return accounts.find(answer.accountId()).map(a -> new Recipient(a.displayName(), a.email()));
        }
        // no name given: the email greets them without one ("Hello there," in English)
        return Optional.of(new Recipient(answer.name().isBlank() ? "" : answer.name(), answer.email()));
    }

    private record Recipient(String name, String email) {
    }
}
