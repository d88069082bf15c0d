package uk.org.ncjaa.springboard.evidence;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.org.ncjaa.springboard.evidence.domain.EvidenceRepository;
import uk.org.ncjaa.springboard.evidence.domain.EvidenceStatus;

/** Read access to the Evidence Library for other modules. */
@Service
@Transactional(readOnly = true)
public class EvidenceApi {

    private final EvidenceRepository entries;
    private final uk.org.ncjaa.springboard.evidence.search.EvidenceSearch search;
    private final org.springframework.jdbc.core.JdbcTemplate jdbc;
    private final uk.org.ncjaa.springboard.evidence.toolkit.Toolkit toolkit;

    EvidenceApi(EvidenceRepository entries, uk.org.ncjaa.springboard.evidence.search.EvidenceSearch search,
            org.springframework.jdbc.core.JdbcTemplate jdbc, uk.org.ncjaa.springboard.evidence.toolkit.Toolkit toolkit) {
        this.entries = entries;
        this.search = search;
        this.jdbc = jdbc;
        this.toolkit = toolkit;
    }

    public long publishedCount() {
        return entries.countByStatus(EvidenceStatus.PUBLISHED);
    }

    /** Entries published in a period, newest first, for the newsletter's digest. */
    public java.util.List<NewEntry> publishedBetween(java.time.Instant since, java.time.Instant until, int limit) {
        return entries.publishedBetween(since, until, org.springframework.data.domain.PageRequest.of(0, limit)).stream()
            .map(e -> new NewEntry(e.title(), "/evidence/" + e.slug(), e.summary() == null ? "" : e.summary(),
                    e.publisher() == null ? "" : e.publisher(), e.publishedAt()))
            .toList();
    }

    /** The best matches for some words, for the site-wide search; titles and snippets are HTML with the matches marked. */
    public Found search(String text, int page, int size) {
        var results = search.search(new uk.org.ncjaa.springboard.evidence.search.EvidenceQuery(text, null, null, null,
                uk.org.ncjaa.springboard.evidence.search.EvidenceQuery.Sort.RELEVANCE, page, size));
        return new Found(results.total(), results.hits().stream()
            .map(h -> new Hit(h.title(), h.titleHtml(), "/evidence/" + h.slug(), h.snippetHtml(),
                    java.util.stream.Stream.of(h.contributors(), h.year() == null ? null : h.year().toString())
                        .filter(v -> v != null && !v.isBlank()).collect(java.util.stream.Collectors.joining(", "))))
            .toList());
    }

    /** Every published entry's address and last change, for the sitemap. */
    public java.util.List<Page> pages() {
        java.util.List<Page> pages = new java.util.ArrayList<>(jdbc.query(
                "select slug, updated_at from evidence_entry where status = 'PUBLISHED' order by slug",
                (rs, row) -> new Page("/evidence/" + rs.getString(1), rs.getTimestamp(2).toInstant())));
        // the toolkit's pages, for every strand with published studies; their figures change with any entry, so no date
        pages.add(new Page("/evidence/toolkit", null));
        for (uk.org.ncjaa.springboard.evidence.toolkit.StrandKind kind : uk.org.ncjaa.springboard.evidence.toolkit.StrandKind.values()) {
            toolkit.headlines(kind).stream().filter(headline -> headline.entries() > 0).forEach(headline -> pages.add(
                    new Page("/evidence/toolkit/" + kind.path() + "/" + headline.concept().slug(), null)));
        }
        return pages;
    }

    public record Found(long total, java.util.List<Hit> hits) {
    }

    /** @param snippetHtml may be null */
    public record Hit(String title, String titleHtml, String href, String snippetHtml, String meta) {
    }

    public record Page(String href, java.time.Instant lastModified) {
    }

    public record NewEntry(String title, String href, String summary, String publisher, java.time.Instant publishedAt) {
    }
}
