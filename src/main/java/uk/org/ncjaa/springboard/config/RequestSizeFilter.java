package uk.org.ncjaa.springboard.config;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.StandardMultipartHttpServletRequest;

import uk.org.ncjaa.springboard.shared.web.RequestPaths;

/**
 * Turns away oversized bodies before anything reads them, with the friendly 413 page rather
 * than a form that silently lost its fields. A declared length over the limit is refused at once;
 * an upload is read here, before the security filters ask it for its form token, so that a file
 * over its own limit, or a body sent without a length that runs past the total, is refused the
 * same way (otherwise the missing token made it a 403, or a second failure left an empty page).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class RequestSizeFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(RequestSizeFilter.class);

    private final long formLimit;
    private final long uploadLimit;
    private final long fileLimit;

    RequestSizeFilter(@Value("${server.tomcat.max-http-form-post-size:2MB}") DataSize formLimit,
            @Value("${spring.servlet.multipart.max-request-size:30MB}") DataSize uploadLimit,
            @Value("${spring.servlet.multipart.max-file-size:25MB}") DataSize fileLimit) {
        this.formLimit = formLimit.toBytes();
        this.uploadLimit = uploadLimit.toBytes();
        this.fileLimit = fileLimit.toBytes();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String type = request.getContentType();
        boolean upload = type != null && type.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/");
        long limit = upload ? uploadLimit : formLimit;
        if (request.getContentLengthLong() > limit) {
            refuse(request, response, "a body of " + request.getContentLengthLong() + " bytes", "the limit is " + limit + " bytes");
            return;
        }
        if (upload && "POST".equals(request.getMethod())) {
            try {
                // the server keeps the parts it read, so the application's own reading later finds them here
                new StandardMultipartHttpServletRequest(request, false);
            }
            catch (MaxUploadSizeExceededException ex) {
                refuse(request, response, "an upload with a file or a total over its limit",
                        "the limits are " + fileLimit + " bytes a file and " + uploadLimit + " in all");
                return;
            }
            catch (MultipartException ex) {
                // not a size problem (a malformed body, say): the application reports it as it always has
            }
        }
        chain.doFilter(request, response);
    }

    private static void refuse(HttpServletRequest request, HttpServletResponse response, String what, String limits)
            throws IOException {
        log.warn("Refused {} to {} {} ({})", what, request.getMethod(), RequestPaths.of(request), limits);
        // the error page's dispatch sees the failure as already known, so it renders without reading the body again
        request.setAttribute(RequestDispatcher.ERROR_EXCEPTION, new MaxUploadSizeExceededException(-1));
        response.setHeader("Connection", "close");
        response.sendError(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
    }
}
