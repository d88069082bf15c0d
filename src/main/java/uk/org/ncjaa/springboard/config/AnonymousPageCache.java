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

import uk.org.ncjaa.springboard.shared.i18n.Languages;
import uk.org.ncjaa.springboard.shared.web.CachedPages;
import uk.org.ncjaa.springboard.shared.web.RequestPaths;

/**
 * Serves the public pages that look the same to every anonymous visitor from memory for a few
 * seconds, headers included: the pages the modules name as such ({@link CachedPages}), searches by
 * their whole query string. Anyone with a session (logged in, or carrying a form token or a
 * message) and any other request with a query string always gets a freshly rendered page, and a
 * response that sets a cookie is never kept. The modules forget their pages when they change,
 * through {@link PageCacheForgetting}.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class AnonymousPageCache extends OncePerRequestFilter {

    private final boolean enabled;
    private final List<CachedPages> modules;
    private final Cache<String, CachedPage> pages;

    AnonymousPageCache(boolean enabled, Duration ttl, List<CachedPages> modules) {
        this(enabled, ttl, Duration.ofHours(1), modules);
    }

    /**
     * @param contentTtl how long articles, case studies, publications, opportunities and pages are
     *        kept: they change only when an editor publishes, which clears them at once, so the
     *        time limit only bounds what a missed event could leave behind
     */
    @org.springframework.beans.factory.annotation.Autowired
    AnonymousPageCache(@Value("${springboard.page-cache.enabled:true}") boolean enabled,
            @Value("${springboard.page-cache.ttl:10s}") Duration ttl,
            @Value("${springboard.page-cache.content-ttl:1h}") Duration contentTtl, List<CachedPages> modules) {
        this.enabled = enabled;
        this.modules = List.copyOf(modules);
        long shortNanos = ttl.toNanos();
        long longNanos = contentTtl.toNanos();
        // bounded by bytes, not pages: entry pages differ in size
        this.pages = Caffeine.newBuilder().maximumWeight(48L * 1024 * 1024)
            .<String, CachedPage>weigher((key, page) -> page.body().length + 512)
            .expireAfter(com.github.benmanes.caffeine.cache.Expiry.<String, CachedPage>creating(
                    (key, page) -> Duration.ofNanos(keptLong(key.substring(0, key.indexOf('|'))) ? longNanos : shortNanos)))
            .build();
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = RequestPaths.of(request);
        return !enabled || !"GET".equals(request.getMethod())
                || request.getQueryString() != null && !search(path) && !onlyLanguage(request.getQueryString())
                || request.getQueryString() != null && request.getQueryString().length() > 2000
                || request.getHeader("Authorization") != null || request.getHeader("HX-Request") != null
                || hasSessionCookie(request) || !cacheable(path);
    }

    /** Whether a module keeps the page at this path. */
    boolean cacheable(String path) {
        return modules.stream().anyMatch(module -> module.keeps(path) || module.keepsSearch(path));
    }

    /** A page's address that asks only for its language ({@code ?lang=cy}), kept like the page itself. */
    private static boolean onlyLanguage(String query) {
        return "lang=cy".equals(query) || "lang=en".equals(query);
    }

    private boolean search(String path) {
        return modules.stream().anyMatch(module -> module.keepsSearch(path));
    }

    private boolean keptLong(String pathAndQuery) {
        return pathAndQuery.indexOf('?') < 0 && modules.stream().anyMatch(module -> module.keepsLong(pathAndQuery));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String key = RequestPaths.of(request) + (request.getQueryString() == null ? "" : "?" + request.getQueryString())
                + (request.isSecure() ? "|https" : "|http") + "|" + Languages.of(request);
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
}
