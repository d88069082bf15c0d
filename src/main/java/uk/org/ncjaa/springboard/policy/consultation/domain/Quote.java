package uk.org.ncjaa.springboard.policy.consultation.domain;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * Words staff chose from a free-text answer to quote. Only an answer whose author agreed to be quoted
 * can give one: refused here, and by the database (the answer's consent is part of the key).
 */
@Entity
@Table(name = "policy_consultation_quote")
public class Quote {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long consultationId;
    private long replyId;
    private long answerId;
    private boolean quotable;
    private String text;
    private String attribution;
    private Instant chosenAt;

    protected Quote() {
    }

    public Quote(Answer answer, Reply reply, String text, Instant now) {
        if (!answer.quotable()) {
            throw new ConsultationException("This person did not agree to be quoted.");
        }
        if (reply.answer() != answer) {
            throw new IllegalArgumentException("Not this answer's reply");
        }
        String words = text == null || text.isBlank() ? reply.text() : text.strip();
        if (words.isBlank()) {
            throw new ConsultationException("There are no words to quote.");
        }
        this.consultationId = answer.consultationId();
        this.replyId = reply.id();
        this.answerId = answer.id();
        this.quotable = true;
        this.text = words;
        this.attribution = answer.attribution();
        this.chosenAt = now;
    }

    public Long id() {
        return id;
    }

    public long consultationId() {
        return consultationId;
    }

    public long replyId() {
        return replyId;
    }

    public long answerId() {
        return answerId;
    }

    public String text() {
        return text;
    }

    public String attribution() {
        return attribution;
    }

    public Instant chosenAt() {
        return chosenAt;
    }
}
