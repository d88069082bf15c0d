package uk.org.ncjaa.springboard.policy.forum;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * An issue a member raises for the forum. The secretariat accepts it (perhaps onto a meeting's
 * agenda), merges it into another proposal on the same issue (whose raisers it then adds to), or
 * declines it with a reason the member reads.
 */
@Entity(name = "ForumProposal")
@Table(name = "forum_proposal")
public class Proposal {

    public enum Status {
        SUBMITTED("Waiting for the secretariat"), ACCEPTED("Accepted for the forum"), MERGED("Joined with another proposal"),
        DECLINED("Declined");

        private final String label;

        Status(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long accountId;
    private String proposerName;
    private boolean named;
    private String title;
    private String why;
    private String evidence;
    private String region;

    @Enumerated(EnumType.STRING)
    private Status status = Status.SUBMITTED;

    private String reason = "";
    private Long mergedInto;
    private Long meetingId;
    private Instant createdAt;
    private Instant decidedAt;

    @Version
    private long version;

    protected Proposal() {
    }

    public Proposal(long accountId, String proposerName, boolean named, String title, String why, String evidence, String region,
            Instant now) {
        this.accountId = accountId;
        this.proposerName = proposerName;
        this.named = named;
        this.title = title.strip();
        this.why = why.strip();
        this.evidence = evidence == null ? "" : evidence.strip();
        this.region = region == null ? "" : region.strip();
        this.createdAt = now;
    }

    /** @param meetingId the meeting whose agenda it goes on, or null to accept it for a later one */
    public void accept(Long meetingId, Clock clock) {
        if (status == Status.MERGED || status == Status.DECLINED) {
            throw new ForumException("This proposal has already been decided.");
        }
        this.status = Status.ACCEPTED;
        this.meetingId = meetingId;
        this.decidedAt = clock.instant();
    }

    public void mergeInto(Proposal target, Clock clock) {
        if (status != Status.SUBMITTED) {
            throw new ForumException("Only a proposal still waiting can be joined with another.");
        }
        if (target == null || Objects.equals(target.id, id)) {
            throw new ForumException("Choose another proposal to join it with.");
        }
        if (target.status == Status.MERGED || target.status == Status.DECLINED) {
            throw new ForumException("Join it with a proposal that is waiting or accepted.");
        }
        this.status = Status.MERGED;
        this.mergedInto = target.id;
        this.decidedAt = clock.instant();
    }

    public void decline(String why, Clock clock) {
        String text = why == null ? "" : why.strip();
        if (text.isEmpty()) {
            throw new ForumException("Give the member a reason.");
        }
        if (status != Status.SUBMITTED) {
            throw new ForumException("Only a proposal still waiting can be declined.");
        }
        this.status = Status.DECLINED;
        this.reason = text;
        this.decidedAt = clock.instant();
    }

    /** Who raised an issue: the people behind a proposal and every proposal joined with it, and how many. */
    public record Raisers(int count, List<String> names) {
    }

    /** The raisers of {@code root}, from every proposal joined with it however indirectly; only those who agreed are named. */
    public static Raisers raisers(Proposal root, Collection<Proposal> all) {
        List<Proposal> found = new ArrayList<>();
        List<Proposal> next = new ArrayList<>(List.of(root));
        while (!next.isEmpty()) {
            Proposal p = next.remove(0);
            if (found.stream().anyMatch(f -> Objects.equals(f.id, p.id))) {
                continue;
            }
            found.add(p);
            all.stream().filter(o -> o.status == Status.MERGED && Objects.equals(o.mergedInto, p.id)).forEach(next::add);
        }
        List<String> names = found.stream().filter(p -> p.named).map(p -> p.proposerName).distinct().toList();
        long people = found.stream().map(p -> p.accountId).distinct().count();
        return new Raisers((int) people, names);
    }

    public Long id() {
        return id;
    }

    public long accountId() {
        return accountId;
    }

    public String proposerName() {
        return proposerName;
    }

    public boolean named() {
        return named;
    }

    public String title() {
        return title;
    }

    public String why() {
        return why;
    }

    public String evidence() {
        return evidence;
    }

    public String region() {
        return region;
    }

    public Status status() {
        return status;
    }

    public String reason() {
        return reason;
    }

    public Long mergedInto() {
        return mergedInto;
    }

    public Long meetingId() {
        return meetingId;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant decidedAt() {
        return decidedAt;
    }
}
