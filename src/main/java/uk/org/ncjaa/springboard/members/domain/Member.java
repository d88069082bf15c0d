package uk.org.ncjaa.springboard.members.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;

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

    private Long accountId;

    private String displayName;

    private String regionSlug;

    private Instant joinedAt;

    private String roleTitle;

    private String organisationName;

    private String heardFrom;

    private Instant erasedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "member_interest", joinColumns = @JoinColumn(name = "member_id"))
    private Set<Interest> interests = new LinkedHashSet<>();

    @OneToMany(mappedBy = "member", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("startedAt")
    private List<MembershipTerm> terms = new ArrayList<>();

    @Version
    private long version;

    protected Member() {
    }

    /** A member with a first term starting when they joined. */
    public Member(long accountId, String displayName, Instant joinedAt) {
        this(accountId, displayName, joinedAt, MembershipTerm.Kind.INDIVIDUAL);
    }

    /** A member joining as an individual or on behalf of an organisation. */
    public Member(long accountId, String displayName, Instant joinedAt, MembershipTerm.Kind kind) {
        this.accountId = accountId;
        this.displayName = displayName;
        this.joinedAt = joinedAt;
        this.terms.add(new MembershipTerm(this, kind, joinedAt));
    }

    /** What a member tells the network about their work; blank answers are kept as none. */
    public void describe(String roleTitle, String organisationName, String regionSlug, Collection<Interest> interests,
            String heardFrom) {
        this.roleTitle = blankToNull(roleTitle);
        this.organisationName = blankToNull(organisationName);
        this.regionSlug = blankToNull(regionSlug);
        this.heardFrom = blankToNull(heardFrom);
        this.interests.clear();
        this.interests.addAll(interests);
    }

    /** Ends the open term: the member has left, and their history stays. */
    public void leave(Instant when, String reason) {
        terms.stream().filter(MembershipTerm::open).forEach(term -> term.end(when, reason));
    }

    /** Starts a new term after a gap; nothing changes for a member whose term is still open. */
    public void rejoin(Instant when) {
        if (terms.stream().noneMatch(MembershipTerm::open)) {
            terms.add(new MembershipTerm(this, MembershipTerm.Kind.INDIVIDUAL, when));
        }
    }

    /**
     * Forgets who the member was, keeping only what counts need: region, what they worked in and
     * their terms, the open one ended now.
     */
    public void erase(Instant when) {
        leave(when, "Account deleted");
        accountId = null;
        displayName = null;
        roleTitle = null;
        organisationName = null;
        heardFrom = null;
        erasedAt = when;
    }

    public Instant erasedAt() {
        return erasedAt;
    }

    public boolean current() {
        return terms.stream().anyMatch(MembershipTerm::open);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public String roleTitle() {
        return roleTitle;
    }

    public String organisationName() {
        return organisationName;
    }

    public String heardFrom() {
        return heardFrom;
    }

    public Set<Interest> interests() {
        return Set.copyOf(interests);
    }

    public List<MembershipTerm> terms() {
        return List.copyOf(terms);
    }

    public Long id() {
        return id;
    }

    /** The member's account; null once erased. */
    public Long accountId() {
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
