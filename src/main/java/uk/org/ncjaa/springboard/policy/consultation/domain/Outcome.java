package uk.org.ncjaa.springboard.policy.consultation.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One row of "you said, we did". */
@Entity
@Table(name = "policy_consultation_outcome")
public class Outcome {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long consultationId;
    private int position;
    private String youSaid;
    private String weDid;

    protected Outcome() {
    }

    public Outcome(long consultationId, int position, String youSaid, String weDid) {
        if (youSaid == null || youSaid.isBlank() || weDid == null || weDid.isBlank()) {
            throw new ConsultationException("Write both what people said and what the alliance did.");
        }
        this.consultationId = consultationId;
        this.position = position;
        this.youSaid = youSaid.strip();
        this.weDid = weDid.strip();
    }

    public Long id() {
        return id;
    }

    public long consultationId() {
        return consultationId;
    }

    public int position() {
        return position;
    }

    public String youSaid() {
        return youSaid;
    }

    public String weDid() {
        return weDid;
    }
}
