package uk.org.ncjaa.springboard.policy.consultation.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A theme staff found in a consultation's free-text answers, counted across them. */
@Entity
@Table(name = "policy_consultation_theme")
public class Theme {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long consultationId;
    private String name;

    protected Theme() {
    }

    public Theme(long consultationId, String name) {
        if (name == null || name.isBlank() || name.strip().length() > 120) {
            throw new ConsultationException("Enter a theme of up to 120 characters.");
        }
        this.consultationId = consultationId;
        this.name = name.strip();
    }

    public Long id() {
        return id;
    }

    public long consultationId() {
        return consultationId;
    }

    public String name() {
        return name;
    }
}
