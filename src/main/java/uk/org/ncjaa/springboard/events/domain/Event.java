package uk.org.ncjaa.springboard.events.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import uk.org.ncjaa.springboard.shared.i18n.Bilingual;
import uk.org.ncjaa.springboard.events.Ask;
import uk.org.ncjaa.springboard.events.Delivery;
import uk.org.ncjaa.springboard.events.EventKind;
import uk.org.ncjaa.springboard.events.TicketKind;

/**
 * An event: what, when, where, for how many, and on what terms people book. Its row is the lock
 * that every change to its places takes, so places are counted and changed one booking at a time.
 */
@Entity
@Table(name = "event")
public class Event {

    public enum Status {
        DRAFT("Draft"), PUBLISHED("Published"), CANCELLED("Cancelled"), ARCHIVED("Archived");

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

    private String slug;

    private String title;

    @Enumerated(EnumType.STRING)
    private EventKind kind;

    @Enumerated(EnumType.STRING)
    private Delivery delivery;

    private String summary;

    private String description;

    // an editor's Welsh version, each null where there is none
    private String titleCy;

    private String summaryCy;

    private String descriptionCy;

    private Instant startsAt;

    private Instant endsAt;

    private String venueName;

    private String venueAddress;

    private String accessInfo;

    private String joiningDetails;

    private String organiser;

    private String region;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "text[]")
    private String[] artForms = new String[0];

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "text[]")
    private String[] settings = new String[0];

    private int capacity;

    private Instant bookingOpensAt;

    private Instant bookingClosesAt;

    private String series;

    private String invitationCode;

    @Enumerated(EnumType.STRING)
    private Ask askAccess = Ask.OPTIONAL;

    @Enumerated(EnumType.STRING)
    private Ask askDietary = Ask.OFF;

    @Enumerated(EnumType.STRING)
    private Ask askHeard = Ask.OPTIONAL;

    @Enumerated(EnumType.STRING)
    private Status status;

    private String cancelReason;

    private Instant createdAt;

    private Instant updatedAt;

    @Version
    private long version;

    // lists of events load their sessions and tickets in batches rather than one query per event
    @OneToMany(mappedBy = "event", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    @org.hibernate.annotations.BatchSize(size = 50)
    private List<EventSession> sessions = new ArrayList<>();

    @OneToMany(mappedBy = "event", cascade = CascadeType.ALL)
    @OrderBy("kind")
    @org.hibernate.annotations.BatchSize(size = 50)
    private List<TicketType> ticketTypes = new ArrayList<>();

    protected Event() {
    }

    Event(String slug, EventDetails details, Instant now) {
        this.slug = slug;
        this.status = Status.DRAFT;
        this.createdAt = now;
        apply(details, now);
    }

    /** Invitation-only events get a code for staff to send with their invitations. */
    private void ensureInvitationCode() {
        if (kind.invitationOnly() && invitationCode == null) {
            invitationCode = Tokens.newToken().substring(0, 10).toUpperCase(java.util.Locale.ROOT).replace('_', 'X').replace('-', 'Y');
        }
    }

    public boolean invitationMatches(String code) {
        return invitationCode != null && code != null && java.security.MessageDigest.isEqual(
                invitationCode.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                code.strip().toUpperCase(java.util.Locale.ROOT).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    public String invitationCode() {
        return invitationCode;
    }

    /** Sets everything staff can edit. Ticket types keep their ids (bookings point at them); one no longer offered gets no allowance. */
    void apply(EventDetails details, Instant now) {
        this.title = details.title().strip();
        this.kind = details.kind();
        this.delivery = details.delivery();
        this.summary = details.summary().strip();
        this.description = details.description().strip();
        this.startsAt = details.startsAt();
        this.endsAt = details.endsAt();
        this.venueName = blankToNull(details.venueName());
        this.venueAddress = blankToNull(details.venueAddress());
        this.accessInfo = blankToNull(details.accessInfo());
        this.joiningDetails = blankToNull(details.joiningDetails());
        this.organiser = details.organiser().strip();
        this.region = blankToNull(details.region());
        this.artForms = details.artForms().toArray(String[]::new);
        this.settings = details.settings().toArray(String[]::new);
        this.capacity = details.capacity();
        this.bookingOpensAt = details.bookingOpensAt();
        this.bookingClosesAt = details.bookingClosesAt();
        this.series = blankToNull(details.series());
        this.askAccess = details.askAccess();
        this.askDietary = details.askDietary();
        this.askHeard = details.askHeard();
        this.updatedAt = now;
        ensureInvitationCode();
        sessions.clear();
        int position = 0;
        for (EventDetails.Session session : details.sessions()) {
            sessions.add(new EventSession(this, position++, session.title(), session.startsAt(), session.endsAt()));
        }
        for (TicketKind ticketKind : TicketKind.values()) {
            EventDetails.Ticket offered = details.tickets().get(ticketKind);
            Optional<TicketType> existing = ticketType(ticketKind);
            if (offered != null) {
                int price = ticketKind.alwaysFree() ? 0 : offered.pricePence();
                existing.ifPresentOrElse(t -> t.change(price, offered.allowance()),
                        () -> ticketTypes.add(new TicketType(this, ticketKind, price, offered.allowance())));
            }
            else {
                existing.ifPresent(t -> t.change(t.pricePence(), 0));
            }
        }
    }

    /** Sets the Welsh version; a blank field means there is none, and Welsh pages show the English. */
    void translate(Welsh welsh, Instant now) {
        Welsh checked = welsh == null ? Welsh.NONE : welsh;
        this.titleCy = blankToNull(checked.title());
        this.summaryCy = blankToNull(checked.summary());
        this.descriptionCy = blankToNull(checked.description());
        this.updatedAt = now;
    }

    /** An editor's Welsh version of the title, summary and description; null or blank where there is none. */
    public record Welsh(String title, String summary, String description) {

        public static final Welsh NONE = new Welsh(null, null, null);
    }

    public Welsh welsh() {
        return new Welsh(titleCy, summaryCy, descriptionCy);
    }

    public String titleCy() {
        return titleCy;
    }

    public String summaryCy() {
        return summaryCy;
    }

    public String descriptionCy() {
        return descriptionCy;
    }

    /** The title a page in Welsh ({@code welsh}) or English shows: the Welsh version on a Welsh page where there is one. */
    public String title(boolean welsh) {
        return Bilingual.pick(welsh, title, titleCy);
    }

    public String summary(boolean welsh) {
        return Bilingual.pick(welsh, summary, summaryCy);
    }

    public String description(boolean welsh) {
        return Bilingual.pick(welsh, description, descriptionCy);
    }

    /** {@code en-GB} where a Welsh page shows the English title for want of a Welsh one, so screen readers switch voice; else null. */
    public String titleLang(boolean welsh) {
        return Bilingual.lang(welsh, titleCy);
    }

    public String summaryLang(boolean welsh) {
        return Bilingual.lang(welsh, summaryCy);
    }

    public String descriptionLang(boolean welsh) {
        return Bilingual.lang(welsh, descriptionCy);
    }

    void publish(Instant now) {
        if (status != Status.DRAFT) {
            throw new IllegalStateException("Only a draft can be published");
        }
        this.status = Status.PUBLISHED;
        this.updatedAt = now;
    }

    void cancel(String reason, Instant now) {
        if (status == Status.CANCELLED) {
            throw new IllegalStateException("The event is already cancelled");
        }
        this.status = Status.CANCELLED;
        this.cancelReason = reason.strip();
        this.updatedAt = now;
    }

    void archive(Instant now) {
        this.status = Status.ARCHIVED;
        this.updatedAt = now;
    }

    public EventDetails details() {
        java.util.Map<TicketKind, EventDetails.Ticket> tickets = new java.util.EnumMap<>(TicketKind.class);
        for (TicketType t : ticketTypes) {
            if (t.allowance() > 0) {
                tickets.put(t.kind(), new EventDetails.Ticket(t.pricePence(), t.allowance()));
            }
        }
        return new EventDetails(title, kind, delivery, summary, description, startsAt, endsAt, venueName, venueAddress,
                accessInfo, joiningDetails, organiser, region, Arrays.asList(artForms), Arrays.asList(settings), capacity,
                bookingOpensAt, bookingClosesAt, series, askAccess, askDietary, askHeard,
                sessions.stream().map(s -> new EventDetails.Session(s.title(), s.startsAt(), s.endsAt())).toList(), tickets);
    }

    /** Whether booking is open now; the reason when it is not. */
    public Optional<String> bookingClosedReason(Instant now) {
        if (status == Status.CANCELLED) {
            return Optional.of("This event has been cancelled.");
        }
        if (status != Status.PUBLISHED) {
            return Optional.of("This event is not open for booking.");
        }
        if (bookingOpensAt != null && now.isBefore(bookingOpensAt)) {
            return Optional.of("Booking has not opened yet.");
        }
        if (bookingClosesAt != null && !now.isBefore(bookingClosesAt) || !now.isBefore(startsAt)) {
            return Optional.of("Booking has closed.");
        }
        return Optional.empty();
    }

    public Optional<TicketType> ticketType(TicketKind kind) {
        return ticketTypes.stream().filter(t -> t.kind() == kind).findFirst();
    }

    /** Ticket types on offer, in a fixed order. */
    public List<TicketType> offered() {
        return ticketTypes.stream().filter(t -> t.allowance() > 0).sorted(java.util.Comparator.comparing(TicketType::kind)).toList();
    }

    public boolean free() {
        return offered().stream().anyMatch(t -> t.pricePence() == 0 && !t.kind().needsApproval());
    }

    public boolean isPublic() {
        return status == Status.PUBLISHED || status == Status.CANCELLED || status == Status.ARCHIVED;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** "Friday 15 January 2027, 9:30am to 4:30pm", in UK time. */
    public String when() {
        return Dates.range(startsAt, endsAt);
    }

    /** The start for a {@code <time datetime>} attribute. */
    public String startsAtMachine() {
        return Dates.machine(startsAt);
    }

    public String day() {
        return Dates.day(startsAt);
    }

    public String where() {
        return Calendars.location(this);
    }

    public Long id() {
        return id;
    }

    public String slug() {
        return slug;
    }

    public String title() {
        return title;
    }

    public EventKind kind() {
        return kind;
    }

    public Delivery delivery() {
        return delivery;
    }

    public String summary() {
        return summary;
    }

    public String description() {
        return description;
    }

    public Instant startsAt() {
        return startsAt;
    }

    public Instant endsAt() {
        return endsAt;
    }

    public String venueName() {
        return venueName;
    }

    public String venueAddress() {
        return venueAddress;
    }

    public String accessInfo() {
        return accessInfo;
    }

    public String joiningDetails() {
        return joiningDetails;
    }

    public String organiser() {
        return organiser;
    }

    public String region() {
        return region;
    }

    public List<String> artForms() {
        return List.of(artForms);
    }

    public List<String> settings() {
        return List.of(settings);
    }

    public int capacity() {
        return capacity;
    }

    public Instant bookingOpensAt() {
        return bookingOpensAt;
    }

    public Instant bookingClosesAt() {
        return bookingClosesAt;
    }

    public String series() {
        return series;
    }

    public Ask askAccess() {
        return askAccess;
    }

    public Ask askDietary() {
        return askDietary;
    }

    public Ask askHeard() {
        return askHeard;
    }

    public Status status() {
        return status;
    }

    public String cancelReason() {
        return cancelReason;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public List<EventSession> sessions() {
        return sessions;
    }

    public List<TicketType> ticketTypes() {
        return ticketTypes;
    }
}
