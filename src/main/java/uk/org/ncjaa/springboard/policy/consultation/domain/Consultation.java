package uk.org.ncjaa.springboard.policy.consultation.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
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
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import uk.org.ncjaa.springboard.shared.text.Markdown;

/**
 * A consultation: what the alliance asks, of whom, until when, and what it answered. Its state
 * moves one way only: draft, open, closed, response published.
 */
@Entity
@Table(name = "policy_consultation")
public class Consultation {

    public enum Status {
        DRAFT("Draft: not shown"), OPEN("Open"), CLOSED("Closed"), RESPONSE_PUBLISHED("Response published");

        private final String label;

        Status(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public enum Audience {
        MEMBERS("Members of the network"), ANYONE("Anyone");

        private final String label;

        Audience(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** What staff set on a consultation, all at once. */
    public record Settings(String title, String summary, String introduction, String governmentTitle, String governmentUrl,
            LocalDate governmentDeadline, Audience audience, boolean anonymousAllowed, LocalDate opensOn, LocalDate closesOn) {
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String title;
    private String summary;
    private String introduction;
    private String governmentTitle;
    private String governmentUrl;
    private LocalDate governmentDeadline;

    @Enumerated(EnumType.STRING)
    private Audience audience;

    private boolean anonymousAllowed;
    private LocalDate opensOn;
    private LocalDate closesOn;

    @Enumerated(EnumType.STRING)
    private Status status;

    private String response;
    private Instant responsePublishedAt;
    private Instant createdAt;
    private Instant updatedAt;

    @OneToMany(mappedBy = "consultation", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @OrderBy("position")
    private List<Question> questions = new ArrayList<>();

    @Version
    private long version;

    protected Consultation() {
    }

    public Consultation(Settings settings, Instant now) {
        this.status = Status.DRAFT;
        this.response = "";
        this.createdAt = now;
        change(settings, now);
    }

    public void change(Settings settings, Instant now) {
        if (status == Status.RESPONSE_PUBLISHED) {
            throw new ConsultationException("The response is published: the consultation can no longer change.");
        }
        if (settings.closesOn().isBefore(settings.opensOn())) {
            throw new ConsultationException("The closing date must be on or after the opening date.");
        }
        this.title = settings.title().strip();
        this.summary = settings.summary() == null ? "" : settings.summary().strip();
        this.introduction = settings.introduction() == null ? "" : settings.introduction();
        this.governmentTitle = blankToNull(settings.governmentTitle());
        this.governmentUrl = blankToNull(settings.governmentUrl());
        this.governmentDeadline = settings.governmentDeadline();
        this.audience = settings.audience();
        this.anonymousAllowed = settings.anonymousAllowed() && settings.audience() == Audience.ANYONE;
        this.opensOn = settings.opensOn();
        this.closesOn = settings.closesOn();
        this.updatedAt = now;
    }

    /**
     * Adds a question at the end.
     *
     * @param answered whether anyone has answered (even a draft): then the questions are frozen
     */
    public Question addQuestion(Question.Kind kind, String text, String hint, List<String> options, boolean required, boolean answered,
            Instant now) {
        refuseQuestionChange(answered);
        int position = questions.stream().mapToInt(Question::position).max().orElse(0) + 1;
        Question question = new Question(this, position, kind, text, hint, options, required);
        questions.add(question);
        updatedAt = now;
        return question;
    }

    public void removeQuestion(long questionId, boolean answered, Instant now) {
        refuseQuestionChange(answered);
        if (!questions.removeIf(q -> q.id() != null && q.id() == questionId)) {
            throw new ConsultationNotFoundException("No question " + questionId);
        }
        updatedAt = now;
    }

    private void refuseQuestionChange(boolean answered) {
        if (answered) {
            throw new ConsultationException("People have started answering, so the questions can no longer change.");
        }
        if (status == Status.CLOSED || status == Status.RESPONSE_PUBLISHED) {
            throw new ConsultationException("The consultation has closed, so the questions can no longer change.");
        }
    }

    public void open(Instant now) {
        if (status != Status.DRAFT) {
            throw new ConsultationException("Only a draft consultation can open.");
        }
        if (questions.isEmpty()) {
            throw new ConsultationException("Add at least one question before opening the consultation.");
        }
        status = Status.OPEN;
        updatedAt = now;
    }

    public void close(Instant now) {
        if (status != Status.OPEN) {
            throw new ConsultationException("Only an open consultation can close.");
        }
        status = Status.CLOSED;
        updatedAt = now;
    }

    /** Saves the alliance's response; the caller keeps a revision of each version. */
    public void writeResponse(String markdown, Instant now) {
        if (status == Status.DRAFT) {
            throw new ConsultationException("Open the consultation before writing its response.");
        }
        response = markdown == null ? "" : markdown;
        updatedAt = now;
    }

    public void publishResponse(Instant now) {
        if (status != Status.CLOSED) {
            throw new ConsultationException(status == Status.RESPONSE_PUBLISHED ? "The response is already published."
                    : "Close the consultation before publishing its response.");
        }
        if (response.isBlank()) {
            throw new ConsultationException("Write the response before publishing it.");
        }
        status = Status.RESPONSE_PUBLISHED;
        responsePublishedAt = now;
        updatedAt = now;
    }

    /** Answers are taken: the consultation is open and today is within its dates. */
    public boolean takingAnswers(LocalDate today) {
        return status == Status.OPEN && !today.isBefore(opensOn) && !today.isAfter(closesOn);
    }

    /** A visitor without an account may answer. */
    public boolean openToVisitors() {
        return audience == Audience.ANYONE && anonymousAllowed;
    }

    public boolean shownToPublic() {
        return status != Status.DRAFT;
    }

    public Optional<Question> question(long questionId) {
        return questions.stream().filter(q -> q.id() != null && q.id() == questionId).findFirst();
    }

    public String introductionHtml() {
        return Markdown.toHtml(introduction);
    }

    public String responseHtml() {
        return Markdown.toHtml(response);
    }

    public String path() {
        return "/policy/consultations/" + id;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public Settings settings() {
        return new Settings(title, summary, introduction, governmentTitle, governmentUrl, governmentDeadline, audience, anonymousAllowed,
                opensOn, closesOn);
    }

    public Long id() {
        return id;
    }

    public String title() {
        return title;
    }

    public String summary() {
        return summary;
    }

    public String introduction() {
        return introduction;
    }

    public String governmentTitle() {
        return governmentTitle;
    }

    public String governmentUrl() {
        return governmentUrl;
    }

    public LocalDate governmentDeadline() {
        return governmentDeadline;
    }

    public Audience audience() {
        return audience;
    }

    public boolean anonymousAllowed() {
        return anonymousAllowed;
    }

    public LocalDate opensOn() {
        return opensOn;
    }

    public LocalDate closesOn() {
        return closesOn;
    }

    public Status status() {
        return status;
    }

    public String response() {
        return response;
    }

    public Instant responsePublishedAt() {
        return responsePublishedAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public List<Question> questions() {
        return List.copyOf(questions);
    }
}
