package uk.org.ncjaa.springboard.policy.consultation.domain;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import uk.org.ncjaa.springboard.accounts.AccountDeleted;
import uk.org.ncjaa.springboard.shared.PersonalData;

import static uk.org.ncjaa.springboard.shared.PersonalData.text;

/**
 * A member's consultation answers and drafts, each question's answer, for their data download; on
 * erasure, drafts go and sent answers stay in the counts without saying whose they were.
 */
@Component
class ConsultationPersonalData implements PersonalData {

    private final AnswerRepository answers;
    private final ConsultationRepository consultations;
    private final Clock clock;

    ConsultationPersonalData(AnswerRepository answers, ConsultationRepository consultations, Clock clock) {
        this.answers = answers;
        this.consultations = consultations;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Section> about(long accountId) {
        List<Map<String, String>> rows = new ArrayList<>();
        for (Answer answer : answers.findByAccountIdOrderByUpdatedAtDesc(accountId)) {
            Consultation consultation = consultations.findById(answer.consultationId()).orElse(null);
            if (consultation == null) {
                continue;
            }
            for (Question question : consultation.questions()) {
                Map<String, String> row = new LinkedHashMap<>();
                row.put("consultation", consultation.title());
                row.put("status", answer.status().name().toLowerCase());
                row.put("sent", text(answer.submittedAt()));
                row.put("quoting", answer.quoteConsent().label());
                row.put("question", question.text());
                row.put("answer", String.join("; ", answer.values(question.id()).stream().map(question::label).toList()));
                rows.add(row);
            }
        }
        return rows.isEmpty() ? List.of() : List.of(new Section("Consultation answers", rows));
    }

    @ApplicationModuleListener
    void on(AccountDeleted deleted) {
        for (Answer answer : answers.findByAccountIdOrderByUpdatedAtDesc(deleted.accountId())) {
            if (answer.status() == Answer.Status.DRAFT) {
                answers.delete(answer);
            }
            else {
                answer.forget(clock.instant());
            }
        }
    }
}
