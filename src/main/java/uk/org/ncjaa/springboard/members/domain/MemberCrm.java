package uk.org.ncjaa.springboard.members.domain;

import java.io.IOException;
import java.io.Writer;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.MultiValueMap;

import uk.org.ncjaa.springboard.shared.Csv;
import uk.org.ncjaa.springboard.shared.NotFoundException;
import uk.org.ncjaa.springboard.taxonomy.ConceptView;
import uk.org.ncjaa.springboard.taxonomy.TaxonomyApi;
import uk.org.ncjaa.springboard.taxonomy.Vocabulary;

/**
 * The staff view of the network: find members by anything staff know about them, tag them, write
 * notes, save searches as segments and export them, and find duplicate records. Special-category
 * data (equality monitoring) is never part of it.
 */
@Service
@Transactional
public class MemberCrm {

    public static final int PAGE_SIZE = 50;

    private final NamedParameterJdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate streaming;
    private final Clock clock;
    private final TaxonomyApi taxonomy;

    MemberCrm(NamedParameterJdbcTemplate jdbc, Clock clock, TaxonomyApi taxonomy) {
        this.taxonomy = taxonomy;
        this.jdbc = jdbc;
        JdbcTemplate rows = new JdbcTemplate(jdbc.getJdbcTemplate().getDataSource());
        // an export reads its rows in batches, so memory stays flat however many members there are
        rows.setFetchSize(1000);
        this.streaming = new NamedParameterJdbcTemplate(rows);
        this.clock = clock;
    }

    /** Who is in the network now, who has left, or everyone. */
    public enum Status {
        CURRENT, LEFT, ALL
    }

    /**
     * A CRM search as its query string holds it; every field optional. Values are checked by the
     * caller against the vocabularies, so only known slugs arrive here.
     */
    public record Query(String text, String region, String role, String art, String setting, String tag, String kind,
            Status status, Boolean newsletter, int page) {

        public static Query read(MultiValueMap<String, String> params) {
            String text = clean(params.getFirst("q"), 100);
            String kind = "ORGANISATION".equalsIgnoreCase(params.getFirst("kind")) ? "ORGANISATION"
                    : "INDIVIDUAL".equalsIgnoreCase(params.getFirst("kind")) ? "INDIVIDUAL" : null;
            Status status = Status.CURRENT;
            try {
                if (params.getFirst("status") != null && !params.getFirst("status").isBlank()) {
                    status = Status.valueOf(params.getFirst("status").strip().toUpperCase(Locale.ROOT));
                }
            }
            catch (IllegalArgumentException ignored) {
                // an unknown status shows current members, as a fresh search would
            }
            Boolean newsletter = "yes".equals(params.getFirst("newsletter")) ? Boolean.TRUE
                    : "no".equals(params.getFirst("newsletter")) ? Boolean.FALSE : null;
            int page = 1;
            String pageText = params.getFirst("page");
            if (pageText != null && pageText.strip().matches("\\d{1,6}")) {
                page = Math.max(1, Integer.parseInt(pageText.strip()));
            }
            return new Query(text, slug(params.getFirst("region")), slug(params.getFirst("role")), slug(params.getFirst("art")),
                    slug(params.getFirst("setting")), clean(params.getFirst("tag"), 40), kind, status, newsletter, page);
        }

        /** The query string that gives this search, for links and saved segments (without the page). */
        public String toQueryString() {
            List<String> parts = new ArrayList<>();
            add(parts, "q", text);
            add(parts, "region", region);
            add(parts, "role", role);
            add(parts, "art", art);
            add(parts, "setting", setting);
            add(parts, "tag", tag);
            add(parts, "kind", kind == null ? null : kind.toLowerCase(Locale.ROOT));
            if (status != Status.CURRENT) {
                add(parts, "status", status.name().toLowerCase(Locale.ROOT));
            }
            add(parts, "newsletter", newsletter == null ? null : newsletter ? "yes" : "no");
            return String.join("&", parts);
        }

        private static void add(List<String> parts, String name, String value) {
            if (value != null && !value.isEmpty()) {
                parts.add(name + "=" + java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8));
            }
        }

        private static String clean(String text, int max) {
            if (text == null || text.isBlank()) {
                return null;
            }
            String stripped = text.strip();
            return stripped.length() > max ? stripped.substring(0, max) : stripped;
        }

        private static String slug(String text) {
            return text != null && text.matches("[a-z0-9-]{1,80}") ? text : null;
        }
    }

    public record Row(long id, String name, String email, String organisation, String role, String region, Instant joinedAt,
            boolean current, String kind) {
    }

    /** A member as the CRM lists them, from {@code m} and its {@code account a}. */
    private static final String COLUMNS = "select m.id, m.display_name, a.email, m.organisation_name, m.role_title, m.region_slug,"
            + " m.joined_at, m.current, m.kind";

    private static Row row(java.sql.ResultSet rs, int rowNumber) throws java.sql.SQLException {
        return new Row(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6),
                rs.getTimestamp(7).toInstant(), rs.getBoolean(8), rs.getString(9));
    }

    public record Results(long total, List<Row> rows, Map<String, Long> byRegion, Map<String, Long> byArtForm, int page) {

        public int totalPages() {
            return (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
        }
    }

    @Transactional(readOnly = true)
    public Results search(Query query) {
        MapSqlParameterSource params = new MapSqlParameterSource();
        String members = members(query, params);
        // one pass over the matching members gives the total and every count, each a filtered count of the same rows
        List<String> regions = taxonomy.concepts(Vocabulary.REGION).stream().map(ConceptView::slug).toList();
        List<String> arts = taxonomy.concepts(Vocabulary.ART_FORM).stream().map(ConceptView::slug).toList();
        StringBuilder counting = new StringBuilder("select count(*)");
        for (int i = 0; i < regions.size(); i++) {
            counting.append(", count(*) filter (where m.region_slug = :region").append(i).append(')');
            params.addValue("region" + i, regions.get(i));
        }
        for (int i = 0; i < arts.size(); i++) {
            counting.append(", count(*) filter (where :art").append(i).append(" = any (m.art_forms))");
            params.addValue("art" + i, arts.get(i));
        }
        long[] total = { 0 };
        Map<String, Long> byRegion = new LinkedHashMap<>();
        Map<String, Long> byArt = new LinkedHashMap<>();
        jdbc.query(counting.append(" from ").append(members).toString(), params, rs -> {
            total[0] = rs.getLong(1);
            for (int i = 0; i < regions.size(); i++) {
                if (rs.getLong(2 + i) > 0) {
                    byRegion.put(regions.get(i), rs.getLong(2 + i));
                }
            }
            for (int i = 0; i < arts.size(); i++) {
                if (rs.getLong(2 + regions.size() + i) > 0) {
                    byArt.put(arts.get(i), rs.getLong(2 + regions.size() + i));
                }
            }
        });
        params.addValue("limit", PAGE_SIZE).addValue("offset", (long) (query.page() - 1) * PAGE_SIZE);
        // the page is chosen before the accounts are joined, so only its fifty rows look up an email address
        List<Row> rows = jdbc.query(COLUMNS + " from (select m.* from " + members
                + " order by lower(m.display_name), m.id limit :limit offset :offset) m left join account a on a.id = m.account_id"
                + " order by lower(m.display_name), m.id", params, MemberCrm::row);
        return new Results(total[0], rows, mostFirst(byRegion), mostFirst(byArt), query.page());
    }

    private static Map<String, Long> mostFirst(Map<String, Long> counts) {
        Map<String, Long> sorted = new LinkedHashMap<>();
        counts.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
            .forEach(entry -> sorted.put(entry.getKey(), entry.getValue()));
        return sorted;
    }

    /** The text a member is found by, written exactly as its trigram index (V23) is. */
    private static final String TEXT = "lower(coalesce(x.display_name, '') || ' ' || coalesce(x.organisation_name, '') || ' '"
            + " || coalesce(x.role_title, ''))";

    /**
     * The members a search reads, as {@code m}: all of them, or those whose text or email address
     * holds the words. Each side of the text match is answered by its own trigram index, and a member
     * found by both is left out of the second, so the rows need no removing of duplicates and the
     * member table is read once.
     */
    private static String source(Query query, MapSqlParameterSource params) {
        if (query.text() == null) {
            return "member m";
        }
        String lower = query.text().toLowerCase(Locale.ROOT);
        params.addValue("pattern", "%" + lower.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        return "(select x.* from member x where " + TEXT + " like :pattern union all select x.* from member x join account a"
                + " on a.id = x.account_id where lower(a.email) like :pattern and not " + TEXT + " like :pattern) m";
    }

    /**
     * The members a search finds, as {@code <source> m where <conditions>}: what follows a
     * {@code from}, ready for more conditions. The conditions never need the account table joined.
     */
    private static String members(Query query, MapSqlParameterSource params) {
        List<String> clauses = new ArrayList<>(List.of("m.erased_at is null", "m.merged_into is null"));
        if (query.region() != null) {
            params.addValue("region", query.region());
            clauses.add("m.region_slug = :region");
        }
        if (query.role() != null) {
            params.addValue("role", query.role());
            clauses.add(":role = any (m.roles)");
        }
        if (query.art() != null) {
            params.addValue("art", query.art());
            clauses.add(":art = any (m.art_forms)");
        }
        if (query.setting() != null) {
            params.addValue("setting", query.setting());
            clauses.add(":setting = any (m.settings)");
        }
        if (query.tag() != null) {
            params.addValue("tag", query.tag());
            clauses.add("exists (select 1 from member_tag g where g.member_id = m.id and g.tag = :tag)");
        }
        if (query.kind() != null) {
            params.addValue("kind", query.kind());
            // the kind of the member's latest term, as the results list shows it (kept by a trigger)
            clauses.add("m.kind = :kind");
        }
        // m.current mirrors whether the member has an open term (kept by a trigger)
        if (query.status() == Status.CURRENT) {
            clauses.add("m.current");
        }
        else if (query.status() == Status.LEFT) {
            clauses.add("not m.current");
        }
        if (query.newsletter() != null) {
            clauses.add((query.newsletter() ? "" : "not ") + NEWSLETTER);
        }
        return source(query, params) + " where " + String.join(" and ", clauses);
    }

    /** The member's latest say on the newsletter is yes (copied from the consent ledger by a trigger). */
    private static final String NEWSLETTER = "m.newsletter";

    /** What an export is for, which decides whose rows and which columns it may hold. */
    public enum Purpose {
        /** Names and email addresses, only of members whose latest say on being emailed by the alliance is yes. */
        CONTACT,
        /** No names or addresses: a number per member with what they work in, for counting and planning. */
        ANALYSIS
    }

    /** Streams a segment as CSV, cells guarded against spreadsheet formulas. */
    @Transactional(readOnly = true)
    public void export(Query query, Purpose purpose, Writer out) throws IOException {
        MapSqlParameterSource params = new MapSqlParameterSource();
        String members = members(query, params);
        if (purpose == Purpose.CONTACT) {
            members += " and " + NEWSLETTER;
            out.write("name,email,organisation,role,region,joined\r\n");
        }
        else {
            out.write("member,region,art_forms,settings,joined_year,current,roles\r\n");
        }
        IOException[] failure = { null };
        streaming.query("select m.id, m.display_name, a.email, m.organisation_name, m.role_title, m.region_slug, m.joined_at,"
                + " array_to_string(m.art_forms, ';'), array_to_string(m.settings, ';'), m.current, array_to_string(m.roles, ';')"
                + " from (select m.* from " + members + ") m left join account a on a.id = m.account_id order by m.id", params, rs -> {
                    if (failure[0] != null) {
                        return;
                    }
                    try {
                        if (purpose == Purpose.CONTACT) {
                            line(out, rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6),
                                    rs.getTimestamp(7).toInstant().toString().substring(0, 10));
                        }
                        else {
                            line(out, String.valueOf(rs.getLong(1)), rs.getString(6), rs.getString(8), rs.getString(9),
                                    rs.getTimestamp(7).toInstant().toString().substring(0, 4), rs.getBoolean(10) ? "yes" : "no",
                                    rs.getString(11));
                        }
                    }
                    catch (IOException ex) {
                        failure[0] = ex;
                    }
                });
        if (failure[0] != null) {
            throw failure[0];
        }
        out.flush();
    }

    private static void line(Writer out, String... cells) throws IOException {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                line.append(',');
            }
            line.append(Csv.cell(cells[i]));
        }
        out.write(line.append("\r\n").toString());
    }

    // --- one member

    public record Note(String body, String writtenBy, Instant writtenAt) {
    }

    public record Detail(Row row, List<String> tags, List<Note> notes, Map<String, String> interests, List<String> terms,
            Map<String, Boolean> consents) {
    }

    @Transactional(readOnly = true)
    public Detail detail(long memberId) {
        MapSqlParameterSource params = new MapSqlParameterSource("id", memberId);
        List<Row> rows = jdbc.query(COLUMNS + " from member m left join account a on a.id = m.account_id where m.id = :id"
                + " and m.erased_at is null", params, MemberCrm::row);
        if (rows.isEmpty()) {
            throw new NotFoundException("No such member");
        }
        List<String> tags = jdbc.queryForList("select tag from member_tag where member_id = :id order by tag", params, String.class);
        List<Note> notes = jdbc.query("select body, written_by, written_at from member_note where member_id = :id order by written_at desc,"
                + " id desc", params, (rs, n) -> new Note(rs.getString(1), rs.getString(2), rs.getTimestamp(3).toInstant()));
        // what they do, then what they work in, each under its vocabulary's name and in its concepts' words
        Map<Vocabulary, List<String>> chosen = new java.util.EnumMap<>(Vocabulary.class);
        jdbc.query("select vocabulary, slug from member_interest where member_id = :id order by slug", params, rs -> {
            chosen.computeIfAbsent(Vocabulary.valueOf(rs.getString(1)), vocabulary -> new ArrayList<>()).add(rs.getString(2));
        });
        Map<String, String> interests = new LinkedHashMap<>();
        for (Vocabulary vocabulary : List.of(Vocabulary.ROLE, Vocabulary.ART_FORM, Vocabulary.SETTING)) {
            if (chosen.containsKey(vocabulary)) {
                Map<String, String> labels = taxonomy.labels(vocabulary);
                interests.put(vocabulary.label(),
                        String.join(", ", chosen.get(vocabulary).stream().map(slug -> labels.getOrDefault(slug, slug)).toList()));
            }
        }
        List<String> terms = jdbc.query("select kind, started_at, ended_at from membership_term where member_id = :id order by started_at",
                params, (rs, n) -> rs.getString(1).toLowerCase(Locale.ROOT) + " from " + rs.getTimestamp(2).toInstant().toString()
                        .substring(0, 10) + (rs.getTimestamp(3) == null ? " (current)" : " to " + rs.getTimestamp(3).toInstant()
                            .toString().substring(0, 10)));
        Map<String, Boolean> consents = new LinkedHashMap<>();
        jdbc.query("select distinct on (purpose) purpose, granted from consent_record where member_id = :id"
                + " and purpose <> 'EQUALITY_MONITORING' order by purpose, recorded_at desc, id desc", params, rs -> {
                    consents.put(rs.getString(1), rs.getBoolean(2));
                });
        return new Detail(rows.get(0), tags, notes, interests, terms, consents);
    }

    public void tag(long memberId, String tag, long staffAccountId) {
        exists(memberId);
        jdbc.update("insert into member_tag (member_id, tag, added_at, added_by) values (:id, :tag, :at, :by) on conflict do nothing",
                new MapSqlParameterSource("id", memberId).addValue("tag", tag).addValue("at", Timestamp.from(clock.instant()))
                    .addValue("by", staffAccountId));
    }

    public void untag(long memberId, String tag) {
        jdbc.update("delete from member_tag where member_id = :id and tag = :tag", new MapSqlParameterSource("id", memberId)
            .addValue("tag", tag));
    }

    public void note(long memberId, String body, String staffName) {
        exists(memberId);
        jdbc.update("insert into member_note (member_id, body, written_by, written_at) values (:id, :body, :by, :at)",
                new MapSqlParameterSource("id", memberId).addValue("body", body).addValue("by", staffName)
                    .addValue("at", Timestamp.from(clock.instant())));
    }

    @Transactional(readOnly = true)
    public List<String> allTags() {
        return jdbc.queryForList("select distinct tag from member_tag order by tag", new MapSqlParameterSource(), String.class);
    }

    // --- segments

    public record Segment(long id, String name, String query, String createdBy) {
    }

    @Transactional(readOnly = true)
    public List<Segment> segments() {
        return jdbc.query("select id, name, query, created_by from member_segment order by lower(name)", new MapSqlParameterSource(),
                (rs, n) -> new Segment(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)));
    }

    /** @return false when a segment already has that name */
    public boolean saveSegment(String name, Query query, String staffName) {
        int saved = jdbc.update("insert into member_segment (name, query, created_by, created_at) values (:name, :query, :by, :at)"
                + " on conflict (name) do nothing", new MapSqlParameterSource("name", name).addValue("query", query.toQueryString())
                    .addValue("by", staffName).addValue("at", Timestamp.from(clock.instant())));
        return saved == 1;
    }

    public void deleteSegment(long id) {
        jdbc.update("delete from member_segment where id = :id", new MapSqlParameterSource("id", id));
    }

    /** Erasure: staff notes and tags about the member go with the rest of their personal data. */
    public void forget(long memberId) {
        MapSqlParameterSource id = new MapSqlParameterSource("id", memberId);
        jdbc.update("delete from member_note where member_id = :id", id);
        jdbc.update("delete from member_tag where member_id = :id", id);
    }

    private void exists(long memberId) {
        Integer found = jdbc.queryForObject("select count(*) from member where id = :id and erased_at is null and merged_into is null",
                new MapSqlParameterSource("id", memberId), Integer.class);
        if (found == null || found == 0) {
            throw new NotFoundException("No such member");
        }
    }
}
