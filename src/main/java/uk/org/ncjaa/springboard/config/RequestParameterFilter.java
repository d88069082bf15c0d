package uk.org.ncjaa.springboard.config;

import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import uk.org.ncjaa.springboard.shared.web.RequestPaths;

/**
 * Every parameter, from the address or a form, is read once here, before security, the page cache
 * or a controller sees it. One that cannot be decoded (bad percent-encoding or bytes that are not
 * UTF-8) is the client's mistake: a 400 with the reason, one WARN line, and nothing further runs.
 * Control characters that no person types (NUL above all, which PostgreSQL refuses, and which
 * would make feeds and sitemaps invalid XML) are taken out of the values; tab and line breaks stay.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 2)
class RequestParameterFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(RequestParameterFilter.class);

    static final String UNREADABLE = "unreadable";

    private final ApiProblems problems;

    RequestParameterFilter(ApiProblems problems) {
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Map<String, String[]> parameters;
        try {
            parameters = request.getParameterMap();
        }
        catch (IllegalStateException unreadable) {
            refuse(request, response, unreadable);
            return;
        }
        if (needsCleaning(parameters)) {
            chain.doFilter(new Cleaned(request, clean(parameters)), response);
        }
        else {
            chain.doFilter(request, response);
        }
    }

    /**
     * Tomcat refuses parameters it cannot decode, and a multipart body over the size limits, with an
     * {@code InvalidParameterException} carrying the status to answer (400 or 413).
     */
    private void refuse(HttpServletRequest request, HttpServletResponse response, IllegalStateException unreadable)
            throws IOException {
        int status = unreadable instanceof org.apache.tomcat.util.http.InvalidParameterException invalid
                && invalid.getErrorCode() == HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE ? 413 : 400;
        log.warn("Refused a request to {} ({}): {}", RequestPaths.of(request), status,
                status == 413 ? "its body was over the size limit" : "its parameters could not be decoded");
        if (RequestPaths.of(request).startsWith("/api/")) {
            problems.write(request, response, HttpStatus.valueOf(status), status == 413 ? "The request was too large."
                    : "A parameter could not be read: send UTF-8, percent-encoded as RFC 3986 describes.");
            return;
        }
        if (status == 413) {
            response.setHeader("Connection", "close");
        }
        else {
            request.setAttribute(ErrorPages.REASON, UNREADABLE);
        }
        response.sendError(status);
    }

    private static boolean needsCleaning(Map<String, String[]> parameters) {
        for (Map.Entry<String, String[]> parameter : parameters.entrySet()) {
            if (hasControl(parameter.getKey())) {
                return true;
            }
            for (String value : parameter.getValue()) {
                if (value != null && hasControl(value)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean hasControl(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (unwanted(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** Characters XML 1.0 forbids, none of which a keyboard types: C0 controls but tab and line breaks, U+FFFE and U+FFFF. */
    static boolean unwanted(char c) {
        return (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == '\uFFFE' || c == '\uFFFF';
    }

    static String clean(String text) {
        StringBuilder kept = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!unwanted(c)) {
                kept.append(c);
            }
        }
        return kept.toString();
    }

    private static Map<String, String[]> clean(Map<String, String[]> parameters) {
        Map<String, String[]> cleaned = new LinkedHashMap<>();
        parameters.forEach((name, values) -> {
            String[] copy = new String[values.length];
            for (int i = 0; i < values.length; i++) {
                copy[i] = values[i] == null ? null : clean(values[i]);
            }
            cleaned.merge(clean(name), copy, (a, b) -> {
                String[] both = java.util.Arrays.copyOf(a, a.length + b.length);
                System.arraycopy(b, 0, both, a.length, b.length);
                return both;
            });
        });
        return Collections.unmodifiableMap(cleaned);
    }

    /** The request with its parameters cleaned; everything else (parts, body, headers) as it came. */
    private static final class Cleaned extends HttpServletRequestWrapper {

        private final Map<String, String[]> parameters;

        Cleaned(HttpServletRequest request, Map<String, String[]> parameters) {
            super(request);
            this.parameters = parameters;
        }

        @Override
        public String getParameter(String name) {
            String[] values = parameters.get(name);
            return values == null || values.length == 0 ? null : values[0];
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            return parameters;
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.enumeration(parameters.keySet());
        }

        @Override
        public String[] getParameterValues(String name) {
            String[] values = parameters.get(name);
            return values == null ? null : values.clone();
        }
    }
}
