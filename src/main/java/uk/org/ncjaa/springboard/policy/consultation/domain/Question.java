package uk.org.ncjaa.springboard.policy.consultation.domain;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One question of a consultation, and what counts as an answer to it. */
@Entity
@Table(name = "policy_consultation_question")
public class Question {

    public enum Kind {
        FREE_TEXT("Free text"), SINGLE_CHOICE("Single choice"), MULTIPLE_CHOICE("Multiple choice"),
        AGREE_SCALE("Agree or disagree (5 points)"), RANKING("Ranking (put a list in order)");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        public boolean hasOptions() {
            return this == SINGLE_CHOICE || this == MULTIPLE_CHOICE || this == RANKING;
        }
    }

    /** The five points of the scale, from "1" to "5". */
    public static final List<String> SCALE = List.of("Strongly disagree", "Disagree", "Neither agree nor disagree", "Agree",
            "Strongly agree");

    static final int LONGEST_TEXT = 10_000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "consultation_id")
    private Consultation consultation;

    private int position;

    @Enumerated(EnumType.STRING)
    private Kind kind;

    private String text;
    private String hint;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "text[]")
    private List<String> options = new ArrayList<>();

    private boolean required;

    protected Question() {
    }

    Question(Consultation consultation, int position, Kind kind, String text, String hint, List<String> options, boolean required) {
        if (text == null || text.isBlank()) {
            throw new ConsultationException("Enter the question.");
        }
        List<String> cleaned = options == null ? List.of() : options.stream().map(String::strip).filter(o -> !o.isEmpty()).toList();
        if (kind.hasOptions() && cleaned.size() < 2) {
            throw new ConsultationException("Give at least two options, one a line.");
        }
        if (kind.hasOptions() && new HashSet<>(cleaned).size() != cleaned.size()) {
            throw new ConsultationException("Give each option once.");
        }
        if (kind == Kind.RANKING && cleaned.size() > 10) {
            throw new ConsultationException("A ranking can have at most 10 items.");
        }
        this.consultation = consultation;
        this.position = position;
        this.kind = kind;
        this.text = text.strip();
        this.hint = hint == null ? "" : hint.strip();
        this.options = kind.hasOptions() ? new ArrayList<>(cleaned) : new ArrayList<>();
        this.required = required;
    }

    /**
     * What was sent in the form, turned into the answer kept: for a ranking the form sends each
     * item's number in the list's order, kept as the items in ranked order.
     *
     * @throws ConsultationException with a message for the person answering
     */
    public List<String> interpret(List<String> sent) {
        List<String> values = sent == null ? List.of()
                : sent.stream().filter(v -> v != null).map(String::strip).filter(v -> !v.isEmpty()).toList();
        if (kind == Kind.RANKING) {
            return rankingFrom(sent == null ? List.of() : sent);
        }
        check(values);
        return values;
    }

    private List<String> rankingFrom(List<String> ranks) {
        if (ranks.stream().allMatch(r -> r == null || r.isBlank())) {
            return List.of();
        }
        int n = options.size();
        String[] ordered = new String[n];
        if (ranks.size() != n) {
            throw new ConsultationException(permutationMessage());
        }
        for (int i = 0; i < n; i++) {
            String rank = ranks.get(i) == null ? "" : ranks.get(i).strip();
            if (!rank.matches("[0-9]{1,2}")) {
                throw new ConsultationException(permutationMessage());
            }
            int place = Integer.parseInt(rank);
            if (place < 1 || place > n || ordered[place - 1] != null) {
                throw new ConsultationException(permutationMessage());
            }
            ordered[place - 1] = options.get(i);
        }
        List<String> values = List.of(ordered);
        check(values);
        return values;
    }

    private String permutationMessage() {
        return "Give each item a different number from 1 to " + options.size() + ".";
    }

    /** Refuses values that are not an answer to this question (a ranking must be every item, once each). */
    public void check(List<String> values) {
        switch (kind) {
            case FREE_TEXT -> {
                if (values.size() > 1 || (values.size() == 1 && values.get(0).length() > LONGEST_TEXT)) {
                    throw new ConsultationException("Keep your answer under " + LONGEST_TEXT + " characters.");
                }
            }
            case SINGLE_CHOICE -> {
                if (values.size() > 1 || !options.containsAll(values)) {
                    throw new ConsultationException("Choose one of the options.");
                }
            }
            case MULTIPLE_CHOICE -> {
                if (!options.containsAll(values) || new HashSet<>(values).size() != values.size()) {
                    throw new ConsultationException("Choose from the options.");
                }
            }
            case AGREE_SCALE -> {
                if (values.size() > 1 || (values.size() == 1 && !values.get(0).matches("[1-5]"))) {
                    throw new ConsultationException("Choose one point of the scale.");
                }
            }
            case RANKING -> {
                Set<String> distinct = new HashSet<>(values);
                if (!values.isEmpty() && (values.size() != options.size() || distinct.size() != values.size()
                        || !distinct.containsAll(options))) {
                    throw new ConsultationException(permutationMessage());
                }
            }
        }
    }

    /** The words shown for a kept value: the scale's points by name. */
    public String label(String value) {
        if (kind == Kind.AGREE_SCALE && value.matches("[1-5]")) {
            return SCALE.get(Integer.parseInt(value) - 1);
        }
        return value;
    }

    /** Kept values as words: choices joined by semicolons, a ranking in order. */
    public String labels(List<String> values) {
        return String.join(kind == Kind.RANKING ? " > " : "; ", values.stream().map(this::label).toList());
    }

    /** The choices a closed question is counted by. */
    public List<String> choices() {
        return kind == Kind.AGREE_SCALE ? List.of("1", "2", "3", "4", "5") : List.copyOf(options);
    }

    public Long id() {
        return id;
    }

    public Consultation consultation() {
        return consultation;
    }

    public int position() {
        return position;
    }

    public Kind kind() {
        return kind;
    }

    public String text() {
        return text;
    }

    public String hint() {
        return hint;
    }

    public List<String> options() {
        return List.copyOf(options);
    }

    public boolean required() {
        return required;
    }
}
