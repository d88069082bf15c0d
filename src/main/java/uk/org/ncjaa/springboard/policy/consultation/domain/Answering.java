package uk.org.ncjaa.springboard.policy.consultation.domain;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.org.ncjaa.springboard.members.MembersApi;

/** People answer consultations online (saving a draft on the way if they have an account) and staff type in paper answers. */
@Service
@Transactional
public class Answering {

    private final ConsultationRepository consultations;
    private final AnswerRepository answers;
    private final MembersApi members;
    private final Clock clock;

    Answering(ConsultationRepository consultations, AnswerRepository answers, MembersApi members, Clock clock) {
        this.consultations = consultations;
        this.answers = answers;
        this.members = members;
        this.clock = clock;
    }

    /** Who is answering online: an account, or a visitor (no account) with the name and address they chose to give. */
    public record Who(Long accountId, String name, String email) {
    }

    /** @param problems each refused or missing question's message by question id; empty when saved */
    public record Saved(Answer answer, Map<Long, String> problems) {
    }

    /** May this visitor answer at all: members-only consultations need a member, and visitors need it to allow them. */
    @Transactional(readOnly = true)
    public boolean mayAnswer(Consultation consultation, Long accountId) {
        if (accountId == null) {
            return consultation.openToVisitors();
        }
        return consultation.audience() == Consultation.Audience.ANYONE || members.forAccount(accountId).isPresent();
    }

    @Transactional(readOnly = true)
    public Optional<Answer> mine(long consultationId, long accountId) {
        return answers.findByConsultationIdAndAccountId(consultationId, accountId);
    }

    @Transactional(readOnly = true)
    public List<Answer> mine(long accountId) {
        return answers.findByAccountIdOrderByUpdatedAtDesc(accountId);
    }

    /**
     * Saves an online answer: as a draft (accounts only), or sent. One answer per account and
     * consultation, held by a unique key: a second one at the same moment is refused.
     */
    public Saved answer(long consultationId, Who who, Map<Long, List<String>> sent, Answer.QuoteConsent consent, boolean submit) {
        Consultation consultation = open(consultationId);
        if (!mayAnswer(consultation, who.accountId())) {
            throw new ConsultationException("This consultation is for members of the network.");
        }
        if (who.accountId() == null && !submit) {
            throw new ConsultationException("Log in to save a draft.");
        }
        Answer answer = who.accountId() == null ? null : answers.findByConsultationIdAndAccountId(consultationId, who.accountId()).orElse(null);
        if (answer == null) {
            answer = Answer.online(consultation, who.accountId(), who.name(), who.email(), clock.instant());
        }
        else if (answer.status() == Answer.Status.SUBMITTED) {
            throw new ConsultationException("You have already answered this consultation.");
        }
        Map<Long, String> problems = answer.fill(consultation, sent, consent, clock.instant());
        if (problems.isEmpty() && submit) {
            problems = answer.submit(consultation, clock.instant());
        }
        if (!problems.isEmpty() && answer.id() == null) {
            return new Saved(answer, problems);
        }
        try {
            answer = answers.saveAndFlush(answer);
        }
        catch (DataIntegrityViolationException ex) {
            throw new ConsultationException("You have already answered this consultation.");
        }
        return new Saved(answer, problems);
    }

    /** A paper answer typed in by staff, counted with the rest and marked with where it came from. */
    public Saved paper(long consultationId, String paperSource, String name, String region, Map<Long, List<String>> sent,
            Answer.QuoteConsent consent, long enteredBy) {
        Consultation consultation = consultations.findById(consultationId)
            .orElseThrow(() -> new ConsultationNotFoundException("No consultation " + consultationId));
        if (consultation.status() != Consultation.Status.OPEN && consultation.status() != Consultation.Status.CLOSED) {
            throw new ConsultationException("Paper answers can be added while the consultation is open or closed, before its response.");
        }
        Answer answer = Answer.paper(consultation, paperSource, name, region, enteredBy, clock.instant());
        Map<Long, String> problems = answer.fill(consultation, sent, consent, clock.instant());
        if (problems.isEmpty()) {
            problems = answer.submit(consultation, clock.instant());
        }
        if (!problems.isEmpty()) {
            return new Saved(answer, problems);
        }
        return new Saved(answers.saveAndFlush(answer), problems);
    }

    /** An open consultation taking answers today. */
    @Transactional(readOnly = true)
    public Consultation open(long consultationId) {
        return consultations.findById(consultationId).filter(c -> c.takingAnswers(today()))
            .orElseThrow(() -> new ConsultationNotFoundException("No open consultation " + consultationId));
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(Consultations.LONDON));
    }
}
