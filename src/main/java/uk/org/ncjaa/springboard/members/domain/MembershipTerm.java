package uk.org.ncjaa.springboard.members.domain;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

/** One run of membership, from joining to leaving: terms are added, never overwritten. */
@Entity
public class MembershipTerm {

    public enum Kind {
        INDIVIDUAL, ORGANISATION
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "member_id")
    private Member member;

    @Enumerated(EnumType.STRING)
    private Kind kind;

    private Instant startedAt;

    private Instant endedAt;

    private String endReason;

    protected MembershipTerm() {
    }

    MembershipTerm(Member member, Kind kind, Instant startedAt) {
        this.member = member;
        this.kind = kind;
        this.startedAt = startedAt;
    }

    void end(Instant when, String reason) {
        if (endedAt == null) {
            endedAt = when;
            endReason = reason;
        }
    }

    public boolean open() {
        return endedAt == null;
    }

    public Kind kind() {
        return kind;
    }

    public Instant startedAt() {
        return startedAt;
    }

    public Instant endedAt() {
        return endedAt;
    }

    public String endReason() {
        return endReason;
    }
}
