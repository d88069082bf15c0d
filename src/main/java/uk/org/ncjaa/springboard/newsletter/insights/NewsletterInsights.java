package uk.org.ncjaa.springboard.newsletter.insights;

import java.sql.Timestamp;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import uk.org.ncjaa.springboard.newsletter.domain.UnsubscribeReason;
import uk.org.ncjaa.springboard.shared.insights.Figure;
import uk.org.ncjaa.springboard.shared.insights.InsightsSection;
import uk.org.ncjaa.springboard.shared.insights.Months;
import uk.org.ncjaa.springboard.shared.insights.Period;

/**
 * The newsletter in figures for the staff dashboards: subscribers over time, what was sent, what
 * bounced, and how people stopped getting it. Opens and clicks are not among them, because the
 * newsletter does not track them.
 */
@Component
class NewsletterInsights implements InsightsSection {

    private static final String NO_TRACKING = " Springboard does not track opens or clicks: newsletters carry no tracking "
            + "pixels and no rewritten links, so there are no open or click rates to show.";


    /** How an unsubscribe was recorded in the consent ledger, in the words staff read. */
    private static final Map<String, String> HOW_LEFT = new LinkedHashMap<>();

    /** Why the newsletter stopped going to an address (the suppression list's reasons). */
    private static final Map<String, String> WHY_STOPPED = new LinkedHashMap<>();

    private static final String OTHER = "Left some other way";

    static {
        HOW_LEFT.put("unsubscribe link", "Unsubscribe link or button in an email");
        HOW_LEFT.put("unsubscribe email", "Email to the unsubscribe address");
        HOW_LEFT.put("member's consent page", "Withdrew consent on their account");
        WHY_STOPPED.put("HARD_BOUNCE", "Stopped: address no longer works (hard bounce)");
        WHY_STOPPED.put("SOFT_BOUNCES", "Stopped: repeated temporary failures (soft bounces)");
        WHY_STOPPED.put("COMPLAINT", "Stopped: complained (marked as spam)");
        WHY_STOPPED.put("STAFF", "Stopped by staff");
    }

    private final NamedParameterJdbcTemplate jdbc;

    NewsletterInsights(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String id() {
        return "newsletter";
    }

    @Override
    public String title() {
        return "Newsletter";
    }

    @Override
    public int order() {
        return 40;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Figure> figures(Period period) {
        MapSqlParameterSource params = new MapSqlParameterSource("start", Timestamp.from(period.start()))
            .addValue("end", Timestamp.from(period.end()));
        return List.of(subscribers(period, params), sends(period, params), bounces(period, params), leaving(params), reasons(params));
    }

    private Figure subscribers(Period period, MapSqlParameterSource params) {
        // subscribed at the start, then each month's joiners and leavers: no count per month over the whole table
        long atStart = jdbc.queryForObject("""
                select count(*) from newsletter_subscriber
                where confirmed_at < :start and (unsubscribed_at is null or unsubscribed_at >= :start)""", params, Long.class);
        List<Map<YearMonth, Long>> series = Months.counts(jdbc, String.format("""
                select month, sum(joined) as joined, sum(gone) as gone from (
                    select %s as month, 1 as joined, 0 as gone from newsletter_subscriber
                    where confirmed_at >= :start and confirmed_at < :end
                    union all
                    select %s, 0, 1 from newsletter_subscriber
                    where confirmed_at is not null and unsubscribed_at >= :start and unsubscribed_at < :end
                ) changes group by month""", Months.of("confirmed_at"), Months.of("unsubscribed_at")),
                params, 2);
        List<Figure.Row> rows = new ArrayList<>();
        long subscribed = atStart;
        for (YearMonth month : period.months()) {
            long joined = series.get(0).getOrDefault(month, 0L);
            long left = series.get(1).getOrDefault(month, 0L);
            subscribed += joined - left;
            rows.add(Figure.Row.of(Figure.month(month), subscribed, joined, left));
        }
        return new Figure("subscribers", "Subscribers at the end of each month",
                "People who confirmed their subscription and had not unsubscribed by the end of each month (or by the last "
                        + "day of the period), with how many confirmed and how many unsubscribed in the month. Addresses "
                        + "waiting to confirm, and imported ones with no record of consent, are not counted: they are never "
                        + "sent the newsletter. Someone who left and came back counts from when they came back; someone whose "
                        + "data was erased is no longer counted at all. Totals hide nothing." + NO_TRACKING,
                Figure.Shape.OVER_TIME, "Month", List.of("Subscribers at month end", "Joined", "Unsubscribed"), rows);
    }

    private Figure sends(Period period, MapSqlParameterSource params) {
        List<Map<YearMonth, Long>> series = Months.counts(jdbc, String.format("""
                select month, sum(issues) as issues, sum(emails) as emails from (
                    select %s as month, count(*) as issues, 0 as emails from newsletter_campaign
                    where started_at >= :start and started_at < :end group by 1
                    union all
                    select %s, 0, count(*) from newsletter_delivery
                    where state = 'SENT' and sent_at >= :start and sent_at < :end group by 1
                ) sent group by month""", Months.of("started_at"), Months.of("sent_at")), params, 2);
        return new Figure("sends", "Newsletters and emails sent, by month",
                "Issues are the monthly digests and one-off emails that started sending in the month; emails are the "
                        + "messages the mail server accepted in the month, one per subscriber per issue. Test emails staff "
                        + "send to themselves are not counted. Totals hide nothing." + NO_TRACKING,
                Figure.Shape.OVER_TIME, "Month", List.of("Issues sent", "Emails sent"),
                Figure.monthly(period, series.get(0), series.get(1)));
    }

    private Figure bounces(Period period, MapSqlParameterSource params) {
        List<Map<YearMonth, Long>> series = Months.counts(jdbc, String.format("""
                select %s as month, count(*) filter (where kind = 'HARD') as hard, count(*) filter (where kind = 'SOFT') as soft,
                       count(*) filter (where kind = 'COMPLAINT') as complaints
                from newsletter_bounce where recorded_at >= :start and recorded_at < :end
                group by 1""", Months.of("recorded_at")), params, 3);
        return new Figure("bounces", "Bounces and complaints, by month",
                "Bounces and complaints recorded in each month, from the mail provider's reports and from staff. A hard "
                        + "bounce means the address does not work; a soft bounce a failure that may pass (a full mailbox); a "
                        + "complaint that someone marked the newsletter as spam. A report the provider sent twice counts once. "
                        + "Totals hide nothing." + NO_TRACKING,
                Figure.Shape.OVER_TIME, "Month", List.of("Hard bounces", "Soft bounces", "Complaints"),
                Figure.monthly(period, series.get(0), series.get(1), series.get(2)));
    }

    private Figure leaving(MapSqlParameterSource params) {
        Map<String, Long> counts = new HashMap<>();
        jdbc.query("""
                select 'left' as kind, detail as why, count(*) as people from newsletter_consent
                where not granted and recorded_at >= :start and recorded_at < :end group by detail
                union all
                select 'stopped', reason, count(*) from newsletter_suppression
                where created_at >= :start and created_at < :end group by reason""", params, rs -> {
                    String label = "left".equals(rs.getString("kind")) ? HOW_LEFT.getOrDefault(rs.getString("why"), OTHER)
                            : WHY_STOPPED.getOrDefault(rs.getString("why"), "Stopped by staff");
                    counts.merge(label, rs.getLong("people"), Long::sum);
                });
        List<Figure.Row> rows = new ArrayList<>();
        HOW_LEFT.values().forEach(label -> rows.add(Figure.Row.of(label, counts.getOrDefault(label, 0L))));
        rows.add(Figure.Row.of(OTHER, counts.getOrDefault(OTHER, 0L)));
        WHY_STOPPED.values().forEach(label -> rows.add(Figure.Row.of(label, counts.getOrDefault(label, 0L))));
        return new Figure("leaving", "How people stopped getting the newsletter",
                "Unsubscribes in the period by the way people left, then the addresses the newsletter stopped sending to in "
                        + "the period and why: after bounces or a complaint, as the bounce rules say, or by a staff decision. "
                        + "Why they unsubscribed, where they chose to say, is the next figure. "
                        + "Nothing is hidden: the way someone left says nothing about who they are." + NO_TRACKING,
                Figure.Shape.BY_CATEGORY, "How or why", List.of("People"), rows);
    }

    private Figure reasons(MapSqlParameterSource params) {
        Map<String, Long> counts = new HashMap<>();
        jdbc.query("select reason, count(*) from newsletter_unsubscribe_reason where recorded_at >= :start and recorded_at < :end"
                + " group by reason", params, rs -> {
                    counts.put(rs.getString(1), rs.getLong(2));
                });
        List<Figure.Row> rows = new ArrayList<>();
        for (UnsubscribeReason.Reason reason : UnsubscribeReason.Reason.values()) {
            rows.add(Figure.Row.of(reason.label(), counts.getOrDefault(reason.name(), 0L)));
        }
        return new Figure("reasons", "Why people unsubscribed, where they said",
                "After unsubscribing, people may choose one reason from a short list (it is optional, so many say nothing; there"
                        + " is no box to write in). Each person's latest answer counts once, in the period they gave it."
                        + NO_TRACKING,
                Figure.Shape.BY_CATEGORY, "Reason", List.of("People"), rows);
    }
}
