package uk.org.ncjaa.springboard.members.domain;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import uk.org.ncjaa.springboard.shared.insights.Period;
import uk.org.ncjaa.springboard.taxonomy.Vocabulary;

/**
 * The members at a moment by region, role, art form and setting ("" for those who did not say).
 * Counting them means joining every membership to every member's answers, a third of a second at
 * 100,000 members; so a moment that has passed is counted once and kept (the start of each day is
 * counted at night), and the count up to now is the one kept for the start of today with only
 * today's joiners and leavers added.
 *
 * <p>A kept count carries a fingerprint of the memberships that began or ended before its moment,
 * so one added or ended afterwards with an earlier date (an import, a correction) or a record
 * merged into another makes it count again. Answers changed later (a member's region, say) are not
 * in the fingerprint: a kept count shows the network as it was counted, and today's figures show
 * profile changes made today from tomorrow.
 */
@Component
class NetworkCounts {

    /** A term not of a record merged into another as a duplicate (those are few, and indexed). */
    static final String NOT_MERGED = " not exists (select 1 from member x where x.id = t.member_id and x.merged_into is not null) ";

    private static final String CURRENT = " t.started_at < :at and (t.ended_at is null or t.ended_at >= :at) and " + NOT_MERGED;

    private final NamedParameterJdbcTemplate jdbc;
    private final TransactionTemplate writing;
    private final Clock clock;

    NetworkCounts(NamedParameterJdbcTemplate jdbc, PlatformTransactionManager transactions, Clock clock) {
        this.jdbc = jdbc;
        this.writing = new TransactionTemplate(transactions);
        // the dashboards read in a read-only transaction; a count is kept in one of its own
        this.writing.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    /** Members at {@code at}, by vocabulary and concept. */
    Map<Vocabulary, Map<String, Long>> at(Instant at) {
        Instant today = startOfToday();
        if (!at.isAfter(today)) {
            return kept(at);
        }
        Map<Vocabulary, Map<String, Long>> counts = kept(today);
        changesSince(today, at, counts);
        return counts;
    }

    /** Counts the start of today, if it is not counted yet: the night's job, so no one waits for it in the morning. */
    void keepStartOfToday() {
        kept(startOfToday());
    }

    private Instant startOfToday() {
        return LocalDate.ofInstant(clock.instant(), Period.UK).atStartOfDay(Period.UK).toInstant();
    }

    private Map<Vocabulary, Map<String, Long>> kept(Instant at) {
        MapSqlParameterSource params = new MapSqlParameterSource("at", Timestamp.from(at));
        String fingerprint = jdbc.queryForObject("select concat_ws('/', count(*) filter (where started_at < :at),"
                + " max(id) filter (where started_at < :at), count(*) filter (where ended_at < :at),"
                + " sum(extract(epoch from ended_at)) filter (where ended_at < :at),"
                + " (select count(*) from member where merged_into is not null)) from membership_term", params, String.class);
        params.addValue("fingerprint", fingerprint);
        Map<Vocabulary, Map<String, Long>> counts = new EnumMap<>(Vocabulary.class);
        Boolean known = jdbc.queryForObject("select exists (select 1 from network_count_taken where moment = :at and fingerprint = :fingerprint)",
                params, Boolean.class);
        if (Boolean.TRUE.equals(known)) {
            jdbc.query("select vocabulary, slug, members from network_count where moment = :at", params, rs -> {
                add(counts, rs.getString(1), rs.getString(2), rs.getLong(3));
            });
            return counts;
        }
        count(params, counts);
        keep(params, counts);
        return counts;
    }

    /** Every term current at the moment, counted under its member's region and answers. */
    private void count(MapSqlParameterSource params, Map<Vocabulary, Map<String, Long>> counts) {
        sumByAnswer("select t.member_id, 1 as change from membership_term t where " + CURRENT, params, counts);
    }

    private void keep(MapSqlParameterSource params, Map<Vocabulary, Map<String, Long>> counts) {
        List<MapSqlParameterSource> rows = new ArrayList<>();
        counts.forEach((vocabulary, slugs) -> slugs.forEach((slug, members) -> rows.add(new MapSqlParameterSource(params.getValues())
            .addValue("vocabulary", vocabulary.name()).addValue("slug", slug).addValue("members", members))));
        params.addValue("now", Timestamp.from(clock.instant()));
        writing.executeWithoutResult(status -> {
            // two dashboards counting the same moment at once keep one count, not a mixture of both
            jdbc.queryForObject("select pg_advisory_xact_lock(hashtext('network_count'))", Map.of(), Object.class);
            jdbc.update("delete from network_count_taken where moment = :at", params);
            jdbc.update("insert into network_count_taken (moment, fingerprint, taken_at) values (:at, :fingerprint, :now)", params);
            jdbc.batchUpdate("insert into network_count (moment, vocabulary, slug, members) values (:at, :vocabulary, :slug, :members)",
                    rows.toArray(MapSqlParameterSource[]::new));
        });
    }

    /**
     * What the terms that began or ended between {@code since} and {@code at} changed: each adds
     * one where it is current at {@code at} and takes one away where it was current at {@code since}.
     */
    private void changesSince(Instant since, Instant at, Map<Vocabulary, Map<String, Long>> counts) {
        MapSqlParameterSource params = new MapSqlParameterSource("since", Timestamp.from(since)).addValue("at", Timestamp.from(at));
        sumByAnswer("select t.member_id, (case when t.started_at < :at and (t.ended_at is null or t.ended_at >= :at) then 1 else 0 end)"
                + " - (case when t.started_at < :since and (t.ended_at is null or t.ended_at >= :since) then 1 else 0 end) as change"
                + " from membership_term t where (t.started_at >= :since or t.ended_at >= :since) and " + NOT_MERGED, params, counts);
        // a concept whose last member left today is no longer shown
        counts.values().forEach(slugs -> slugs.values().removeIf(members -> members <= 0));
    }

    /**
     * Adds up, under each member's region and answers, the change each of some terms makes
     * ({@code terms} selects member_id and change). Inlined into each part rather than listed once:
     * regions and answers each join the terms to their own table, which PostgreSQL hashes and may
     * share between two workers (a list of the members made once took a third longer at 100,000).
     * Roles were first asked in 2026: those who have not said are counted as such, not left out.
     */
    private void sumByAnswer(String terms, MapSqlParameterSource params, Map<Vocabulary, Map<String, Long>> counts) {
        jdbc.query("with changed as not materialized (" + terms + ")"
                + " select 'REGION', coalesce(m.region_slug, ''), sum(c.change) from changed c join member m on m.id = c.member_id group by 2"
                + " union all select i.vocabulary, i.slug, sum(c.change) from changed c join member_interest i on i.member_id = c.member_id"
                + " where i.vocabulary in ('ROLE', 'ART_FORM', 'SETTING') group by 1, 2"
                + " union all select 'ROLE', '', sum(c.change) from changed c where not exists (select 1 from member_interest i"
                + " where i.member_id = c.member_id and i.vocabulary = 'ROLE')", params, rs -> {
                    long members = rs.getLong(3);
                    // a part with no terms sums to nothing; a count of none is not kept
                    if (!rs.wasNull() && members != 0) {
                        add(counts, rs.getString(1), rs.getString(2), members);
                    }
                });
    }

    private static void add(Map<Vocabulary, Map<String, Long>> counts, String vocabulary, String slug, long members) {
        counts.computeIfAbsent(Vocabulary.valueOf(vocabulary), v -> new HashMap<>()).merge(slug, members, Long::sum);
    }
}
