package uk.org.ncjaa.springboard.members.domain;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

import uk.org.ncjaa.springboard.shared.NotFoundException;

/**
 * Records that may be the same person, found by ranked rules, strongest first: the same email
 * address once case and "+tags" are ignored; the same name at the same organisation; a similar
 * name (same surname and initial) at the same organisation. Staff either say "not a duplicate",
 * which is remembered, or merge one record into the other; a merge keeps a log of what it copied
 * and can be undone.
 */
@Service
@Transactional
public class Duplicates {

    static final int SHOWN = 100;

    private final NamedParameterJdbcTemplate jdbc;
    private final JsonMapper json = JsonMapper.builder().build();
    private final Clock clock;

    Duplicates(NamedParameterJdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public record Pair(long first, String firstName, String firstDetail, long second, String secondName, String secondDetail,
            int score, String reason) {
    }

    private static final String LIVE = "m.erased_at is null and m.merged_into is null";

    /** Email addresses compared as people mean them: lower case, without a +tag before the @. */
    private static final String EMAIL_KEY = "regexp_replace(lower(a.email), '\\+[^@]*@', '@')";

    /** Up to {@value #SHOWN} likely pairs, the strongest rule first, leaving out pairs staff dismissed. */
    @Transactional(readOnly = true)
    public List<Pair> find() {
        String people = "select m.id, m.display_name, m.organisation_name, a.email, " + EMAIL_KEY + " as email_key,"
                + " lower(trim(m.display_name)) as name_key, lower(trim(m.organisation_name)) as org_key,"
                + " lower(substr(trim(m.display_name), 1, 1)) as initial,"
                + " lower(regexp_replace(trim(m.display_name), '^.*\\s', '')) as surname"
                + " from member m left join account a on a.id = m.account_id where " + LIVE;
        String sql = "with p as (" + people + "),"
                + " pairs as ("
                + " select x.id as a, y.id as b, 100 as score, 'Same email address' as reason from p x join p y"
                + "   on x.email_key = y.email_key and x.id < y.id"
                + " union all"
                + " select x.id, y.id, 80, 'Same name and organisation' from p x join p y"
                + "   on x.name_key = y.name_key and x.org_key = y.org_key and x.id < y.id"
                + " union all"
                + " select x.id, y.id, 40, 'Similar name at the same organisation' from p x join p y"
                + "   on x.org_key = y.org_key and x.surname = y.surname and x.initial = y.initial and x.name_key <> y.name_key"
                + "   and x.id < y.id),"
                + " best as (select a, b, max(score) as score, (array_agg(reason order by score desc))[1] as reason from pairs group by a, b)"
                + " select best.a, x.display_name, coalesce(x.organisation_name, ''), x.email, best.b, y.display_name,"
                + " coalesce(y.organisation_name, ''), y.email, best.score, best.reason from best"
                + " join p x on x.id = best.a join p y on y.id = best.b"
                + " where not exists (select 1 from member_duplicate_dismissal d where d.first_id = best.a and d.second_id = best.b)"
                + " order by best.score desc, lower(x.display_name), best.a, best.b limit " + SHOWN;
        return jdbc.query(sql, new MapSqlParameterSource(), (rs, n) -> new Pair(rs.getLong(1), rs.getString(2),
                detail(rs.getString(3), rs.getString(4)), rs.getLong(5), rs.getString(6), detail(rs.getString(7), rs.getString(8)),
                rs.getInt(9), rs.getString(10)));
    }

    private static String detail(String organisation, String email) {
        return (organisation.isEmpty() ? "" : organisation + ", ") + (email == null ? "no email" : email);
    }

    /**
     * Staff say the two records are different people: the pair is never offered again. False when
     * either record does not exist (a stale page or a forged form), and nothing is noted.
     */
    public boolean dismiss(long one, long other, String staffName) {
        int members = jdbc.queryForObject("select count(*) from member where id in (:a, :b)",
                new MapSqlParameterSource("a", one).addValue("b", other), Integer.class);
        if (members < 2) {
            return false;
        }
        jdbc.update("insert into member_duplicate_dismissal (first_id, second_id, dismissed_by, dismissed_at)"
                + " values (:a, :b, :by, :at) on conflict do nothing", new MapSqlParameterSource("a", Math.min(one, other))
                    .addValue("b", Math.max(one, other)).addValue("by", staffName).addValue("at", Timestamp.from(clock.instant())));
        return true;
    }

    public record Merge(long id, long kept, String keptName, long merged, String mergedName, String mergedBy, Instant mergedAt,
            Instant undoneAt) {
    }

    /**
     * Folds {@code merged} into {@code kept}: what the kept record lacks (region, organisation, role,
     * interests, tags) is copied, notes move across, and the merged record leaves every list and
     * count. Its account still signs in; its consents stay its own.
     *
     * @return the merge's id, for undoing it
     */
    public long merge(long kept, long merged, String staffName) {
        if (kept == merged) {
            throw new IllegalArgumentException("A record cannot be merged into itself");
        }
        MapSqlParameterSource ids = new MapSqlParameterSource("kept", kept).addValue("merged", merged);
        Integer live = jdbc.queryForObject("select count(*) from member m where m.id in (:kept, :merged) and " + LIVE, ids,
                Integer.class);
        if (live == null || live != 2) {
            throw new NotFoundException("Both records must exist and not be merged already");
        }
        Map<String, Object> before = jdbc.queryForMap("select region_slug, organisation_name, role_title from member where id = :kept",
                ids);
        List<Map<String, Object>> interests = jdbc.queryForList("insert into member_interest (member_id, vocabulary, slug)"
                + " select :kept, vocabulary, slug from member_interest where member_id = :merged on conflict do nothing"
                + " returning vocabulary, slug", ids);
        List<String> tags = jdbc.queryForList("insert into member_tag (member_id, tag, added_at, added_by)"
                + " select :kept, tag, added_at, added_by from member_tag where member_id = :merged on conflict do nothing returning tag",
                ids, String.class);
        List<Long> notes = jdbc.queryForList("update member_note set member_id = :kept where member_id = :merged returning id", ids,
                Long.class);
        jdbc.update("update member k set region_slug = coalesce(k.region_slug, o.region_slug),"
                + " organisation_name = coalesce(k.organisation_name, o.organisation_name), role_title = coalesce(k.role_title, o.role_title)"
                + " from member o where k.id = :kept and o.id = :merged", ids);
        jdbc.update("update member set merged_into = :kept where id = :merged", ids);
        Map<String, Object> copied = new java.util.LinkedHashMap<>();
        copied.put("before", before);
        copied.put("interests", interests);
        copied.put("tags", tags);
        copied.put("notes", notes);
        return jdbc.queryForObject("insert into member_merge (kept_id, merged_id, copied, merged_by, merged_at)"
                + " values (:kept, :merged, cast(:copied as jsonb), :by, :at) returning id", ids.addValue("copied",
                        json.writeValueAsString(copied)).addValue("by", staffName).addValue("at", Timestamp.from(clock.instant())),
                Long.class);
    }

    /** Puts both records back as they were before the merge, taking out only what the merge copied. */
    @SuppressWarnings("unchecked")
    public void undo(long mergeId, String staffName) {
        MapSqlParameterSource id = new MapSqlParameterSource("id", mergeId);
        List<Map<String, Object>> found = jdbc.queryForList("select kept_id, merged_id, copied::text as copied from member_merge"
                + " where id = :id and undone_at is null for update", id);
        if (found.isEmpty()) {
            throw new NotFoundException("No such merge to undo");
        }
        long kept = ((Number) found.get(0).get("kept_id")).longValue();
        long merged = ((Number) found.get(0).get("merged_id")).longValue();
        Map<String, Object> copied = json.readValue((String) found.get(0).get("copied"), Map.class);
        MapSqlParameterSource ids = new MapSqlParameterSource("kept", kept).addValue("merged", merged);
        for (Map<String, Object> interest : (List<Map<String, Object>>) copied.get("interests")) {
            jdbc.update("delete from member_interest where member_id = :kept and vocabulary = :vocabulary and slug = :slug",
                    new MapSqlParameterSource("kept", kept).addValue("vocabulary", interest.get("vocabulary"))
                        .addValue("slug", interest.get("slug")));
        }
        for (String tag : (List<String>) copied.get("tags")) {
            jdbc.update("delete from member_tag where member_id = :kept and tag = :tag", new MapSqlParameterSource("kept", kept)
                .addValue("tag", tag));
        }
        List<Long> notes = ((List<Number>) copied.get("notes")).stream().map(Number::longValue).toList();
        if (!notes.isEmpty()) {
            jdbc.update("update member_note set member_id = :merged where id in (:notes)", new MapSqlParameterSource("merged", merged)
                .addValue("notes", notes));
        }
        Map<String, Object> before = (Map<String, Object>) copied.get("before");
        jdbc.update("update member set region_slug = :region, organisation_name = :organisation, role_title = :role where id = :kept",
                new MapSqlParameterSource("kept", kept).addValue("region", before.get("region_slug"))
                    .addValue("organisation", before.get("organisation_name")).addValue("role", before.get("role_title")));
        jdbc.update("update member set merged_into = null where id = :merged", ids);
        jdbc.update("update member_merge set undone_at = :at, undone_by = :by where id = :id", id.addValue("at",
                Timestamp.from(clock.instant())).addValue("by", staffName));
    }

    @Transactional(readOnly = true)
    public List<Merge> recentMerges() {
        return jdbc.query("select g.id, g.kept_id, k.display_name, g.merged_id, o.display_name, g.merged_by, g.merged_at, g.undone_at"
                + " from member_merge g join member k on k.id = g.kept_id join member o on o.id = g.merged_id"
                + " order by g.merged_at desc, g.id desc limit 50", new MapSqlParameterSource(), (rs, n) -> new Merge(rs.getLong(1),
                        rs.getLong(2), rs.getString(3), rs.getLong(4), rs.getString(5), rs.getString(6),
                        rs.getTimestamp(7).toInstant(), rs.getTimestamp(8) == null ? null : rs.getTimestamp(8).toInstant()));
    }
}
