package uk.org.ncjaa.springboard.events.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** An order: one person books one or more places of one ticket type, for themselves or others. */
@Entity
@Table(name = "booking")
public class Booking {

    public enum Provider { NONE, INVOICE, STRIPE }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String reference;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "event_id")
    private Event event;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "ticket_type_id")
    private TicketType ticketType;

    private Long accountId;

    private String bookerName;

    private String bookerEmail;

    private String bookerPhone;

    private String bookerOrg;

    private boolean onBehalf;

    private String heardAbout;

    @Enumerated(EnumType.STRING)
    private BookingState state;

    private int places;

    private int totalPence;

    private int refundedPence;

    @Enumerated(EnumType.STRING)
    private Provider provider;

    private String providerRef;

    private String providerPayment;

    private Long invoiceNumber;

    private Instant expiresAt;

    private Instant createdAt;

    private Instant paidAt;

    private Instant cancelledAt;

    @Version
    private long version;

    @OneToMany(mappedBy = "booking", cascade = CascadeType.ALL)
    @OrderBy("id")
    @org.hibernate.annotations.BatchSize(size = 50)
    private List<Attendee> attendees = new ArrayList<>();

    protected Booking() {
    }

    Booking(String reference, Event event, TicketType ticketType, Long accountId, Booker booker,
            String heardAbout, int places, Provider provider, Instant now) {
        this.reference = reference;
        this.event = event;
        this.ticketType = ticketType;
        this.accountId = accountId;
        this.bookerName = booker.name().strip();
        this.bookerEmail = booker.email().strip();
        this.bookerPhone = blankToNull(booker.phone());
        this.bookerOrg = blankToNull(booker.organisation());
        this.onBehalf = booker.onBehalf();
        this.heardAbout = blankToNull(heardAbout);
        this.places = places;
        this.totalPence = ticketType.pricePence() * places;
        this.provider = totalPence == 0 ? Provider.NONE : provider;
        this.createdAt = now;
        if (ticketType.kind().needsApproval()) {
            this.state = BookingState.AWAITING_APPROVAL;
        }
        else if (totalPence == 0) {
            this.state = BookingState.PAID;
            this.paidAt = now;
        }
        else {
            this.state = BookingState.PENDING_PAYMENT;
        }
    }

    void add(Attendee attendee) {
        attendees.add(attendee);
    }

    private void moveTo(BookingState next) {
        if (!state.canMoveTo(next)) {
            throw new IllegalStateException("A booking " + state.label().toLowerCase() + " cannot become " + next.label().toLowerCase());
        }
        this.state = next;
    }

    /** Payment received (or a bursary approved): the places are confirmed. */
    void paid(Instant now) {
        moveTo(BookingState.PAID);
        this.paidAt = now;
        this.expiresAt = null;
    }

    void awaitPayment(Instant expiresAt, Long invoiceNumber) {
        if (state != BookingState.PENDING_PAYMENT) {
            throw new IllegalStateException("Only an unpaid booking waits for payment");
        }
        this.expiresAt = expiresAt;
        if (invoiceNumber != null) {
            this.invoiceNumber = invoiceNumber;
        }
    }

    void checkout(String providerRef) {
        this.provider = Provider.STRIPE;
        this.providerRef = providerRef;
    }

    /** Paid through a provider. A payment reported again, or after a refund, changes nothing. */
    boolean paidByProvider(String payment, Instant now) {
        this.providerPayment = payment;
        if (paidAt != null || state == BookingState.CANCELLED) {
            return false;
        }
        paid(now);
        return true;
    }

    void numbered(long invoiceNumber) {
        if (this.invoiceNumber == null) {
            this.invoiceNumber = invoiceNumber;
        }
    }

    void cancel(Instant now) {
        moveTo(BookingState.CANCELLED);
        this.cancelledAt = now;
        this.expiresAt = null;
        attendees.forEach(Attendee::cancel);
    }

    /**
     * One person no longer comes. An unpaid booking then owes less; a paid one keeps its total (any
     * refund is recorded as a refund). Cancelling the last place cancels the booking.
     *
     * @return false when that place was not an active one of this booking
     */
    boolean cancelPlace(long attendeeId, Instant now) {
        if (!state.holdsPlaces()) {
            return false;
        }
        Attendee attendee = attendees.stream().filter(a -> a.id() == attendeeId && a.active()).findFirst().orElse(null);
        if (attendee == null) {
            return false;
        }
        if (activePlaces() == 1) {
            cancel(now);
            return true;
        }
        attendee.cancel();
        if (paidAt == null) {
            places--;
            totalPence -= ticketType.pricePence();
        }
        return true;
    }

    /** A refund recorded (once, by the provider's id for it). Refunding everything ends the booking. */
    void refunded(int amountPence, Instant now) {
        if (paidAt == null) {
            throw new IllegalStateException("Nothing was paid, so nothing can be refunded");
        }
        int total = Math.min(totalPence, refundedPence + amountPence);
        BookingState next = total >= totalPence ? BookingState.REFUNDED : BookingState.PARTLY_REFUNDED;
        if (state == BookingState.CANCELLED && next == BookingState.PARTLY_REFUNDED) {
            // part of a cancelled booking's payment returned: it stays cancelled
            this.refundedPence = total;
            return;
        }
        moveTo(next);
        this.refundedPence = total;
        if (next == BookingState.REFUNDED) {
            this.cancelledAt = now;
            attendees.forEach(Attendee::cancel);
        }
    }

    public int activePlaces() {
        return (int) attendees.stream().filter(Attendee::active).count();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public Long id() {
        return id;
    }

    public String reference() {
        return reference;
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

    public String bookerName() {
        return bookerName;
    }

    public String bookerEmail() {
        return bookerEmail;
    }

    public String bookerPhone() {
        return bookerPhone;
    }

    public String bookerOrg() {
        return bookerOrg;
    }

    public boolean onBehalf() {
        return onBehalf;
    }

    public String heardAbout() {
        return heardAbout;
    }

    public BookingState state() {
        return state;
    }

    public int places() {
        return places;
    }

    public int totalPence() {
        return totalPence;
    }

    public int refundedPence() {
        return refundedPence;
    }

    public String total() {
        return Money.format(totalPence);
    }

    /** When unpaid places are freed, as people read it and for a {@code <time datetime>} attribute. */
    public String payBy() {
        return expiresAt == null ? null : Dates.day(expiresAt) + ", " + Dates.time(expiresAt);
    }

    public String payByMachine() {
        return expiresAt == null ? null : Dates.machine(expiresAt);
    }

    public String refunded() {
        return Money.format(refundedPence);
    }

    public Provider provider() {
        return provider;
    }

    public String providerRef() {
        return providerRef;
    }

    public String providerPayment() {
        return providerPayment;
    }

    public Long invoiceNumber() {
        return invoiceNumber;
    }

    public Instant expiresAt() {
        return expiresAt;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant paidAt() {
        return paidAt;
    }

    public Instant cancelledAt() {
        return cancelledAt;
    }

    public List<Attendee> attendees() {
        return attendees;
    }

    /** Who booked: the person we write to about the booking. */
    public record Booker(String name, String email, String phone, String organisation, boolean onBehalf) {
    }
}
