package uk.org.ncjaa.springboard.mentoring.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import uk.org.ncjaa.springboard.mentoring.matching.Objective;
import uk.org.ncjaa.springboard.mentoring.matching.Scorer;

/** A cohort of the scheme: when people may apply, how long it runs, and how its pairs are chosen. */
@Entity
@Table(name = "mentoring_round")
public class Round {

    public enum Status {
        DRAFT("Draft: not shown"), OPEN("Open"), CLOSED("Closed");

        private final String label;

        Status(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** What staff set on a round, all at once. */
    public record Settings(String name, String summary, LocalDate opensOn, LocalDate closesOn, LocalDate startsOn, int lengthMonths,
            List<String> questions, int[] weights, Objective objective, boolean sameOrganisation, int minimumScore, int reminderDays,
            boolean certificates, int maxPerMentor, Integer menteePlaces) {
    }

    public static final int[] DEFAULT_WEIGHTS = { 3, 2, 2, 1, 3, 1, 2 };

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String name;
    private String summary;

    @Enumerated(EnumType.STRING)
    private Status status;

    private LocalDate opensOn;
    private LocalDate closesOn;
    private LocalDate startsOn;
    private int lengthMonths;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "text[]")
    private List<String> questions = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "int[]")
    private int[] weights;

    @Enumerated(EnumType.STRING)
    private Objective objective;

    private boolean sameOrganisation;
    private int minimumScore;
    private int reminderDays;
    private boolean certificates;
    private int maxPerMentor;
    private Integer menteePlaces;
    private Instant createdAt;
    private Instant updatedAt;

    @Version
    private long version;

    protected Round() {
    }

    public Round(Settings settings, Instant now) {
        this.status = Status.DRAFT;
        this.createdAt = now;
        change(settings, now);
    }

    public void change(Settings settings, Instant now) {
        this.name = settings.name();
        this.summary = settings.summary();
        this.opensOn = settings.opensOn();
        this.closesOn = settings.closesOn();
        this.startsOn = settings.startsOn();
        this.lengthMonths = settings.lengthMonths();
        this.questions = new ArrayList<>(settings.questions());
        this.weights = settings.weights().clone();
        this.objective = settings.objective();
        this.sameOrganisation = settings.sameOrganisation();
        this.minimumScore = settings.minimumScore();
        this.reminderDays = settings.reminderDays();
        this.certificates = settings.certificates();
        this.maxPerMentor = settings.maxPerMentor();
        this.menteePlaces = settings.menteePlaces();
        this.updatedAt = now;
    }

    public void open(Instant now) {
        if (status == Status.CLOSED) {
            throw new MentoringException("A closed round cannot open again: start a new one.");
        }
        status = Status.OPEN;
        updatedAt = now;
    }

    public void close(Instant now) {
        status = Status.CLOSED;
        updatedAt = now;
    }

    /** People may apply: the round is open and today is in its window. */
    public boolean takingApplications(LocalDate today) {
        return status == Status.OPEN && !today.isBefore(opensOn) && !today.isAfter(closesOn);
    }

    public Scorer scorer() {
        return new Scorer(weights, sameOrganisation, minimumScore);
    }

    public Settings settings() {
        return new Settings(name, summary, opensOn, closesOn, startsOn, lengthMonths, List.copyOf(questions), weights.clone(), objective,
                sameOrganisation, minimumScore, reminderDays, certificates, maxPerMentor, menteePlaces);
    }

    public LocalDate endsOn() {
        return startsOn.plusMonths(lengthMonths);
    }

    public Long id() {
        return id;
    }

    public String name() {
        return name;
    }

    public String summary() {
        return summary;
    }

    public Status status() {
        return status;
    }

    public LocalDate opensOn() {
        return opensOn;
    }

    public LocalDate closesOn() {
        return closesOn;
    }

    public LocalDate startsOn() {
        return startsOn;
    }

    public int lengthMonths() {
        return lengthMonths;
    }

    public List<String> questions() {
        return List.copyOf(questions);
    }

    public int[] weights() {
        return weights.clone();
    }

    public Objective objective() {
        return objective;
    }

    public boolean sameOrganisation() {
        return sameOrganisation;
    }

    public int minimumScore() {
        return minimumScore;
    }

    public int reminderDays() {
        return reminderDays;
    }

    public boolean certificates() {
        return certificates;
    }

    public int maxPerMentor() {
        return maxPerMentor;
    }

    public Integer menteePlaces() {
        return menteePlaces;
    }

    /** The places a mentor has in this round: what they offered, within the round's most per mentor. */
    public int placesFor(Application mentor) {
        return Math.min(mentor.capacity(), maxPerMentor);
    }
}
