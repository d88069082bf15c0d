package uk.org.ncjaa.springboard.events.insights;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import uk.org.ncjaa.springboard.events.EventKind;
import uk.org.ncjaa.springboard.events.TicketKind;
import uk.org.ncjaa.springboard.shared.insights.Figure;
import uk.org.ncjaa.springboard.shared.insights.InsightsSection;
import uk.org.ncjaa.springboard.shared.insights.Months;
import uk.org.ncjaa.springboard.shared.insights.Period;
import uk.org.ncjaa.springboard.shared.insights.SmallNumbers;
import uk.org.ncjaa.springboard.taxonomy.TaxonomyApi;
import uk.org.ncjaa.springboard.taxonomy.Vocabulary;

/**
 * Events and training in figures for the staff dashboards: places booked and used, waiting lists,
 * income, and feedback, for the events held in the period. Each figure is one grouped query.
 */
@Component
class EventsInsights implements InsightsSection {

    /** Events that took place or are still to: drafts never did, and cancelled ones did not happen. */
    private static final String HELD = "e.status in ('PUBLISHED', 'ARCHIVED') and e.starts_at >= :start and e.starts_at < :end";

    /** A place counts once it is confirmed: paid for, free, or a bursary approved. */
    private static final String CONFIRMED = "a.active and b.state in ('PAID', 'PARTLY_REFUNDED')";


    private final NamedParameterJdbcTemplate jdbc;
    private final TaxonomyApi taxonomy;
    private final Clock clock;

    EventsInsights(NamedParameterJdbcTemplate jdbc, TaxonomyApi taxonomy, Clock clock) {
        this.jdbc = jdbc;
        this.taxonomy = taxonomy;
        this.clock = clock;
    }

    @Override
    public String id() {
        return "events";
    }

    @Override
    public String title() {
        return "Events and training";
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Figure> figures(Period period) {
        MapSqlParameterSource params = new MapSqlParameterSource("start", Timestamp.from(period.start()))
            .addValue("end", Timestamp.from(period.end()))
            .addValue("now", Timestamp.from(clock.instant()));
        return List.of(places(period, params), waitingLists(period, params), income(params), byKind(params), byRegion(params),
                feedback(params));
    }

    private Figure places(Period period, MapSqlParameterSource params) {
        List<Map<YearMonth, Long>> series = Months.counts(jdbc, String.format("""
                with held as (
                    select e.id, e.starts_at, e.ends_at < :now as over,
                           exists (select 1 from attendee c where c.event_id = e.id and c.checked_in_at is not null) as checked
                    from event e where %s)
                select %s as month, count(*) as booked, count(a.checked_in_at) as attended,
                       count(*) filter (where a.checked_in_at is null and h.over and h.checked) as missed
                from held h
                join attendee a on a.event_id = h.id
                join booking b on b.id = a.booking_id
                where %s
                group by 1""", HELD, Months.of("h.starts_at"), CONFIRMED), params, 3);
        return new Figure("places", "Places booked, attended and missed, by month of the event",
                "Confirmed places (paid for, free, or a bursary approved) at events held in each month, by the month the event "
                        + "started; cancelled places and cancelled events are not counted, nor places still waiting for payment or "
                        + "approval. Attended means checked in on the day. Missed means booked but not checked in, counted only "
                        + "for events that are over and where staff used check-in (an event where nobody was checked in is left "
                        + "out of missed, as nobody knows who came). Totals by month hide nothing.",
                Figure.Shape.OVER_TIME, "Month", List.of("Places booked", "Attended", "Missed"),
                Figure.monthly(period, series.get(0), series.get(1), series.get(2)));
    }

    private Figure waitingLists(Period period, MapSqlParameterSource params) {
        List<Map<YearMonth, Long>> series = Months.counts(jdbc, String.format("""
                select %s as month, count(*) as joined, coalesce(sum(w.places), 0) as places,
                       count(*) filter (where w.state = 'TAKEN') as taken
                from waitlist_entry w
                where w.created_at >= :start and w.created_at < :end
                group by 1""", Months.of("w.created_at")), params, 3);
        return new Figure("waiting-lists", "People joining waiting lists, by month",
                "Each time someone joined the waiting list of a full event, by the month they joined, with the places they asked "
                        + "for, and how many of them later took up places offered to them. Someone who joined two waiting lists "
                        + "counts twice. Totals by month hide nothing.",
                Figure.Shape.OVER_TIME, "Month", List.of("Joined a waiting list", "Places asked for", "Later took places"),
                Figure.monthly(period, series.get(0), series.get(1), series.get(2)));
    }

    private Figure income(MapSqlParameterSource params) {
        Map<String, long[]> counts = new HashMap<>();
        jdbc.query(String.format("""
                select t.kind, coalesce(sum(b.total_pence - b.refunded_pence), 0) as pence,
                       count(*) filter (where b.state in ('PAID', 'PARTLY_REFUNDED')) as bookings
                from booking b
                join ticket_type t on t.id = b.ticket_type_id
                join event e on e.id = b.event_id
                where b.paid_at is not null and %s
                group by t.kind""", HELD), params, rs -> {
                    counts.put(rs.getString("kind"), new long[] { rs.getLong("pence"), rs.getLong("bookings") });
                });
        List<Figure.Row> rows = new ArrayList<>();
        for (TicketKind kind : TicketKind.values()) {
            long[] c = counts.getOrDefault(kind.name(), new long[2]);
            rows.add(Figure.Row.of(kind.label(), Math.round(c[0] / 100.0), c[1]));
        }
        return new Figure("income", "Income by ticket type",
                "What bookings for events held in the period brought in, by ticket type: the amount paid less any refunds, in "
                        + "whole pounds (rounded to the nearest pound), including money kept from bookings cancelled after "
                        + "payment; unpaid invoices are not counted. Bookings confirmed counts those paid for, free, or a bursary "
                        + "approved, and not cancelled. Nothing is hidden.",
                Figure.Shape.BY_CATEGORY, "Ticket type", List.of("Income after refunds (£, whole pounds)", "Bookings confirmed"),
                rows);
    }

    private Figure byKind(MapSqlParameterSource params) {
        Map<String, long[]> counts = new HashMap<>();
        jdbc.query(String.format("""
                select e.kind, count(distinct e.id) as events, count(a.id) as places
                from event e
                left join (attendee a join booking b on b.id = a.booking_id and %s) on a.event_id = e.id
                where %s
                group by e.kind""", CONFIRMED, HELD), params, rs -> {
                    counts.put(rs.getString("kind"), new long[] { rs.getLong("places"), rs.getLong("events") });
                });
        List<Figure.Row> rows = new ArrayList<>();
        for (EventKind kind : EventKind.values()) {
            long[] c = counts.getOrDefault(kind.name(), new long[2]);
            rows.add(Figure.Row.of(kind.label(), c[0], c[1]));
        }
        return new Figure("by-type", "Places booked by type of event",
                "Confirmed places at events held in the period, by the type of event, with how many events of each type "
                        + "were held. Cancelled places and events are not counted. Nothing is hidden: a type of event says "
                        + "nothing about who came.",
                Figure.Shape.BY_CATEGORY, "Type of event", List.of("Places booked", "Events held"), rows);
    }

    private Figure byRegion(MapSqlParameterSource params) {
        Map<String, Long> counts = new HashMap<>();
        jdbc.query(String.format("""
                select e.region, count(*) as places
                from attendee a
                join booking b on b.id = a.booking_id
                join event e on e.id = a.event_id
                where %s and %s
                group by e.region""", CONFIRMED, HELD), params, rs -> {
                    counts.put(rs.getString("region"), rs.getLong("places"));
                });
        Map<String, String> labels = taxonomy.labels(Vocabulary.REGION);
        List<Figure.Row> rows = new ArrayList<>();
        labels.forEach((slug, label) -> rows.add(Figure.Row.of(label, counts.getOrDefault(slug, 0L))));
        long elsewhere = counts.entrySet().stream().filter(c -> c.getKey() == null || !labels.containsKey(c.getKey()))
            .mapToLong(Map.Entry::getValue).sum();
        rows.add(Figure.Row.of("No region (most are online)", elsewhere));
        return new Figure("by-region", "Places booked by region",
                "Confirmed places at events held in the period, by the region the event was held in; events with no region, "
                        + "most of them online, are counted together. A number from 1 to 4 is hidden, so that nobody at a small "
                        + "event can be picked out; where only one number would be hidden, the next smallest is hidden too, as "
                        + "the monthly totals would give it away.",
                Figure.Shape.BY_CATEGORY, "Region", List.of("Places booked"), SmallNumbers.rows(rows));
    }

    private Figure feedback(MapSqlParameterSource params) {
        Map<String, Figure.Row> byKind = new HashMap<>();
        jdbc.query(String.format("""
                select e.kind, count(*) as answers, avg(f.rating) as mean, count(*) filter (where f.rating >= 4) as good
                from event_feedback f
                join event e on e.id = f.event_id
                where %s
                group by e.kind""", HELD), params, rs -> {
                    long answers = rs.getLong("answers");
                    boolean shown = answers >= SmallNumbers.SMALLEST_SHOWN;
                    byKind.put(rs.getString("kind"), Figure.Row.of(EventKind.valueOf(rs.getString("kind")).label(),
                            shown ? Math.round(100.0 * rs.getLong("good") / answers) : null,
                            shown ? Math.round(rs.getDouble("mean") * 10) : null, answers));
                });
        List<Figure.Row> rows = new ArrayList<>();
        for (EventKind kind : EventKind.values()) {
            if (byKind.containsKey(kind.name())) {
                rows.add(byKind.get(kind.name()));
            }
        }
        return new Figure("feedback", "Feedback by type of event",
                "What people said after events held in the period, by the type of event: the share who rated the event 4 or "
                        + "5 out of 5, and the average rating out of 5 times ten (42 means 4.2), so that it is a whole number. "
                        + "Only types of event with at least one answer are listed. Where fewer than 5 people answered, the "
                        + "share and the average are hidden, as they could show what one person said; the number of answers "
                        + "is always shown.",
                Figure.Shape.BY_CATEGORY, "Type of event",
                List.of("Rated 4 or 5 out of 5 (%)", "Average rating out of 5, times ten", "Answers"), rows);
    }
}
