package uk.org.ncjaa.springboard.events.domain;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A place in the queue for a full event. When places free up, the entry at the front is offered
 * them for a limited time; if the offer lapses it passes to the next.
 */
@Entity
@Table(name = "waitlist_entry")
public class WaitlistEntry {

    public enum State {
        WAITING("Waiting"), OFFERED("Offered places"), TAKEN("Booked"), LAPSED("Offer lapsed"), LEFT("Left the list");

        private final String label;

        State(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "event_id")
    private Event event;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "ticket_type_id")
    private TicketType ticketType;

    private Long accountId;

    private String name;

    private String email;

    private int places;

    private String tokenHash;

    private String offerTokenHash;

    @Enumerated(EnumType.STRING)
    private State state;

    private String priorityReason;

    private Long priorityBy;

    private Instant offeredAt;

    private Instant offerExpiresAt;

    private Instant createdAt;

    @Version
    private long version;

    protected WaitlistEntry() {
    }

    WaitlistEntry(Event event, TicketType ticketType, Long accountId, String name, String email, int places, String tokenHash,
            Instant now) {
        this.event = event;
        this.ticketType = ticketType;
        this.accountId = accountId;
        this.name = name.strip();
        this.email = email.strip();
        this.places = places;
        this.tokenHash = tokenHash;
        this.state = State.WAITING;
        this.createdAt = now;
    }

    /** @param tokenHash of the link in the offer email: a new one, because only hashes of the first link are kept */
    void offer(Instant now, Instant expires, String tokenHash) {
        if (state != State.WAITING) {
            throw new IllegalStateException("Only a waiting entry can be offered places");
        }
        this.state = State.OFFERED;
        this.offeredAt = now;
        this.offerExpiresAt = expires;
        this.offerTokenHash = tokenHash;
    }

    void lapse() {
        if (state == State.OFFERED) {
            this.state = State.LAPSED;
        }
    }

    void taken() {
        if (state != State.OFFERED) {
            throw new IllegalStateException("Only an offer can be taken up");
        }
        this.state = State.TAKEN;
    }

    void leave() {
        if (state == State.WAITING || state == State.OFFERED) {
            this.state = State.LEFT;
        }
    }

    void prioritise(String reason, long staffId) {
        this.priorityReason = reason.strip();
        this.priorityBy = staffId;
    }

    public boolean open() {
        return state == State.WAITING || state == State.OFFERED;
    }

    public String offerUntil() {
        return offerExpiresAt == null ? null : Dates.dayAndTime(offerExpiresAt);
    }

    public Long id() {
        return id;
    }

    public Event event() {
        return event;
    }

    public TicketType ticketType() {
        return ticketType;
    }

    public Long accountId() {
        return accountId;
    }

    public String name() {
        return name;
    }

    public String email() {
        return email;
    }

    public int places() {
        return places;
    }

    public State state() {
        return state;
    }

    public String priorityReason() {
        return priorityReason;
    }

    public boolean priority() {
        return priorityReason != null;
    }

    public Instant offeredAt() {
        return offeredAt;
    }

    public Instant offerExpiresAt() {
        return offerExpiresAt;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
