package uk.org.ncjaa.springboard.events.domain;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.org.ncjaa.springboard.events.EventsChanged;
import uk.org.ncjaa.springboard.events.EventsProperties;
import uk.org.ncjaa.springboard.events.TicketKind;
import uk.org.ncjaa.springboard.members.MembersApi;
import uk.org.ncjaa.springboard.shared.NotFoundException;

/**
 * Booking places, and everything that frees them again. Places are decided inside one
 * transaction that holds the event's row lock and counts what is taken after locking, so two
 * people can never both get the last place. A freed place goes to the waiting list first.
 */
@Service
public class Bookings {

    private final EventRepository events;
    private final BookingRepository bookings;
    private final WaitlistRepository waitlist;
    private final JdbcTemplate jdbc;
    private final Notices notices;
    private final EventsProperties properties;
    private final MembersApi members;
    private final EventInvitations invitations;
    private final ApplicationEventPublisher publisher;
    private final Clock clock;

    /** Off only in the test that shows what happens without the lock. */
    private volatile boolean guarded = true;

    Bookings(EventRepository events, BookingRepository bookings, WaitlistRepository waitlist, JdbcTemplate jdbc, Notices notices,
            EventsProperties properties, MembersApi members, EventInvitations invitations, ApplicationEventPublisher publisher,
            Clock clock) {
        this.invitations = invitations;
        this.events = events;
        this.bookings = bookings;
        this.waitlist = waitlist;
        this.jdbc = jdbc;
        this.notices = notices;
        this.properties = properties;
        this.members = members;
        this.publisher = publisher;
        this.clock = clock;
    }

    /** What booking led to. */
    public sealed interface Outcome permits Booked, Waitlisted, Refused {
    }

    /** Places taken; the token opens the booking's own page. */
    public record Booked(Booking booking, String token) implements Outcome {
    }

    /** Full: on the waiting list at this position. */
    public record Waitlisted(WaitlistEntry entry, int position, String token) implements Outcome {
    }

    /** Not booked, for a reason the person can act on. */
    public record Refused(String reason, String key, List<Object> args) implements Outcome {

        /** A reason with no message of its own in the bundles (the page shows it as it is, or as booking closed). */
        public Refused(String reason) {
            this(reason, null, List.of());
        }

        /** A reason with a message key; ticket kinds among {@code args} are named in the page's language. */
        static Refused of(String reason, String key, Object... args) {
            return new Refused(reason, key, List.of(args));
        }
    }

    public record AttendeeDetails(String name, String email, String accessNeeds, String dietaryNeeds) {
    }

    /**
     * @param offerToken the link of a waiting-list offer being taken up, if any
     * @param invitationCode for invitation-only events
     * @param rememberAccessNeeds keep the first attendee's access needs for the member's next booking
     */
    public record Request(long eventId, TicketKind ticket, Long accountId, Booking.Booker booker, List<AttendeeDetails> attendees,
            String heardAbout, Booking.Provider provider, boolean waitlistIfFull, String offerToken, String invitationCode,
            boolean rememberAccessNeeds) {
    }

    @Transactional
    public Outcome book(Request request) {
        Instant now = clock.instant();
        limitLockWait();
        int places = request.attendees().size();
        if (places < 1 || places > properties.maxPlaces()) {
            return Refused.of("You can book between 1 and " + properties.maxPlaces() + " places at a time.", "events.refused.places",
                    properties.maxPlaces());
        }
        WaitlistEntry offer = null;
        if (request.offerToken() != null) {
            offer = waitlist.byToken(Tokens.hash(request.offerToken())).orElse(null);
            if (offer == null || offer.state() != WaitlistEntry.State.OFFERED || offer.event().id() != request.eventId()
                    || !offer.offerExpiresAt().isAfter(now)) {
                return Refused.of("This offer of places has ended. You can still book if places are free, or join the waiting list.",
                        "events.refused.offerEnded");
            }
            if (places > offer.places() || offer.ticketType().kind() != request.ticket()) {
                return Refused.of("The places offered to you are " + offer.places() + " " + offer.ticketType().kind().label()
                        + " place" + (offer.places() == 1 ? "" : "s") + ".", "events.refused.offered", offer.places(),
                        offer.ticketType().kind());
            }
        }
        Event event;
        boolean locked = false;
        if (guarded && offer == null && freePlaces(request.eventId(), -1, now).of(request.ticket()) < places) {
            // nobody can take a place without the lock, so joining the queue for a full event needs none
            event = events.findById(request.eventId()).orElse(null);
        }
        else {
            event = guarded ? events.lock(request.eventId()).orElse(null) : events.findById(request.eventId()).orElse(null);
            locked = guarded;
        }
        if (event == null) {
            return Refused.of("This event does not exist.", "events.refused.noEvent");
        }
        Optional<String> closed = event.bookingClosedReason(now);
        if (closed.isPresent()) {
            return new Refused(closed.get());
        }
        TicketType type = event.ticketType(request.ticket()).filter(t -> t.allowance() > 0).orElse(null);
        if (type == null) {
            return Refused.of("That kind of ticket is not available for this event.", "events.refused.noTicket");
        }
        if (type.kind().needsMember() && (request.accountId() == null || members.forAccount(request.accountId()).isEmpty())) {
            return Refused.of("Member prices are for members of the alliance. Log in, or join for free, to book at this price.",
                    "events.refused.members");
        }
        Long invitation = null;
        if (event.kind().invitationOnly() && offer == null) {
            invitation = invitations.open(event.id(), request.invitationCode()).orElse(null);
            if (invitation == null && !event.invitationMatches(request.invitationCode())) {
                return Refused.of("This event is by invitation only. Please use the link in your invitation, or enter its code.",
                        "events.refused.invitation");
            }
            if (invitation != null && places > 1) {
                return Refused.of("A personal invitation is for one place.", "events.refused.invitationOne");
            }
        }
        FreePlaces left = freePlaces(event.id(), offer == null ? -1 : offer.id(), now);
        int free = left.of(type.kind());
        if (places <= free && guarded && !locked) {
            // a place came free since the quick look: count again under the lock before taking it
            events.lock(event.id());
            left = freePlaces(event.id(), -1, now);
            free = left.of(type.kind());
        }
        if (places <= free) {
            Outcome booked = confirm(event, type, request, offer, now);
            if (invitation != null && !invitations.use(invitation, ((Booked) booked).booking().id())) {
                // someone booked with the same link a moment earlier: nothing of this booking is kept
                org.springframework.transaction.interceptor.TransactionAspectSupport.currentTransactionStatus().setRollbackOnly();
                return Refused.of("This invitation has already been used to book a place.", "events.refused.invitationUsed");
            }
            return booked;
        }
        String ticket = "the " + type.kind().label() + " ticket";
        if (free > 0) {
            // fewer places than asked for, but some: the person can book those, so they are told rather than queued as if
            // the event were full (the waiting list is for a ticket with none left)
            return Refused.of("Only " + free + " place" + (free == 1 ? " is" : "s are") + " left for " + ticket + ". Choose " + free
                    + (free == 1 ? " place to book it." : " places or fewer to book them."),
                    free == 1 ? "events.refused.fewer.one" : "events.refused.fewer.many", free, type.kind());
        }
        if (request.waitlistIfFull() && offer == null) {
            return join(event, type, request, now);
        }
        return left.total() > 0 ? Refused.of("No places are left for " + ticket + ".", "events.refused.none", type.kind())
                : Refused.of("Sorry, this event is full.", "events.refused.full");
    }

    private Outcome confirm(Event event, TicketType type, Request request, WaitlistEntry offer, Instant now) {
        Booking booking = new Booking(Tokens.newReference(), event, type, request.accountId(), request.booker(), request.heardAbout(),
                request.attendees().size(), request.provider(), now);
        for (AttendeeDetails details : request.attendees()) {
            booking.add(new Attendee(booking, details.name(), details.email(), details.accessNeeds(), details.dietaryNeeds()));
        }
        if (booking.state() == BookingState.PENDING_PAYMENT) {
            if (booking.provider() == Booking.Provider.INVOICE) {
                Instant due = now.plus(properties.invoiceTerm());
                booking.awaitPayment(due.isBefore(event.startsAt()) ? due : event.startsAt(), nextInvoiceNumber());
            }
            else {
                // a card payment not made within the hour frees its places
                booking.awaitPayment(now.plus(java.time.Duration.ofHours(1)), null);
            }
        }
        bookings.save(booking);
        if (offer != null) {
            offer.taken();
        }
        if (request.rememberAccessNeeds() && request.accountId() != null) {
            rememberAccessNeeds(request.accountId(), request.attendees().get(0).accessNeeds(), now);
        }
        String token = link(booking, now);
        if (booking.state().confirmed()) {
            notices.confirmed(booking, token);
        }
        else if (booking.provider() != Booking.Provider.STRIPE) {
            notices.received(booking, token);
        }
        publisher.publishEvent(new EventsChanged(event.id()));
        return new Booked(booking, token);
    }

    private Outcome join(Event event, TicketType type, Request request, Instant now) {
        String token = Tokens.newToken();
        WaitlistEntry entry = waitlist.save(new WaitlistEntry(event, type, request.accountId(), request.booker().name(),
                request.booker().email(), request.attendees().size(), Tokens.hash(token), now));
        int position = position(entry);
        notices.waitlisted(entry, token, position);
        return new Waitlisted(entry, position, token);
    }

    /**
     * Places free now: the event's capacity less the places held and those held for waiting-list
     * offers (except the offer being taken up), and for each ticket type the same within its own
     * allowance. Counted in SQL from the rows themselves, so under the event's lock it is exact.
     */
    record FreePlaces(int total, Map<TicketKind, Integer> byKind) {

        int of(TicketKind kind) {
            return byKind.getOrDefault(kind, 0);
        }
    }

    FreePlaces freePlaces(long eventId, long offerId, Instant now) {
        java.sql.Timestamp at = java.sql.Timestamp.from(now);
        Map<TicketKind, Integer> byKind = new java.util.EnumMap<>(TicketKind.class);
        int[] total = { 0 };
        jdbc.query("""
                select t.kind,
                       e.capacity - (select count(*) from attendee a where a.event_id = e.id and a.active)
                                  - (select coalesce(sum(w.places), 0) from waitlist_entry w where w.event_id = e.id
                                       and w.state = 'OFFERED' and w.offer_expires_at > ? and w.id <> ?) as total,
                       t.allowance - (select count(*) from attendee a where a.event_id = e.id and a.ticket_type_id = t.id and a.active)
                                   - (select coalesce(sum(w.places), 0) from waitlist_entry w where w.event_id = e.id
                                       and w.ticket_type_id = t.id and w.state = 'OFFERED' and w.offer_expires_at > ? and w.id <> ?) as of_kind
                from event e join ticket_type t on t.event_id = e.id where e.id = ?
                """, rs -> {
                    total[0] = rs.getInt("total");
                    byKind.put(TicketKind.valueOf(rs.getString("kind")), Math.min(rs.getInt("total"), rs.getInt("of_kind")));
                }, at, offerId, at, offerId, eventId);
        return new FreePlaces(total[0], byKind);
    }

    /** Places left for each ticket type, for the event page (a snapshot: booking counts again under the lock). */
    public Map<TicketKind, Integer> availability(long eventId) {
        Map<TicketKind, Integer> free = new java.util.EnumMap<>(TicketKind.class);
        freePlaces(eventId, -1, clock.instant()).byKind().forEach((kind, n) -> free.put(kind, Math.max(0, n)));
        return free;
    }

    /**
     * Where an entry stands: how many open entries are ahead of it, plus one. Counted in SQL, because
     * when a popular event fills, hundreds join at once and each wants its number.
     */
    int position(WaitlistEntry entry) {
        if (!entry.open()) {
            return 0;
        }
        java.sql.Timestamp joined = java.sql.Timestamp.from(entry.createdAt());
        Integer ahead = jdbc.queryForObject("""
                select count(*) from waitlist_entry w
                where w.event_id = ? and w.state in ('WAITING', 'OFFERED') and (
                  (w.priority_reason is not null and not ?)
                  or ((w.priority_reason is not null) = ? and (w.created_at < ? or w.created_at = ? and w.id <= ?)))
                """, Integer.class, entry.event().id(), entry.priority(), entry.priority(), joined, joined, entry.id());
        return ahead == null ? 0 : ahead;
    }

    /**
     * Offers freed places to the front of the queue, never more than are free. An entry wanting more
     * places than are free keeps its turn, and smaller entries behind it may be offered what fits.
     * The caller holds the event's lock.
     */
    int offerFreed(Event event, Instant now) {
        if (event.bookingClosedReason(now).isPresent()) {
            return 0;
        }
        // places are counted in SQL: what this transaction changed must be written first
        bookings.flush();
        List<WaitlistEntry> queue = waitlist.queue(event.id());
        if (queue.stream().noneMatch(e -> e.state() == WaitlistEntry.State.WAITING)) {
            return 0;
        }
        FreePlaces free = freePlaces(event.id(), -1, now);
        Map<TicketKind, Integer> freeByKind = new java.util.EnumMap<>(free.byKind());
        int freeTotal = free.total();
        int offers = 0;
        for (WaitlistEntry entry : queue) {
            if (freeTotal <= 0) {
                break;
            }
            if (entry.state() != WaitlistEntry.State.WAITING) {
                continue;
            }
            TicketKind kind = entry.ticketType().kind();
            int freeOfKind = freeByKind.getOrDefault(kind, 0);
            if (entry.places() <= Math.min(freeTotal, freeOfKind)) {
                String token = Tokens.newToken();
                entry.offer(now, now.plus(properties.offerHold()), Tokens.hash(token));
                notices.offered(entry, token);
                freeTotal -= entry.places();
                freeByKind.put(kind, freeOfKind - entry.places());
                offers++;
                // the same places count against every other kind's allowance through the total
            }
        }
        return offers;
    }

    /** The booker (or staff) cancels a whole booking: its places are freed and offered on. */
    @Transactional
    public void cancel(long bookingId, String why) {
        Instant now = clock.instant();
        Booking booking = lockedBooking(bookingId);
        booking.cancel(now);
        notices.cancelled(booking, why);
        offerFreed(booking.event(), now);
        publisher.publishEvent(new EventsChanged(booking.event().id()));
    }

    /** The booker cancels one place of several: it is freed and offered on. */
    @Transactional
    public boolean cancelPlace(long bookingId, long attendeeId) {
        Instant now = clock.instant();
        Booking booking = lockedBooking(bookingId);
        String name = booking.attendees().stream().filter(a -> a.id() == attendeeId).map(Attendee::name).findFirst().orElse(null);
        if (!booking.cancelPlace(attendeeId, now)) {
            return false;
        }
        notices.cancelled(booking, booking.state() == BookingState.CANCELLED ? "You cancelled the last place."
                : "You cancelled the place for " + name + ". The other places stand.");
        offerFreed(booking.event(), now);
        publisher.publishEvent(new EventsChanged(booking.event().id()));
        return true;
    }

    /** Staff approve a bursary place, or record an invoice paid. */
    @Transactional
    public void markPaid(long bookingId) {
        Instant now = clock.instant();
        Booking booking = lockedBooking(bookingId);
        booking.paid(now);
        if (booking.totalPence() > 0) {
            booking.numbered(nextInvoiceNumber());
        }
        notices.confirmed(booking, link(booking, now));
        publisher.publishEvent(new EventsChanged(booking.event().id()));
    }

    /** A card payment the provider confirmed (after we fetched it from them again). */
    @Transactional
    public void paidByProvider(Booking.Provider provider, String providerRef, int amountPence, String payment) {
        Instant now = clock.instant();
        List<Long> found = jdbc.queryForList("select id from booking where provider = ? and provider_ref = ?", Long.class,
                provider.name(), providerRef);
        if (found.isEmpty()) {
            throw new IllegalArgumentException("No booking for payment " + providerRef);
        }
        Booking booking = lockedBooking(found.get(0));
        if (amountPence != booking.totalPence()) {
            throw new IllegalArgumentException("Payment of " + amountPence + " for a booking of " + booking.totalPence());
        }
        if (booking.paidByProvider(payment, now)) {
            booking.numbered(nextInvoiceNumber());
            notices.confirmed(booking, link(booking, now));
            publisher.publishEvent(new EventsChanged(booking.event().id()));
        }
    }

    /** A refund, recorded once by the provider's id for it. */
    @Transactional
    public boolean refunded(Booking.Provider provider, String refundId, long bookingId, int amountPence) {
        int inserted = jdbc.update("""
                insert into refund (booking_id, provider, provider_id, amount_pence, created_at) values (?, ?, ?, ?, ?)
                on conflict (provider, provider_id) do nothing
                """, bookingId, provider.name(), refundId, amountPence, java.sql.Timestamp.from(clock.instant()));
        if (inserted == 0) {
            return false;
        }
        Instant now = clock.instant();
        Booking booking = lockedBooking(bookingId);
        boolean heldPlaces = booking.state().holdsPlaces();
        booking.refunded(amountPence, now);
        if (heldPlaces && !booking.state().holdsPlaces()) {
            offerFreed(booking.event(), now);
        }
        publisher.publishEvent(new EventsChanged(booking.event().id()));
        return true;
    }

    @Transactional
    public void checkoutStarted(long bookingId, String providerRef) {
        bookings.findById(bookingId).orElseThrow().checkout(providerRef);
    }

    /** The booker changes who is coming (names and emails only: the number of places stays). */
    @Transactional
    public void rename(long bookingId, Map<Long, AttendeeDetails> changes) {
        Booking booking = bookings.findById(bookingId).orElseThrow();
        for (Attendee attendee : booking.attendees()) {
            AttendeeDetails change = changes.get(attendee.id());
            if (change != null && attendee.active()) {
                attendee.rename(change.name(), change.email());
            }
        }
    }

    /** Leaving the waiting list, with one click from its link. */
    @Transactional
    public void leave(long entryId) {
        Instant now = clock.instant();
        WaitlistEntry found = waitlist.findById(entryId).orElseThrow(() -> new NotFoundException("No such waiting-list entry"));
        lock(found.event().id());
        WaitlistEntry entry = waitlist.findById(entryId).orElseThrow();
        boolean wasOffered = entry.state() == WaitlistEntry.State.OFFERED;
        entry.leave();
        if (wasOffered) {
            offerFreed(entry.event(), now);
        }
    }

    /** Staff move an entry to the front of the queue, saying why. */
    @Transactional
    public void prioritise(long entryId, String reason, long staffId) {
        Instant now = clock.instant();
        WaitlistEntry found = waitlist.findById(entryId).orElseThrow(() -> new NotFoundException("No such waiting-list entry"));
        Event event = lock(found.event().id());
        found.prioritise(reason, staffId);
        offerFreed(event, now);
    }

    /** Lapsed offers pass on, unpaid orders past their term free their places, and any free place goes to the queue. */
    @Transactional
    public void tidy(long eventId) {
        Instant now = clock.instant();
        Event event = lock(eventId);
        int changes = 0;
        for (WaitlistEntry entry : waitlist.queue(eventId)) {
            if (entry.state() == WaitlistEntry.State.OFFERED && !entry.offerExpiresAt().isAfter(now)) {
                entry.lapse();
                changes++;
            }
        }
        for (Booking booking : bookings.expired(eventId, now)) {
            booking.cancel(now);
            notices.cancelled(booking, "We did not receive payment in time, so the places have been freed for others.");
            changes++;
        }
        changes += offerFreed(event, now);
        if (changes > 0) {
            publisher.publishEvent(new EventsChanged(eventId));
        }
    }

    /** Events with something for {@link #tidy(long)} to do. */
    @Transactional(readOnly = true)
    public List<Long> untidy() {
        Instant now = clock.instant();
        java.util.Set<Long> ids = new java.util.TreeSet<>(waitlist.eventsWithLapsedOffers(now));
        ids.addAll(bookings.eventsWithExpired(now));
        ids.addAll(waitlist.eventsWithQueues());
        return List.copyOf(ids);
    }

    /** A new secret link to the booking, for an email that carries one. */
    String link(Booking booking, Instant now) {
        String token = Tokens.newToken();
        jdbc.update("insert into booking_link (token_hash, booking_id, created_at) values (?, ?, ?)", Tokens.hash(token), booking.id(),
                java.sql.Timestamp.from(now));
        return token;
    }

    /** The booking a link opens. */
    @Transactional(readOnly = true)
    public Optional<Booking> byToken(String token) {
        if (!Tokens.looksLikeToken(token)) {
            return Optional.empty();
        }
        List<Long> ids = jdbc.queryForList("select booking_id from booking_link where token_hash = ?", Long.class, Tokens.hash(token));
        return ids.isEmpty() ? Optional.empty() : bookings.findById(ids.get(0)).map(Bookings::loaded);
    }

    @Transactional(readOnly = true)
    public Optional<WaitlistEntry> waitlistEntry(String token) {
        if (!Tokens.looksLikeToken(token)) {
            return Optional.empty();
        }
        return waitlist.byToken(Tokens.hash(token)).map(e -> {
            e.ticketType().kind();
            return e;
        });
    }

    @Transactional(readOnly = true)
    public int positionOf(long entryId) {
        return waitlist.findById(entryId).map(this::position).orElse(0);
    }

    @Transactional(readOnly = true)
    public List<Booking> forAccount(long accountId) {
        return bookings.forAccount(accountId).stream().map(Bookings::loaded).toList();
    }

    @Transactional(readOnly = true)
    public Optional<String> rememberedAccessNeeds(long accountId) {
        return jdbc.queryForList("select access_needs from attendee_preference where account_id = ?", String.class, accountId).stream()
            .findFirst();
    }

    private void rememberAccessNeeds(long accountId, String accessNeeds, Instant now) {
        if (accessNeeds == null || accessNeeds.isBlank()) {
            jdbc.update("delete from attendee_preference where account_id = ?", accountId);
            return;
        }
        jdbc.update("""
                insert into attendee_preference (account_id, access_needs, updated_at) values (?, ?, ?)
                on conflict (account_id) do update set access_needs = excluded.access_needs, updated_at = excluded.updated_at
                """, accountId, accessNeeds.strip(), java.sql.Timestamp.from(now));
    }

    long nextInvoiceNumber() {
        return jdbc.queryForObject("update invoice_counter set next = next + 1 where id = 1 returning next - 1", Long.class);
    }

    private Booking lockedBooking(long bookingId) {
        List<Long> eventId = jdbc.queryForList("select event_id from booking where id = ?", Long.class, bookingId);
        if (eventId.isEmpty()) {
            throw new NotFoundException("No such booking");
        }
        lock(eventId.get(0));
        return bookings.findById(bookingId).orElseThrow();
    }

    /** Locks the event's row, waiting no longer than the configured time (then the caller is asked to try again). */
    Event lock(long eventId) {
        limitLockWait();
        return events.lock(eventId).orElseThrow(() -> new NotFoundException("No such event"));
    }

    private void limitLockWait() {
        jdbc.execute("set local lock_timeout = '" + properties.lockTimeout().toMillis() + "ms'");
    }

    /** Loads what pages and the booking's calendar file show of a booking while its transaction is open. */
    static Booking loaded(Booking booking) {
        booking.event().title();
        // the calendar file lists the event's sessions, and is written after this transaction has closed
        booking.event().sessions().size();
        booking.ticketType().kind();
        booking.attendees().size();
        return booking;
    }

    void guarded(boolean guarded) {
        this.guarded = guarded;
    }
}
