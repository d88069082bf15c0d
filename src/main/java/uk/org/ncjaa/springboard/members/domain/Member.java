package uk.org.ncjaa.springboard.members.domain;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

@Entity
public class Member {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long accountId;

    private String displayName;

    private String regionSlug;

    private Instant joinedAt;

    @Version
    private long version;

    protected Member() {
    }

    public Member(long accountId, String displayName, Instant joinedAt) {
        this.accountId = accountId;
        this.displayName = displayName;
        this.joinedAt = joinedAt;
    }

    public Long id() {
        return id;
    }

    public long accountId() {
        return accountId;
    }

    public String displayName() {
        return displayName;
    }

    public String regionSlug() {
        return regionSlug;
    }

    public Instant joinedAt() {
        return joinedAt;
    }
}
