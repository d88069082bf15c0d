package uk.org.ncjaa.springboard.config;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.server.RequestPath;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;

/**
 * Requests for an address no controller serves. Letting them through security costs nothing (there
 * is nothing behind them) and gives a mistyped address the "not found" page instead of a login
 * page: a visitor asked to log in to reach nothing would log in only to be told so. Any address a
 * controller serves still falls to the rules, so a route someone forgot to list stays closed.
 */
final class UnmappedRequests implements RequestMatcher {

    private final ObjectProvider<RequestMappingHandlerMapping> mappings;

    UnmappedRequests(ObjectProvider<RequestMappingHandlerMapping> mappings) {
        this.mappings = mappings;
    }

    @Override
    public boolean matches(HttpServletRequest request) {
        RequestMappingHandlerMapping mapping = mappings.getIfAvailable();
        if (mapping == null) {
            return false;
        }
        Object previous = request.getAttribute(ServletRequestPathUtils.PATH_ATTRIBUTE);
        try {
            ServletRequestPathUtils.parseAndCache(request);
            return mapping.getHandler(request) == null;
        }
        catch (Exception served) {
            // the path is served, by another method or for other media types: the rules decide
            return false;
        }
        finally {
            if (previous instanceof RequestPath path) {
                request.setAttribute(ServletRequestPathUtils.PATH_ATTRIBUTE, path);
            }
            else {
                request.removeAttribute(ServletRequestPathUtils.PATH_ATTRIBUTE);
            }
        }
    }
}
