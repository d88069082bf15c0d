package uk.org.ncjaa.springboard.policy.consultation.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * One person's answer to a consultation: online (with an account or without) or from paper, a
 * draft until sent, with their say on being quoted.
 */
@Entity
@Table(name = "policy_consultation_answer")
public class Answer {

    public enum Status {
        DRAFT, SUBMITTED
    }

    public enum Source {
        ONLINE, PAPER
    }

    public enum QuoteConsent {
        NONE("Do not quote me"), NAMED("You may quote me by name"), ANONYMOUS("You may quote me without my name");

        private final String label;

        QuoteConsent(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long consultationId;
    private Long accountId;
    private String name;
    private String email;

    @Enumerated(EnumType.STRING)
    private Status status;

    @Enumerated(EnumType.STRING)
    private Source source;

    private String paperSource;
    private String region;
    private Long enteredBy;

    @Enumerated(EnumType.STRING)
    private QuoteConsent quoteConsent;

    private boolean quotable;
    private Instant notifiedAt;
    private Instant createdAt;
    private Instant submittedAt;
    private Instant updatedAt;

    @OneToMany(mappedBy = "answer", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    private List<Reply> replies = new ArrayList<>();

    @Version
    private long version;

    protected Answer() {
    }

    private Answer(long consultationId, Source source, Instant now) {
        this.consultationId = consultationId;
        this.source = source;
        this.status = Status.DRAFT;
        this.quoteConsent = QuoteConsent.NONE;
        this.name = "";
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** An answer online: with an account (accountId) or without (null, then name and email are optional). */
    public static Answer online(Consultation consultation, Long accountId, String name, String email, Instant now) {
        Answer answer = new Answer(consultation.id(), Source.ONLINE, now);
        answer.accountId = accountId;
        answer.name = name == null ? "" : name.strip();
        answer.email = email == null || email.isBlank() ? null : email.strip();
        return answer;
    }

    /** An answer from paper, typed in by staff, marked with where it came from. */
    public static Answer paper(Consultation consultation, String paperSource, String name, String region, long enteredBy, Instant now) {
        if (paperSource == null || paperSource.isBlank()) {
            throw new ConsultationException("Say where the paper answer came from.");
        }
        Answer answer = new Answer(consultation.id(), Source.PAPER, now);
        answer.paperSource = paperSource.strip();
        answer.name = name == null ? "" : name.strip();
        answer.region = region == null || region.isBlank() ? null : region.strip();
        answer.enteredBy = enteredBy;
        return answer;
    }

    /**
     * Puts in what was sent for each question (question id to the form's values), keeping what
     * was sent for questions not named. Nothing changes if any answer is refused.
     *
     * @return each refused question's message by question id; empty if all were taken
     */
    public Map<Long, String> fill(Consultation consultation, Map<Long, List<String>> sent, QuoteConsent consent, Instant now) {
        if (status == Status.SUBMITTED) {
            throw new ConsultationException("This answer has been sent and can no longer change.");
        }
        if (consultation.id() != consultationId) {
            throw new IllegalArgumentException("Not this answer's consultation");
        }
        Map<Long, String> problems = new LinkedHashMap<>();
        Map<Question, List<String>> values = new LinkedHashMap<>();
        for (Question question : consultation.questions()) {
            if (!sent.containsKey(question.id())) {
                continue;
            }
            try {
                values.put(question, question.interpret(sent.get(question.id())));
            }
            catch (ConsultationException ex) {
                problems.put(question.id(), ex.getMessage());
            }
        }
        if (!problems.isEmpty()) {
            return problems;
        }
        values.forEach((question, kept) -> {
            Optional<Reply> existing = reply(question.id());
            if (existing.isPresent()) {
                existing.get().change(question, kept);
            }
            else {
                replies.add(new Reply(this, question, kept));
            }
        });
        this.quoteConsent = consent == null ? QuoteConsent.NONE : consent;
        this.quotable = this.quoteConsent != QuoteConsent.NONE;
        this.updatedAt = now;
        return problems;
    }

    /**
     * Sends the answer: every required question must have an answer.
     *
     * @return each unanswered required question's message by question id; empty once sent
     */
    public Map<Long, String> submit(Consultation consultation, Instant now) {
        if (status == Status.SUBMITTED) {
            throw new ConsultationException("This answer has already been sent.");
        }
        Map<Long, String> problems = new LinkedHashMap<>();
        for (Question question : consultation.questions()) {
            if (question.required() && reply(question.id()).map(r -> r.values().isEmpty()).orElse(true)) {
                problems.put(question.id(), "Answer this question: it is needed.");
            }
        }
        if (problems.isEmpty()) {
            status = Status.SUBMITTED;
            submittedAt = now;
            updatedAt = now;
        }
        return problems;
    }

    /** Records that the published response was emailed; false if it already was. */
    public boolean markNotified(Instant now) {
        if (notifiedAt != null) {
            return false;
        }
        notifiedAt = now;
        return true;
    }

    /**
     * The account is deleted: the answer still counts, but no longer says whose it was. Quotes
     * already chosen keep the attribution they were given with consent.
     */
    public void forget(Instant now) {
        accountId = null;
        name = "";
        email = null;
        updatedAt = now;
    }

    /** Who to email about the response: an account (looked up by the caller) or the address given. */
    public boolean reachable() {
        return source == Source.ONLINE && status == Status.SUBMITTED && (accountId != null || email != null);
    }

    public Optional<Reply> reply(long questionId) {
        return replies.stream().filter(r -> r.questionId() == questionId).findFirst();
    }

    /** The kept values for a question, empty if unanswered. */
    public List<String> values(long questionId) {
        return reply(questionId).map(Reply::values).orElse(List.of());
    }

    /** How a quote from this answer is credited. */
    public String attribution() {
        if (quoteConsent == QuoteConsent.NAMED && !name.isBlank()) {
            return name;
        }
        return source == Source.PAPER ? "A respondent, on paper" : "A respondent";
    }

    public Long id() {
        return id;
    }

    public long consultationId() {
        return consultationId;
    }

    public Long accountId() {
        return accountId;
    }

    public String name() {
        return name;
    }

    public String email() {
        return email;
    }

    public Status status() {
        return status;
    }

    public Source source() {
        return source;
    }

    public String paperSource() {
        return paperSource;
    }

    public String region() {
        return region;
    }

    public QuoteConsent quoteConsent() {
        return quoteConsent;
    }

    public boolean quotable() {
        return quotable;
    }

    public Instant notifiedAt() {
        return notifiedAt;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant submittedAt() {
        return submittedAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public List<Reply> replies() {
        return List.copyOf(replies);
    }
}
