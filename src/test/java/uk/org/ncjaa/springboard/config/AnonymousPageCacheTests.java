package uk.org.ncjaa.springboard.config;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletResponse;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import uk.org.ncjaa.springboard.shared.web.CachedPages;

import static org.assertj.core.api.Assertions.assertThat;

class AnonymousPageCacheTests {

    /** Pages as a module would name them: which it keeps, its search, and its published content, kept for long. */
    private static final List<CachedPages> MODULES = List.of(new CachedPages() {
        @Override
        public boolean keeps(String path) {
            return Set.of("/", "/about", "/news/2026/11/kept").contains(path);
        }

        @Override
        public boolean keepsSearch(String path) {
            return "/evidence".equals(path);
        }

        @Override
        public boolean keepsLong(String path) {
            return path.startsWith("/news/");
        }
    });

    private final AtomicInteger renders = new AtomicInteger();
    private final AnonymousPageCache cache = new AnonymousPageCache(true, Duration.ofMinutes(1), MODULES);
    private final PageCacheForgetting forgetting = new PageCacheForgetting(
            new org.springframework.beans.factory.support.StaticListableBeanFactory(java.util.Map.of("cache", cache))
                .getBeanProvider(AnonymousPageCache.class),
            (topic, message) -> {
            });

    @Test
    void servesTheSecondAnonymousVisitFromMemoryWithTheSameHeaders() throws Exception {
        MockHttpServletResponse first = get("/", null);
        MockHttpServletResponse second = get("/", null);
        assertThat(renders).hasValue(1);
        assertThat(second.getContentAsString()).isEqualTo(first.getContentAsString()).isEqualTo("page 1");
        assertThat(second.getHeader("Content-Security-Policy")).isEqualTo("default-src 'self'");
        assertThat(second.getContentType()).startsWith("text/html");
    }

    @Test
    void alwaysRendersForSessionsQueriesAndOtherPages() throws Exception {
        get("/", null);
        get("/", new Cookie("JSESSIONID", "abc"));
        MockHttpServletRequest query = request("/");
        query.setQueryString("loggedOut");
        cache.doFilter(query, new MockHttpServletResponse(), chain());
        get("/account", null);
        get("/account", null);
        assertThat(renders).hasValue(5);
    }

    @Test
    void keepsAnonymousSearchesByTheirWholeQueryStringAndForgetsThemWhenAModuleSaysSo() throws Exception {
        MockHttpServletRequest music = request("/evidence");
        music.setQueryString("q=music");
        MockHttpServletRequest theatre = request("/evidence");
        theatre.setQueryString("q=theatre");
        for (int i = 0; i < 2; i++) {
            cache.doFilter(music, new MockHttpServletResponse(), chain());
            cache.doFilter(theatre, new MockHttpServletResponse(), chain());
        }
        assertThat(renders).as("each search rendered once").hasValue(2);
        forgetting.forgetAll();
        cache.doFilter(music, new MockHttpServletResponse(), chain());
        assertThat(renders).hasValue(3);
        MockHttpServletRequest home = request("/");
        home.setQueryString("loggedOut");
        cache.doFilter(home, new MockHttpServletResponse(), chain());
        cache.doFilter(home, new MockHttpServletResponse(), chain());
        assertThat(renders).as("other pages with a query string are never kept").hasValue(5);
    }

    @Test
    void answersNotModifiedWhenTheBrowserHoldsTheSamePageAndRendersAfreshOncePublished() throws Exception {
        MockHttpServletResponse first = get("/about", null);
        String etag = first.getHeader("ETag");
        assertThat(etag).as("weak, so that Tomcat may gzip the page").matches("W/\"[0-9a-f]{32}\"");
        MockHttpServletRequest again = request("/about");
        again.addHeader("If-None-Match", etag);
        MockHttpServletResponse notModified = new MockHttpServletResponse();
        cache.doFilter(again, notModified, chain());
        assertThat(notModified.getStatus()).isEqualTo(304);
        assertThat(notModified.getContentAsByteArray()).isEmpty();
        assertThat(renders).hasValue(1);
        forgetting.forget("/about");
        MockHttpServletResponse fresh = get("/about", null);
        assertThat(renders).hasValue(2);
        assertThat(fresh.getHeader("ETag")).isNotEqualTo(etag);
    }

    @Test
    void keepsContentUntilItChangesWhileOtherPagesExpireSooner() throws Exception {
        AnonymousPageCache cache = new AnonymousPageCache(true, Duration.ZERO, Duration.ofMinutes(5), MODULES);
        for (int i = 0; i < 2; i++) {
            cache.doFilter(request("/"), new MockHttpServletResponse(), chain());
            cache.doFilter(request("/news/2026/11/kept"), new MockHttpServletResponse(), chain());
        }
        assertThat(renders).as("the home page twice, the article once").hasValue(3);
    }

    @Test
    void neverKeepsAResponseThatSetsACookie() throws Exception {
        AnonymousPageCache fresh = new AnonymousPageCache(true, Duration.ofMinutes(1), MODULES);
        for (int i = 0; i < 2; i++) {
            fresh.doFilter(request("/"), new MockHttpServletResponse(), new MockFilterChain(new jakarta.servlet.http.HttpServlet() {
                @Override
                protected void doGet(jakarta.servlet.http.HttpServletRequest req, HttpServletResponse resp) throws java.io.IOException {
                    renders.incrementAndGet();
                    resp.addCookie(new Cookie("JSESSIONID", "new"));
                    resp.getWriter().write("with cookie");
                }
            }));
        }
        assertThat(renders).hasValue(2);
    }

    @Test
    void comparesTheTagWeaklyAndWithinAListAsIfNoneMatchAsks() throws Exception {
        String etag = get("/about", null).getHeader("ETag");
        String opaque = etag.substring(2);
        for (String ifNoneMatch : new String[] { etag, opaque, "\"other\", " + etag, "*" }) {
            MockHttpServletRequest again = request("/about");
            again.addHeader("If-None-Match", ifNoneMatch);
            MockHttpServletResponse response = new MockHttpServletResponse();
            cache.doFilter(again, response, chain());
            assertThat(response.getStatus()).as(ifNoneMatch).isEqualTo(304);
        }
        MockHttpServletRequest changed = request("/about");
        changed.addHeader("If-None-Match", "W/\"0123456789abcdef0123456789abcdef\"");
        MockHttpServletResponse response = new MockHttpServletResponse();
        cache.doFilter(changed, response, chain());
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentAsString()).isEqualTo("page 1");
    }

    private MockHttpServletResponse get(String path, Cookie cookie) throws Exception {
        MockHttpServletRequest request = request(path);
        if (cookie != null) {
            request.setCookies(cookie);
        }
        MockHttpServletResponse response = new MockHttpServletResponse();
        cache.doFilter(request, response, chain());
        return response;
    }

    private static MockHttpServletRequest request(String path) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
        request.setRequestURI(path);
        return request;
    }

    private MockFilterChain chain() {
        return new MockFilterChain(new jakarta.servlet.http.HttpServlet() {
            @Override
            protected void doGet(jakarta.servlet.http.HttpServletRequest req, HttpServletResponse resp) throws java.io.IOException {
                int n = renders.incrementAndGet();
                resp.setContentType("text/html;charset=UTF-8");
                resp.setHeader("Content-Security-Policy", "default-src 'self'");
                resp.getWriter().write("page " + n);
            }
        });
    }
}
