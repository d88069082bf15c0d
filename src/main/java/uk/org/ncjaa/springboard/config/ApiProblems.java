package uk.org.ncjaa.springboard.config;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponse;
import org.springframework.web.context.request.async.AsyncRequestNotUsableException;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.util.DisconnectedClientHelper;
import tools.jackson.databind.json.JsonMapper;

import uk.org.ncjaa.springboard.shared.NotFoundException;
import uk.org.ncjaa.springboard.shared.web.RequestPaths;

/**
 * Answers every error under {@code /api/} with an RFC 9457 problem detail in JSON instead of the
 * error pages meant for people: API clients read the body, and a page of HTML would only confuse
 * them. Details are written for the client; exception texts stay in the log.
 */
@Component
class ApiProblems implements HandlerExceptionResolver, Ordered {

    private static final Logger log = LoggerFactory.getLogger(ApiProblems.class);

    private final JsonMapper json;

    ApiProblems(JsonMapper json) {
        this.json = json;
    }

    private static boolean isApi(HttpServletRequest request) {
        return RequestPaths.of(request).startsWith("/api/");
    }

    /** Ahead of Spring's own resolvers, which would answer with a status alone and so with the HTML error page. */
    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }

    @Override
    public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler,
            Exception ex) {
        if (!isApi(request)) {
            return null;
        }
        if (ex instanceof AsyncRequestNotUsableException || DisconnectedClientHelper.isClientDisconnectedException(ex)) {
            // the client went away: there is nobody to answer
            return new ModelAndView();
        }
        if (response.isCommitted()) {
            log.warn("API response to {} failed after it had started", RequestPaths.of(request), ex);
            return new ModelAndView();
        }
        try {
            if (ex instanceof NotFoundException) {
                write(request, response, HttpStatus.NOT_FOUND, "Nothing is published at this address.");
            }
            else if (ex instanceof ErrorResponse error) {
                error.getHeaders().forEach((name, values) -> values.forEach(value -> response.addHeader(name, value)));
                String detail = error.getStatusCode().value() == 404 ? "There is nothing at this address."
                        : error.getBody().getDetail();
                write(request, response, error.getStatusCode(), detail);
            }
            else if (ex instanceof TypeMismatchException || ex instanceof HttpMessageNotReadableException) {
                write(request, response, HttpStatus.BAD_REQUEST, "A value in the request could not be read.");
            }
            else {
                log.error("API request to {} failed", RequestPaths.of(request), ex);
                write(request, response, HttpStatus.INTERNAL_SERVER_ERROR,
                        "Something went wrong on our side. Please try again later.");
            }
        }
        catch (IOException writeFailed) {
            log.debug("Could not send the problem detail for {}", RequestPaths.of(request), writeFailed);
        }
        return new ModelAndView();
    }

    /** Sends a problem detail; any headers already set, such as CORS or Retry-After, are kept. */
    void write(HttpServletRequest request, HttpServletResponse response, HttpStatusCode status, String detail)
            throws IOException {
        HttpStatus known = HttpStatus.resolve(status.value());
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "about:blank");
        problem.put("title", known == null ? "Error" : known.getReasonPhrase());
        problem.put("status", status.value());
        problem.put("detail", detail);
        problem.put("instance", RequestPaths.of(request));
        response.resetBuffer();
        response.setStatus(status.value());
        // JSON is always UTF-8 (RFC 8259), so no charset is named
        response.setHeader(HttpHeaders.CONTENT_TYPE, MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.getOutputStream().write(json.writeValueAsBytes(problem));
    }
}
