package uk.org.ncjaa.springboard.content.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.org.ncjaa.springboard.content.ContentKind;

/** What the public side and the staff overview read: listings, single items, related items and feeds. */
@Service
@Transactional(readOnly = true)
public class ContentReader {

    private static final String COLUMNS = """
            id, kind, slug, title, standfirst, status, published_at, updated_at, publish_at, created_at, authors, organisation,
            publication_type, opportunity_type, location, remote, closes_on, title_cy, standfirst_cy""";

    private final ContentRepository items;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    ContentReader(ContentRepository items, JdbcTemplate jdbc, Clock clock) {
        this.items = items;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** A published item by its address. */
    public Optional<ContentItem> published(ContentKind kind, String slug) {
        return items.findByKindAndSlug(kind, slug).filter(ContentItem::isPublic);
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(ContentItem.UK));
    }

    /** One page of a kind's published items, newest first (pages by their place), with the filters applied. */
    public Listing listing(List<ContentKind> kinds, ListingQuery query) {
        ContentKind kind = kinds.get(0);
        List<Object> args = new ArrayList<>();
        StringBuilder where = new StringBuilder(" where kind = any(?) and status = 'PUBLISHED'");
        args.add(kinds.stream().map(ContentKind::name).toArray(String[]::new));
        if (query.topic() != null) {
            where.append(" and exists (select 1 from unnest(topics) t where lower(t) = lower(?))");
            args.add(query.topic());
        }
        if (query.artForm() != null) {
            where.append(" and ? = any(art_forms)");
            args.add(query.artForm());
        }
        if (query.region() != null) {
            where.append(" and ? = any(regions)");
            args.add(query.region());
        }
        if (query.year() != null) {
            where.append(" and published_at >= make_timestamptz(?, 1, 1, 0, 0, 0, 'Europe/London')"
                    + " and published_at < make_timestamptz(?, 1, 1, 0, 0, 0, 'Europe/London')");
            args.add(query.year());
            args.add(query.year() + 1);
        }
        if (query.type() != null) {
            where.append(kind == ContentKind.OPPORTUNITY ? " and opportunity_type = ?" : " and publication_type = ?");
            args.add(query.type());
        }
        if (kind == ContentKind.OPPORTUNITY && !query.includeClosed()) {
            where.append(" and (closes_on is null or closes_on >= ?)");
            args.add(java.sql.Date.valueOf(today()));
        }
        Long total = jdbc.queryForObject("select count(*) from content_item" + where, Long.class, args.toArray());
        String order = kind == ContentKind.PAGE ? " order by slug, position"
                : kind == ContentKind.OPPORTUNITY ? " order by closes_on nulls last, published_at desc, id desc"
                : " order by published_at desc, id desc";
        args.add(ListingQuery.PAGE_SIZE);
        args.add((long) (query.page() - 1) * ListingQuery.PAGE_SIZE);
        // listings alone show lead pictures, so they alone join them
        List<ContentSummary> found = jdbc.query("select " + COLUMNS + ", i.uploaded_at as image_at, i.width as image_width"
                + " from content_item left join content_image i on i.item_id = content_item.id" + where + order + " limit ? offset ?",
                ContentReader::withPicture, args.toArray());
        List<Integer> years = jdbc.queryForList("""
                select distinct extract(year from published_at at time zone 'Europe/London')::int from content_item
                where kind = any(?) and status = 'PUBLISHED' order by 1 desc""", Integer.class,
                (Object) kinds.stream().map(ContentKind::name).toArray(String[]::new));
        return new Listing(total == null ? 0 : total, found, query.page(), years);
    }

    /** The newest published items of some kinds, for the home page and feeds. */
    public List<ContentSummary> latest(List<ContentKind> kinds, int limit) {
        return publishedBetween(kinds, Instant.EPOCH, Instant.parse("9999-12-31T00:00:00Z"), limit);
    }

    /** Published publications of these types (briefing, policy-response, ...), newest first. */
    public List<ContentSummary> publications(List<String> types, int limit) {
        return jdbc.query("select " + COLUMNS + """
                 from content_item where status = 'PUBLISHED' and kind = 'PUBLICATION' and publication_type = any(?)
                order by published_at desc, id desc limit ?""", ContentReader::summary, types.toArray(String[]::new), limit);
    }

    /** Items of some kinds first published in a period, newest first. */
    public List<ContentSummary> publishedBetween(List<ContentKind> kinds, Instant since, Instant until, int limit) {
        return jdbc.query("select " + COLUMNS + """
                 from content_item where status = 'PUBLISHED' and kind = any(?) and published_at >= ? and published_at < ?
                order by published_at desc, id desc limit ?""", ContentReader::summary,
                kinds.stream().map(ContentKind::name).toArray(String[]::new), Timestamp.from(since), Timestamp.from(until), limit);
    }

    /** Items by id, in the order asked for: one query for a feed's entries. */
    public List<ContentItem> items(List<Long> ids) {
        java.util.Map<Long, ContentItem> found = new java.util.HashMap<>();
        items.findAllById(ids).forEach(item -> found.put(item.id(), item));
        return ids.stream().map(found::get).filter(java.util.Objects::nonNull).toList();
    }

    /** The newest case study staff chose to feature, or failing that the newest case study. */
    public Optional<ContentSummary> featuredCaseStudy() {
        return jdbc.query("select " + COLUMNS + """
                 from content_item where status = 'PUBLISHED' and kind = 'CASE_STUDY'
                order by featured desc, published_at desc limit 1""", ContentReader::summary).stream().findFirst();
    }

    /** Items the editors linked, then others of the same kind sharing a topic, art form or region. */
    public List<ContentSummary> related(ContentItem item, int limit) {
        List<ContentSummary> found = new ArrayList<>();
        if (!item.related().isEmpty()) {
            found.addAll(jdbc.query("select " + COLUMNS + " from content_item where status = 'PUBLISHED' and kind::text || ':' || slug"
                    + " = any(?) and id <> ? limit ?", ContentReader::summary, keys(item.related()), item.id(), limit));
        }
        if (found.size() < limit) {
            found.addAll(jdbc.query("select " + COLUMNS + """
                     from content_item where status = 'PUBLISHED' and kind = ? and id <> ?
                    and (topics && ?::text[] or art_forms && ?::text[] or regions && ?::text[])
                    order by published_at desc limit ?""", ContentReader::summary, item.kind().name(), item.id(),
                    item.topics().toArray(String[]::new), item.artForms().toArray(String[]::new), item.regions().toArray(String[]::new),
                    limit - found.size()));
        }
        return found.stream().filter(distinctBy()).limit(limit).toList();
    }

    /** Pages beneath a page, in their order: the navigable structure of about and guidance. */
    public List<ContentSummary> children(String path) {
        return jdbc.query("select " + COLUMNS + """
                 from content_item where kind = 'PAGE' and status = 'PUBLISHED' and slug like ? and slug not like ?
                order by position, title""", ContentReader::summary, path + "/%", path + "/%/%");
    }

    public Optional<ContentSummary> page(String path) {
        return jdbc.query("select " + COLUMNS + " from content_item where kind = 'PAGE' and status = 'PUBLISHED' and slug = ?",
                ContentReader::summary, path).stream().findFirst();
    }

    /** Every published item's address and when it last changed, for the sitemap. */
    public List<ContentSummary> everyPublished() {
        return jdbc.query("select " + COLUMNS + " from content_item where status = 'PUBLISHED' order by kind, published_at desc",
                ContentReader::summary);
    }

    /** For the staff overview: every item of a kind (or all), in any state, most recently changed first. */
    public List<ContentSummary> forStaff(ContentKind kind, ContentStatus status, int limit) {
        List<Object> args = new ArrayList<>();
        StringBuilder where = new StringBuilder(" where true");
        if (kind != null) {
            where.append(" and kind = ?");
            args.add(kind.name());
        }
        if (status != null) {
            where.append(" and status = ?");
            args.add(status.name());
        }
        args.add(limit);
        return jdbc.query("select " + COLUMNS + " from content_item" + where + " order by updated_at desc, id desc limit ?",
                ContentReader::summary, args.toArray());
    }

    /** How many items are at a step of the workflow, of any kind. */
    public long count(ContentStatus status) {
        Long n = jdbc.queryForObject("select count(*) from content_item where status = ?", Long.class, status.name());
        return n == null ? 0 : n;
    }

    /** When anything public last changed, for the feeds' and pages' freshness headers. */
    public Optional<Instant> lastChange(ContentKind kind) {
        Timestamp at = kind == null
                ? jdbc.queryForObject("select max(updated_at) from content_item where status = 'PUBLISHED'", Timestamp.class)
                : jdbc.queryForObject("select max(updated_at) from content_item where status = 'PUBLISHED' and kind = ?", Timestamp.class,
                        kind.name());
        return Optional.ofNullable(at).map(Timestamp::toInstant);
    }

    /** Addresses on this site, as editors paste them, as kind:slug keys. */
    static String[] keys(List<String> hrefs) {
        List<String> keys = new ArrayList<>();
        for (String href : hrefs) {
            String path = href.replaceFirst("^https?://[^/]+", "").replaceAll("[?#].*$", "").replaceAll("/+$", "");
            String[] parts = path.replaceFirst("^/", "").split("/");
            Optional<ContentKind> kind = ContentKind.fromSection(parts[0]);
            if (kind.isPresent() && parts.length >= 2) {
                keys.add(kind.get().name() + ":" + parts[parts.length - 1]);
            }
            else if (parts.length >= 1 && !parts[0].isEmpty()) {
                keys.add(ContentKind.PAGE.name() + ":" + String.join("/", parts));
            }
        }
        return keys.toArray(String[]::new);
    }

    private static java.util.function.Predicate<ContentSummary> distinctBy() {
        java.util.Set<Long> seen = new java.util.HashSet<>();
        return s -> seen.add(s.id());
    }

    static ContentSummary summary(ResultSet rs, int row) throws SQLException {
        return summary(rs, null, 0);
    }

    private static ContentSummary withPicture(ResultSet rs, int row) throws SQLException {
        return summary(rs, instant(rs, "image_at"), rs.getInt("image_width"));
    }

    private static ContentSummary summary(ResultSet rs, Instant imageAt, int imageWidth) throws SQLException {
        ContentKind kind = ContentKind.valueOf(rs.getString("kind"));
        Instant published = instant(rs, "published_at");
        Instant created = instant(rs, "created_at");
        String slug = rs.getString("slug");
        java.sql.Date closes = rs.getDate("closes_on");
        return new ContentSummary(rs.getLong("id"), kind, slug, rs.getString("title"), rs.getString("standfirst"),
                ContentItem.href(kind, slug, published != null ? published : created), ContentStatus.valueOf(rs.getString("status")),
                published, instant(rs, "updated_at"), instant(rs, "publish_at"), rs.getString("authors"), rs.getString("organisation"),
                rs.getString("publication_type"), rs.getString("opportunity_type"), rs.getString("location"), rs.getBoolean("remote"),
                closes == null ? null : closes.toLocalDate(), imageAt, imageWidth, rs.getString("title_cy"),
                rs.getString("standfirst_cy"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp at = rs.getTimestamp(column);
        return at == null ? null : at.toInstant();
    }

    /** A page of a listing and the years there is anything to filter by. */
    public record Listing(long total, List<ContentSummary> items, int page, List<Integer> years) {

        public int totalPages() {
            return (int) Math.max(1, (total + ListingQuery.PAGE_SIZE - 1) / ListingQuery.PAGE_SIZE);
        }
    }
}
