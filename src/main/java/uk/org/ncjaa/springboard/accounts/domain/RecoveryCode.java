package uk.org.ncjaa.springboard.accounts.domain;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** A one-time code for staff who lose their authenticator; stored hashed. */
@Entity
public class RecoveryCode {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long accountId;

    private String codeHash;

    private Instant usedAt;

    protected RecoveryCode() {
    }

    public RecoveryCode(long accountId, String codeHash) {
        this.accountId = accountId;
        this.codeHash = codeHash;
    }

    public Long id() {
        return id;
    }

    public String codeHash() {
        return codeHash;
    }

    public Instant usedAt() {
        return usedAt;
    }
}
