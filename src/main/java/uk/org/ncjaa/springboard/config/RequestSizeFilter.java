package uk.org.ncjaa.springboard.config;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Turns away oversized bodies before anything reads them, with the friendly 413 page rather
 * than a form that silently lost its fields.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class RequestSizeFilter extends OncePerRequestFilter {

    private final long formLimit;
    private final long uploadLimit;

    RequestSizeFilter(@Value("${server.tomcat.max-http-form-post-size:2MB}") DataSize formLimit,
            @Value("${spring.servlet.multipart.max-request-size:30MB}") DataSize uploadLimit) {
        this.formLimit = formLimit.toBytes();
        this.uploadLimit = uploadLimit.toBytes();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String type = request.getContentType();
        long limit = type != null && type.startsWith("multipart/") ? uploadLimit : formLimit;
        if (request.getContentLengthLong() > limit) {
            response.setHeader("Connection", "close");
            response.sendError(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
            return;
        }
        chain.doFilter(request, response);
    }
}
