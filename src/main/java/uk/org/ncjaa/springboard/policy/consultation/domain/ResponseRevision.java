package uk.org.ncjaa.springboard.policy.consultation.domain;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The response as it was when saved: kept so staff can see how it changed. */
@Entity
@Table(name = "policy_consultation_response_revision")
public class ResponseRevision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long consultationId;
    private String body;
    private String savedBy;
    private Instant savedAt;

    protected ResponseRevision() {
    }

    public ResponseRevision(long consultationId, String body, String savedBy, Instant savedAt) {
        this.consultationId = consultationId;
        this.body = body;
        this.savedBy = savedBy;
        this.savedAt = savedAt;
    }

    public Long id() {
        return id;
    }

    public String body() {
        return body;
    }

    public String savedBy() {
        return savedBy;
    }

    public Instant savedAt() {
        return savedAt;
    }
}
