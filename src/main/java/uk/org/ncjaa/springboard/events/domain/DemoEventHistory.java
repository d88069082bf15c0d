package uk.org.ncjaa.springboard.events.domain;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import uk.org.ncjaa.springboard.events.Ask;
import uk.org.ncjaa.springboard.events.Delivery;
import uk.org.ncjaa.springboard.events.EventKind;
import uk.org.ncjaa.springboard.events.TicketKind;

/**
 * Eighteen months of past events for the demo, so the staff dashboards have something to say:
 * courses, webinars, regional networking, Arts Forum meetings and a conference, with bookings,
 * check-ins, people who did not come, waiting lists and feedback. The events are made like any
 * other; their hundreds of bookings are written in batches, so the demo still starts quickly. The
 * same seed gives the same history every time.
 */
@Component
public class DemoEventHistory {

    private static final long SEED = 18L;

    private static final List<String> NAMES = List.of("Aisha Bello", "Ben Carter", "Chloe Dunn", "Dan Ellis", "Erin Fox", "Femi Grant",
            "Gita Hale", "Hugh Irwin", "Ines Jarvis", "Jon Kerr", "Kemi Lane", "Lewis Marsh", "Mina Nash", "Noel Ortiz", "Olu Park",
            "Pia Quinn", "Raj Rowe", "Sara Stone", "Tom Upton", "Una Vance", "Vik Webb", "Wanda Yates", "Xavi Young", "Zara Zhou",
            "Amir Bose", "Bea Chase", "Cal Drew", "Dora Eze");

    private static final List<String> WEBINARS = List.of("Safeguarding in creative work with people in custody",
            "Measuring wellbeing in arts projects", "Working with probation services", "Music in youth justice",
            "Funding your work in prisons", "Trauma-informed arts practice");

    private static final List<String> REGIONS = List.of("north-west", "yorkshire-and-the-humber", "london", "wales", "south-west",
            "east-midlands");

    private final EventCatalogue catalogue;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    DemoEventHistory(EventCatalogue catalogue, JdbcTemplate jdbc, Clock clock) {
        this.catalogue = catalogue;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Adds the history once: when no event over two months ago has any booking. */
    @Transactional
    public void load() {
        Instant now = clock.instant();
        if (Boolean.TRUE.equals(jdbc.queryForObject("select exists (select 1 from booking b join event e on e.id = b.event_id"
                + " where e.starts_at < ?)", Boolean.class, Timestamp.from(now.minus(Duration.ofDays(60)))))) {
            return;
        }
        Random random = new Random(SEED);
        LocalDate today = LocalDate.ofInstant(now, Dates.UK);
        for (int monthsAgo = 17; monthsAgo >= 1; monthsAgo--) {
            LocalDate first = today.minusMonths(monthsAgo).withDayOfMonth(1);
            add(webinar(WEBINARS.get(monthsAgo % WEBINARS.size()), first.plusDays(8 + random.nextInt(10))));
            if (monthsAgo % 2 == 1) {
                add(introduction(first.plusDays(3 + random.nextInt(6))));
            }
            else {
                add(networking(REGIONS.get(monthsAgo / 2 % REGIONS.size()), first.plusDays(18 + random.nextInt(8))));
            }
            if (monthsAgo % 4 == 0) {
                add(forum(first.plusDays(12 + random.nextInt(5))));
            }
            if (monthsAgo == 6 || monthsAgo == 15) {
                add(evaluation(first.plusDays(20)));
            }
        }
        // every past event without bookings gets them, the demo's own past conference included
        List<Long> past = jdbc.queryForList("select e.id from event e where e.status = 'PUBLISHED' and e.ends_at < ?"
                + " and not exists (select 1 from booking b where b.event_id = e.id) order by e.starts_at, e.id", Long.class,
                Timestamp.from(now));
        Batch batch = new Batch();
        for (long eventId : past) {
            fill(eventId, random, batch);
        }
        batch.write(jdbc);
    }

    private void add(EventDetails details) {
        catalogue.create(details, true);
    }

    /** The bookings, places, feedback and waiting lists of one event, gathered to be written in batches. */
    private void fill(long eventId, Random random, Batch out) {
        Map<String, Object> event = jdbc.queryForMap("select kind, capacity, starts_at, ends_at from event where id = ?", eventId);
        EventKind kind = EventKind.valueOf((String) event.get("kind"));
        int capacity = ((Number) event.get("capacity")).intValue();
        Instant starts = ((Timestamp) event.get("starts_at")).toInstant();
        Instant ends = ((Timestamp) event.get("ends_at")).toInstant();
        List<Map<String, Object>> tickets = jdbc.queryForList("select id, kind, price_pence, allowance from ticket_type where event_id = ?"
                + " order by id", eventId);
        // some events sell out and keep a waiting list; webinars are often too big to fill
        double share = kind == EventKind.WEBINAR ? 0.35 + random.nextDouble() * 0.5 : 0.7 + random.nextDouble() * 0.6;
        int wanted = (int) Math.round(capacity * share);
        boolean checksIn = kind != EventKind.WEBINAR || random.nextBoolean();
        int taken = 0;
        int demand = 0;
        int number = 0;
        int[] sold = new int[tickets.size()];
        while (demand < wanted) {
            int places = kind == EventKind.CONFERENCE || kind == EventKind.TRAINING ? 1 + (random.nextInt(5) == 0 ? 1 : 0) : 1;
            int index = ticketIndex(tickets, random);
            if (sold[index] + places > ((Number) tickets.get(index).get("allowance")).intValue()) {
                index = 0;
            }
            sold[index] += places;
            Map<String, Object> ticket = tickets.get(index);
            TicketKind ticketKind = TicketKind.valueOf((String) ticket.get("kind"));
            int price = ticketKind.alwaysFree() ? 0 : ((Number) ticket.get("price_pence")).intValue();
            Instant booked = starts.minus(Duration.ofHours(24L * (2 + random.nextInt(40)) + random.nextInt(12)));
            String booker = NAMES.get(random.nextInt(NAMES.size()));
            String email = booker.toLowerCase(java.util.Locale.ROOT).replace(' ', '.') + "." + eventId + "." + number + "@example.org";
            if (taken + places > capacity) {
                // full: they wait, and the wait ends with no place coming free
                out.waitlist.add(new Object[] { eventId, ticket.get("id"), booker, email, places,
                        "demo-history-waitlist-" + eventId + "-" + number, random.nextInt(3) == 0 ? "LEFT" : "LAPSED",
                        Timestamp.from(booked) });
                demand += places;
                number++;
                continue;
            }
            boolean cancelled = random.nextInt(14) == 0;
            String reference = String.format("DEMO-%d-%03d", eventId, number);
            out.bookings.add(new Object[] { reference, eventId, ticket.get("id"), booker, email, cancelled ? "CANCELLED" : "PAID", places,
                    price * places, price == 0 ? "NONE" : "INVOICE", price == 0 ? null : out.invoices++, Timestamp.from(booked),
                    Timestamp.from(min(booked.plus(Duration.ofHours(price == 0 ? 0 : 24 + random.nextInt(200))), starts)),
                    cancelled ? Timestamp.from(booked.plus(Duration.ofDays(1))) : null });
            for (int k = 0; k < places; k++) {
                String name = k == 0 ? booker : NAMES.get((NAMES.indexOf(booker) + 7 * k) % NAMES.size());
                boolean came = !cancelled && checksIn && random.nextInt(100) < 82;
                out.attendees.add(new Object[] { !cancelled, came ? Timestamp.from(starts.plus(Duration.ofMinutes(random.nextInt(40) - 20)))
                        : null, name, reference });
                if (came && random.nextInt(100) < 45) {
                    out.feedback.add(new Object[] { rating(kind, random), Timestamp.from(ends.plus(Duration.ofHours(20 + random.nextInt(120)))),
                            reference, name });
                }
            }
            if (!cancelled) {
                taken += places;
            }
            demand += places;
            number++;
        }
    }

    private static Instant min(Instant one, Instant other) {
        return one.isBefore(other) ? one : other;
    }

    /** Paid tickets are most of a course's bookings; bursaries and concessions a few. */
    private static int ticketIndex(List<Map<String, Object>> tickets, Random random) {
        int roll = random.nextInt(100);
        for (int i = 0; i < tickets.size(); i++) {
            TicketKind kind = TicketKind.valueOf((String) tickets.get(i).get("kind"));
            int share = kind == TicketKind.BURSARY ? 6 : kind == TicketKind.CONCESSION ? 14 : kind == TicketKind.NON_MEMBER ? 35
                    : kind == TicketKind.MEMBER ? 45 : 100;
            if (roll < share) {
                return i;
            }
            roll -= share;
        }
        return 0;
    }

    /** Mostly good, a few poor; networking events score a little lower than courses. */
    private static int rating(EventKind kind, Random random) {
        int roll = random.nextInt(100) + (kind == EventKind.NETWORKING ? 8 : 0);
        return roll < 45 ? 5 : roll < 80 ? 4 : roll < 93 ? 3 : roll < 98 ? 2 : 1;
    }

    private static final class Batch {

        final List<Object[]> bookings = new ArrayList<>();
        final List<Object[]> attendees = new ArrayList<>();
        final List<Object[]> feedback = new ArrayList<>();
        final List<Object[]> waitlist = new ArrayList<>();
        long invoices;

        void write(JdbcTemplate jdbc) {
            long priced = bookings.stream().filter(b -> b[9] != null).count();
            // the invoice numbers stay without gaps: the demo takes a block of them as any booking would
            long first = jdbc.queryForObject("update invoice_counter set next = next + cast(? as bigint) where id = 1"
                    + " returning next - cast(? as bigint)", Long.class, priced, priced);
            for (Object[] booking : bookings) {
                if (booking[9] != null) {
                    booking[9] = first + (Long) booking[9];
                }
            }
            jdbc.batchUpdate("insert into booking (reference, event_id, ticket_type_id, booker_name, booker_email, state, places,"
                    + " total_pence, provider, invoice_number, created_at, paid_at, cancelled_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    bookings);
            jdbc.batchUpdate("insert into attendee (booking_id, event_id, ticket_type_id, active, checked_in_at, name)"
                    + " select b.id, b.event_id, b.ticket_type_id, cast(? as boolean), cast(? as timestamptz), cast(? as text) from booking b"
                    + " where b.reference = ?", attendees);
            jdbc.batchUpdate("insert into event_feedback (event_id, attendee_id, rating, created_at)"
                    + " select a.event_id, a.id, cast(? as int), cast(? as timestamptz) from attendee a"
                    + " join booking b on b.id = a.booking_id where b.reference = ? and a.name = ?"
                    + " on conflict (attendee_id) do nothing", feedback);
            jdbc.batchUpdate("insert into waitlist_entry (event_id, ticket_type_id, name, email, places, token_hash, state, created_at)"
                    + " values (?, ?, ?, ?, ?, ?, ?, ?)", waitlist);
        }
    }

    private static EventDetails webinar(String topic, LocalDate day) {
        return details("Webinar: " + topic, EventKind.WEBINAR, Delivery.ONLINE, "A one-hour webinar with time for questions.", day,
                "12:30", "13:30", null, null, 150, Map.of(TicketKind.FREE, new EventDetails.Ticket(0, 150)));
    }

    private static EventDetails introduction(LocalDate day) {
        return details("Introduction to arts in prisons", EventKind.TRAINING, Delivery.ONLINE,
                "A half-day online course for artists and arts organisations starting work in prisons.", day, "10:00", "13:00", null,
                null, 30, Map.of(TicketKind.MEMBER, new EventDetails.Ticket(7500, 30), TicketKind.NON_MEMBER, new EventDetails.Ticket(9500, 30),
                        TicketKind.CONCESSION, new EventDetails.Ticket(4500, 8), TicketKind.BURSARY, new EventDetails.Ticket(0, 4)));
    }

    private static EventDetails networking(String region, LocalDate day) {
        return details("Regional networking: artists, prisons and probation", EventKind.NETWORKING, Delivery.IN_PERSON,
                "An afternoon for justice staff and artists in the region to meet and plan together.", day, "13:30", "17:00",
                "Community arts centre", region, 40, Map.of(TicketKind.FREE, new EventDetails.Ticket(0, 40)));
    }

    private static EventDetails forum(LocalDate day) {
        return details("Arts Forum meeting", EventKind.ARTS_FORUM, Delivery.HYBRID,
                "The tri-annual Arts Forum, chaired by the Ministry of Justice. By invitation.", day, "14:00", "16:00",
                "102 Petty France", "london", 30, Map.of(TicketKind.FREE, new EventDetails.Ticket(0, 30)));
    }

    private static EventDetails evaluation(LocalDate day) {
        return details("Evaluating your arts project", EventKind.TRAINING, Delivery.IN_PERSON,
                "Plan and carry out a proportionate evaluation of an arts project in a justice setting.", day, "09:30", "16:30",
                "Toynbee Hall", "london", 24, Map.of(TicketKind.MEMBER, new EventDetails.Ticket(15000, 24),
                        TicketKind.NON_MEMBER, new EventDetails.Ticket(19500, 24), TicketKind.BURSARY, new EventDetails.Ticket(0, 3)));
    }

    private static EventDetails details(String title, EventKind kind, Delivery delivery, String summary, LocalDate day, String from,
            String to, String venue, String region, int capacity, Map<TicketKind, EventDetails.Ticket> tickets) {
        Instant start = day.atTime(LocalTime.parse(from)).atZone(Dates.UK).toInstant();
        Instant end = day.atTime(LocalTime.parse(to)).atZone(Dates.UK).toInstant();
        return new EventDetails(title, kind, delivery, summary, summary, start, end, venue, venue == null ? null : "Demo address",
                null, delivery == Delivery.IN_PERSON ? null : "The link was sent with each booking.", "National Criminal Justice Arts Alliance",
                region, List.of(), List.of(), capacity, null, null, null, Ask.OPTIONAL, Ask.OFF, Ask.OPTIONAL, List.of(),
                new EnumMap<>(tickets));
    }
}
