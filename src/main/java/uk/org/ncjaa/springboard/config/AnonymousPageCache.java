package uk.org.ncjaa.springboard.config;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

import uk.org.ncjaa.springboard.shared.web.RequestPaths;

/**
 * Serves the public pages that look the same to every anonymous visitor from memory for a few
 * seconds, headers included: the home and section pages, Evidence Library entries and toolkit
 * pages, and searches (by their whole query string). Anyone with a session (logged in, or carrying
 * a form token or a message) and any other request with a query string always gets a freshly
 * rendered page, and a response that sets a cookie is never kept. A change to the library clears
 * it at once.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class AnonymousPageCache extends OncePerRequestFilter {

    private static final Set<String> CACHEABLE = Set.of("/", "/privacy", "/accessibility", "/evidence", "/directory",
            "/events", "/news", "/blog", "/case-studies", "/publications", "/opportunities", "/mentoring", "/evidence/map",
            "/evidence/strength", "/about", "/guidance", "/contact", "/search");

    /** Articles, case studies, publications, opportunities and pages. */
    private static final java.util.regex.Pattern CONTENT = java.util.regex.Pattern.compile(
            "/(news|blog)/\\d{4}/\\d{2}/[a-z0-9-]{1,120}|/(case-studies|publications|opportunities)/(?!feed$)[a-z0-9-]{1,120}"
                    + "|/(about|guidance)(/[a-z0-9-]{1,120}){1,3}");

    /** Evidence Library entry pages: the most visited pages after the search. */
    private static final java.util.regex.Pattern ENTRY = java.util.regex.Pattern.compile("/evidence/[a-z0-9-]{1,120}");
    private static final Set<String> NOT_ENTRIES = Set.of("/evidence/submit", "/evidence/submissions", "/evidence/saved",
            "/evidence/export");

    /** The evidence toolkit's strand pages (its index is matched as an entry page): counted afresh after any change to the library. */
    private static final java.util.regex.Pattern TOOLKIT = java.util.regex.Pattern.compile(
            "/evidence/toolkit/(art-forms|outcomes)/[a-z0-9-]{1,120}");

    /** Directory listing pages, like entries. */
    private static final java.util.regex.Pattern LISTING = java.util.regex.Pattern.compile("/directory/[a-z0-9-]{1,100}");
    private static final Set<String> NOT_LISTINGS = Set.of("/directory/new", "/directory/manage");

    /** Searches look the same to every anonymous visitor too: kept by their whole query string. */
    private static final Set<String> SEARCHES = Set.of("/evidence", "/evidence/map", "/directory", "/events", "/search", "/news",
            "/blog", "/case-studies", "/publications", "/opportunities");

    /** Event pages; their places left change with every booking, which clears the cache. */
    private static final java.util.regex.Pattern EVENT = java.util.regex.Pattern.compile("/events/[a-z0-9-]{1,120}");

    private final boolean enabled;
    private final Cache<String, CachedPage> pages;

    AnonymousPageCache(@Value("${springboard.page-cache.enabled:true}") boolean enabled,
            @Value("${springboard.page-cache.ttl:10s}") Duration ttl) {
        this(enabled, ttl, Duration.ofHours(1));
    }

    /**
     * @param contentTtl how long articles, case studies, publications, opportunities and pages are
     *        kept: they change only when an editor publishes, which clears them at once, so the
     *        time limit only bounds what a missed event could leave behind
     */
    @org.springframework.beans.factory.annotation.Autowired
    AnonymousPageCache(@Value("${springboard.page-cache.enabled:true}") boolean enabled,
            @Value("${springboard.page-cache.ttl:10s}") Duration ttl,
            @Value("${springboard.page-cache.content-ttl:1h}") Duration contentTtl) {
        this.enabled = enabled;
        long shortNanos = ttl.toNanos();
        long longNanos = contentTtl.toNanos();
        // bounded by bytes, not pages: entry pages differ in size
        this.pages = Caffeine.newBuilder().maximumWeight(48L * 1024 * 1024)
            .<String, CachedPage>weigher((key, page) -> page.body().length + 512)
            .expireAfter(com.github.benmanes.caffeine.cache.Expiry.<String, CachedPage>creating(
                    (key, page) -> Duration.ofNanos(CONTENT.matcher(key.substring(0, key.indexOf('|'))).matches() ? longNanos : shortNanos)))
            .build();
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = RequestPaths.of(request);
        return !enabled || !"GET".equals(request.getMethod())
                || request.getQueryString() != null && !SEARCHES.contains(path)
                || request.getQueryString() != null && request.getQueryString().length() > 2000
                || request.getHeader("Authorization") != null || request.getHeader("HX-Request") != null
                || hasSessionCookie(request) || !cacheable(path);
    }

    static boolean cacheable(String path) {
        return CACHEABLE.contains(path) || SEARCHES.contains(path) || ENTRY.matcher(path).matches() && !NOT_ENTRIES.contains(path)
                || LISTING.matcher(path).matches() && !NOT_LISTINGS.contains(path) || EVENT.matcher(path).matches()
                || CONTENT.matcher(path).matches() || TOOLKIT.matcher(path).matches();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String key = RequestPaths.of(request) + (request.getQueryString() == null ? "" : "?" + request.getQueryString())
                + (request.isSecure() ? "|https" : "|http");
        CachedPage page = pages.getIfPresent(key);
        if (page != null) {
            page.writeTo(request, response);
            return;
        }
        ContentCachingResponseWrapper wrapper = new ContentCachingResponseWrapper(response);
        chain.doFilter(request, wrapper);
        if (wrapper.getStatus() == 200 && !wrapper.containsHeader("Set-Cookie") && request.getSession(false) == null) {
            // a tag of the body, so that a browser or proxy asking again for an unchanged page gets "not modified";
            // weak, because the server sends the same page gzipped or not (and Tomcat never compresses a response
            // that carries a strong tag)
            wrapper.setHeader("ETag", "W/\"" + org.springframework.util.DigestUtils.md5DigestAsHex(wrapper.getContentAsByteArray()) + "\"");
            wrapper.setHeader("Cache-Control", "no-cache");
            pages.put(key, CachedPage.of(wrapper));
        }
        wrapper.copyBodyToResponse();
    }

    void clear() {
        pages.invalidateAll();
    }

    /** Forgets only the pages whose addresses start with one of these. */
    void clear(String... prefixes) {
        pages.asMap().keySet().removeIf(key -> java.util.Arrays.stream(prefixes).anyMatch(key::startsWith));
    }

    private static boolean hasSessionCookie(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return false;
        }
        for (Cookie cookie : cookies) {
            if ("JSESSIONID".equals(cookie.getName()) || "SESSION".equals(cookie.getName())) {
                return true;
            }
        }
        return false;
    }

    private record CachedPage(byte[] body, String contentType, Map<String, List<String>> headers) {

        static CachedPage of(ContentCachingResponseWrapper response) {
            Map<String, List<String>> headers = new java.util.LinkedHashMap<>();
            for (String name : response.getHeaderNames()) {
                headers.put(name, new ArrayList<>(response.getHeaders(name)));
            }
            return new CachedPage(response.getContentAsByteArray(), response.getContentType(), headers);
        }

        void writeTo(HttpServletRequest request, HttpServletResponse response) throws IOException {
            headers.forEach((name, values) -> values.forEach(value -> response.addHeader(name, value)));
            List<String> etag = headers.get("ETag");
            if (etag != null && !etag.isEmpty() && matches(etag.get(0), request.getHeaders("If-None-Match"))) {
                response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
                return;
            }
            response.setContentType(contentType);
            response.setContentLength(body.length);
            response.getOutputStream().write(body);
        }

        /**
         * If-None-Match compares tags weakly (RFC 9110, 13.1.2): a browser may send the tag back with or without
         * {@code W/}, and a proxy may send several.
         */
        static boolean matches(String etag, java.util.Enumeration<String> ifNoneMatch) {
            String opaque = opaque(etag);
            while (ifNoneMatch != null && ifNoneMatch.hasMoreElements()) {
                for (String candidate : ifNoneMatch.nextElement().split(",")) {
                    String tag = candidate.trim();
                    if (tag.equals("*") || opaque(tag).equals(opaque)) {
                        return true;
                    }
                }
            }
            return false;
        }

        private static String opaque(String tag) {
            return tag.startsWith("W/") ? tag.substring(2) : tag;
        }
    }

    /**
     * Something public changed (the library, the directory, an event or its places): what anonymous
     * visitors see is rendered afresh once the change is committed. A plain listener that defers to
     * the end of the transaction, rather than a transactional event listener: those are recorded in
     * the event publication table and completed on a second connection, which under many concurrent
     * bookings would hold one connection while waiting for another. A bean apart from the filter,
     * because a proxied filter cannot start.
     */
    @Component
    static class Evictions {

        private final AnonymousPageCache cache;

        Evictions(AnonymousPageCache cache) {
            this.cache = cache;
        }

        @org.springframework.context.event.EventListener
        void on(uk.org.ncjaa.springboard.evidence.EvidenceChanged event) {
            clearAfterCommit();
        }

        /** The home page and searches show content too, so everything is rendered afresh. */
        @org.springframework.context.event.EventListener
        void on(uk.org.ncjaa.springboard.content.ContentChanged event) {
            clearAfterCommit();
        }

        @org.springframework.context.event.EventListener
        void on(uk.org.ncjaa.springboard.mentoring.MentoringChanged event) {
            afterCommit(() -> cache.clear("/mentoring"));
        }

        @org.springframework.context.event.EventListener
        void on(uk.org.ncjaa.springboard.directory.DirectoryChanged event) {
            clearAfterCommit();
        }

        /** Every booking changes an event's places: only the events pages and the listings that show events are forgotten. */
        @org.springframework.context.event.EventListener
        void on(uk.org.ncjaa.springboard.events.EventsChanged event) {
            afterCommit(() -> cache.clear("/events", "/directory/"));
        }

        private void clearAfterCommit() {
            afterCommit(cache::clear);
        }

        private static void afterCommit(Runnable clear) {
            if (org.springframework.transaction.support.TransactionSynchronizationManager.isSynchronizationActive()) {
                org.springframework.transaction.support.TransactionSynchronizationManager.registerSynchronization(
                        new org.springframework.transaction.support.TransactionSynchronization() {
                            @Override
                            public void afterCommit() {
                                clear.run();
                            }
                        });
            }
            else {
                clear.run();
            }
        }
    }
}
