package uk.org.ncjaa.springboard.policy.consultation.domain;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One question's answer within an answer, and the themes staff tagged it with. */
@Entity
@Table(name = "policy_consultation_reply")
public class Reply {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "answer_id")
    private Answer answer;

    private long questionId;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "answer_values", columnDefinition = "text[]")
    private List<String> values = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "policy_consultation_reply_theme", joinColumns = @JoinColumn(name = "reply_id"))
    @Column(name = "theme_id")
    private Set<Long> themes = new LinkedHashSet<>();

    protected Reply() {
    }

    Reply(Answer answer, Question question, List<String> values) {
        this.answer = answer;
        this.questionId = question.id();
        change(question, values);
    }

    void change(Question question, List<String> values) {
        question.check(values);
        this.values = new ArrayList<>(values);
    }

    /** Staff's themes for a free-text answer, replacing those before. */
    public void tag(Set<Long> themeIds) {
        themes.clear();
        themes.addAll(themeIds);
    }

    public Long id() {
        return id;
    }

    public Answer answer() {
        return answer;
    }

    public long questionId() {
        return questionId;
    }

    public List<String> values() {
        return List.copyOf(values);
    }

    /** A free-text answer's words. */
    public String text() {
        return values.isEmpty() ? "" : values.get(0);
    }

    public Set<Long> themes() {
        return Set.copyOf(themes);
    }
}
