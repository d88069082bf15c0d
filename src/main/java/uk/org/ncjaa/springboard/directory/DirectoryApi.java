package uk.org.ncjaa.springboard.directory;

import java.util.Map;

import org.springframework.stereotype.Service;

import uk.org.ncjaa.springboard.directory.domain.Listings;

/** Read access to the directory for other modules. */
@Service
public class DirectoryApi {

    private final Listings listings;
    private final uk.org.ncjaa.springboard.directory.search.DirectorySearch search;
    private final org.springframework.jdbc.core.JdbcTemplate jdbc;
    private final DirectoryProperties properties;
    private final java.time.Clock clock;
    private final uk.org.ncjaa.springboard.shared.web.PageCache pageCache;

    DirectoryApi(Listings listings, uk.org.ncjaa.springboard.directory.search.DirectorySearch search,
            org.springframework.jdbc.core.JdbcTemplate jdbc, DirectoryProperties properties, java.time.Clock clock,
            uk.org.ncjaa.springboard.shared.web.PageCache pageCache) {
        this.pageCache = pageCache;
        this.listings = listings;
        this.search = search;
        this.jdbc = jdbc;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * An organisation's events changed (a booking, say): the listing pages kept for anonymous
     * visitors, which show each organisation's upcoming events, are rendered afresh.
     */
    public void organisationEventsChanged() {
        pageCache.forget("/directory/");
    }

    /** The best matches for some words among listings shown in search, for the site-wide search. */
    public Found search(String text, int page) {
        var results = search.search(new uk.org.ncjaa.springboard.directory.search.DirectoryQuery(text, Map.of(), null, page));
        // from a Welsh page the search also reads the Welsh descriptions, and a listing's Welsh summary is shown where it has one
        boolean welsh = uk.org.ncjaa.springboard.shared.i18n.Languages.welsh(org.springframework.context.i18n.LocaleContextHolder.getLocale());
        return new Found(results.total(), results.hits().stream()
            .map(h -> new Hit(h.name(), "/directory/" + h.slug(), h.summary(welsh) == null ? "" : h.summary(welsh),
                    String.join(", ", h.towns())))
            .toList());
    }

    /** Every listing shown in search, with when it was last published or verified, for the sitemap. */
    public java.util.List<Page> pages() {
        return jdbc.query("""
                select slug, greatest(published_at, verified_at) from directory_listing
                where published_at is not null and verified_at >= ? order by slug""",
                (rs, row) -> new Page("/directory/" + rs.getString(1), rs.getTimestamp(2).toInstant()),
                java.sql.Timestamp.from(properties.hiddenBefore(clock)));
    }

    public record Found(long total, java.util.List<Hit> hits) {
    }

    public record Hit(String name, String href, String summary, String towns) {
    }

    public record Page(String href, java.time.Instant lastModified) {
    }

    /** An organisation's listing, as another module names and links to it. */
    public record Organisation(long id, String slug, String name, boolean published) {
    }

    /** The listings this account looks after, whether or not they are public yet. */
    @org.springframework.transaction.annotation.Transactional(readOnly = true)
    public java.util.List<Organisation> managedBy(long accountId) {
        return listings.managedBy(accountId).stream()
            .map(l -> new Organisation(l.id(), l.slug(), l.name(), l.isPublished()))
            .toList();
    }

    /** A published listing by its address, for linking to it. */
    @org.springframework.transaction.annotation.Transactional(readOnly = true)
    public java.util.Optional<Organisation> published(String slug) {
        return listings.published(slug).map(l -> new Organisation(l.id(), l.slug(), l.name(), true));
    }

    /**
     * The published listings of organisations with these names (compared without regard to case),
     * by the name as given, for linking to them from elsewhere.
     */
    public Map<String, String> slugsByName(java.util.Collection<String> names) {
        return listings.slugsByName(names);
    }
}
