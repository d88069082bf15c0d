package uk.org.ncjaa.springboard.members.domain;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The network region by region, as counts of current members: what regional development work starts from. */
@Service
public class Regions {

    private static final String CURRENT = MemberSql.CURRENT;

    private final NamedParameterJdbcTemplate jdbc;
    private final Clock clock;

    Regions(NamedParameterJdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Current members per region slug (members who gave no region are left out). */
    @Transactional(readOnly = true)
    public Map<String, Long> membersByRegion() {
        Map<String, Long> counts = new LinkedHashMap<>();
        jdbc.query("select m.region_slug, count(*) from member m where m.region_slug is not null and " + CURRENT
                + " group by m.region_slug", new MapSqlParameterSource(), rs -> {
                    counts.put(rs.getString(1), rs.getLong(2));
                });
        return counts;
    }

    /**
     * @param artForms current members per art form slug, most first
     */
    public record Region(long members, long joinedThisYear, long listed, Map<String, Long> artForms) {
    }

    @Transactional(readOnly = true)
    public Region region(String slug) {
        MapSqlParameterSource params = new MapSqlParameterSource("region", slug)
            .addValue("since", Timestamp.from(clock.instant().minus(Duration.ofDays(365))));
        Map<String, Object> counts = jdbc.queryForMap("select count(*) as members,"
                + " count(*) filter (where m.joined_at >= :since) as joined,"
                + " count(*) filter (where " + MemberSql.LISTED + ") as listed"
                + " from member m where m.region_slug = :region and " + CURRENT, params);
        Map<String, Long> artForms = new LinkedHashMap<>();
        List<Map<String, Object>> rows = jdbc.queryForList("select i.slug, count(*) as people from member m join member_interest i "
                + "on i.member_id = m.id and i.vocabulary = 'ART_FORM' where m.region_slug = :region and " + CURRENT
                + " group by i.slug order by people desc, i.slug", params);
        rows.forEach(row -> artForms.put((String) row.get("slug"), ((Number) row.get("people")).longValue()));
        return new Region(((Number) counts.get("members")).longValue(), ((Number) counts.get("joined")).longValue(),
                ((Number) counts.get("listed")).longValue(), artForms);
    }
}
