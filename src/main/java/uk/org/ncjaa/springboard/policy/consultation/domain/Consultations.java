package uk.org.ncjaa.springboard.policy.consultation.domain;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Staff set up, open and close consultations and write the response; the public read those not in draft. */
@Service
@Transactional
public class Consultations {

    static final ZoneId LONDON = ZoneId.of("Europe/London");

    private final ConsultationRepository consultations;
    private final AnswerRepository answers;
    private final OutcomeRepository outcomes;
    private final ResponseRevisionRepository revisions;
    private final ResponseNotices notices;
    private final Clock clock;

    Consultations(ConsultationRepository consultations, AnswerRepository answers, OutcomeRepository outcomes,
            ResponseRevisionRepository revisions, ResponseNotices notices, Clock clock) {
        this.consultations = consultations;
        this.answers = answers;
        this.outcomes = outcomes;
        this.revisions = revisions;
        this.notices = notices;
        this.clock = clock;
    }

    public Consultation create(Consultation.Settings settings) {
        return consultations.save(new Consultation(settings, clock.instant()));
    }

    public Consultation change(long id, Consultation.Settings settings) {
        Consultation consultation = get(id);
        consultation.change(settings, clock.instant());
        return consultation;
    }

    public Question addQuestion(long id, Question.Kind kind, String text, String hint, List<String> options, boolean required) {
        Consultation consultation = get(id);
        Question question = consultation.addQuestion(kind, text, hint, options, required, answers.existsByConsultationId(id),
                clock.instant());
        consultations.flush();
        return question;
    }

    public void removeQuestion(long id, long questionId) {
        Consultation consultation = get(id);
        consultation.removeQuestion(questionId, answers.existsByConsultationId(id), clock.instant());
        consultations.flush();
    }

    public Consultation open(long id) {
        Consultation consultation = get(id);
        consultation.open(clock.instant());
        return consultation;
    }

    public Consultation close(long id) {
        Consultation consultation = get(id);
        consultation.close(clock.instant());
        return consultation;
    }

    /** Saves the response and keeps this version of it. */
    public Consultation writeResponse(long id, String markdown, String savedBy) {
        Consultation consultation = get(id);
        consultation.writeResponse(markdown, clock.instant());
        revisions.save(new ResponseRevision(id, consultation.response(), savedBy, clock.instant()));
        return consultation;
    }

    public Outcome addOutcome(long id, String youSaid, String weDid) {
        get(id);
        int position = outcomes.findByConsultationIdOrderByPosition(id).stream().mapToInt(Outcome::position).max().orElse(0) + 1;
        return outcomes.save(new Outcome(id, position, youSaid, weDid));
    }

    /**
     * Publishes the response and emails, once each, everyone who answered online and can be reached.
     *
     * @return how many were emailed
     */
    public int publishResponse(long id) {
        Consultation consultation = get(id);
        consultation.publishResponse(clock.instant());
        consultations.flush();
        return notices.tellEveryone(consultation);
    }

    @Transactional(readOnly = true)
    public Consultation get(long id) {
        return consultations.findById(id).orElseThrow(() -> new ConsultationNotFoundException("No consultation " + id));
    }

    /** A consultation the public may see: not a draft. */
    @Transactional(readOnly = true)
    public Consultation shown(long id) {
        return consultations.findById(id).filter(Consultation::shownToPublic)
            .orElseThrow(() -> new ConsultationNotFoundException("No consultation " + id));
    }

    /** A consultation whose response is published. */
    @Transactional(readOnly = true)
    public Consultation withResponse(long id) {
        return consultations.findById(id).filter(c -> c.status() == Consultation.Status.RESPONSE_PUBLISHED)
            .orElseThrow(() -> new ConsultationNotFoundException("No published response for consultation " + id));
    }

    @Transactional(readOnly = true)
    public List<Consultation> all() {
        return consultations.findAllByOrderByClosesOnDescIdDesc();
    }

    @Transactional(readOnly = true)
    public List<Consultation> shown() {
        return consultations.findByStatusNotOrderByClosesOnDescIdDesc(Consultation.Status.DRAFT);
    }

    @Transactional(readOnly = true)
    public List<Consultation> published() {
        return consultations.findByStatusOrderByResponsePublishedAtDesc(Consultation.Status.RESPONSE_PUBLISHED);
    }

    @Transactional(readOnly = true)
    public List<Outcome> outcomes(long id) {
        return outcomes.findByConsultationIdOrderByPosition(id);
    }

    @Transactional(readOnly = true)
    public List<ResponseRevision> revisions(long id) {
        return revisions.findByConsultationIdOrderBySavedAtDescIdDesc(id);
    }

    @Transactional(readOnly = true)
    public boolean answered(long id) {
        return answers.existsByConsultationId(id);
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(LONDON));
    }
}
