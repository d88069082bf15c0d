package uk.org.ncjaa.springboard.config;

import java.io.IOException;
import java.time.Duration;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

import uk.org.ncjaa.springboard.shared.limits.RateLimiter;

/**
 * A token bucket per client address for the open-data API, so that one busy client cannot slow it
 * down for everyone: a burst goes through at once, then requests at the steady rate. Buckets live
 * where the {@link RateLimiter} keeps them: in memory for one node, shared by several.
 */
class ApiRateLimitFilter extends OncePerRequestFilter {

    static final String REMAINING = "X-RateLimit-Remaining";

    private final ApiProperties.RateLimit settings;
    private final ApiProblems problems;
    private final RateLimiter buckets;
    /** The burst is the bucket's size; it refills at the steady rate, so it holds a burst's worth of that rate's time. */
    private final Duration refill;

    ApiRateLimitFilter(ApiProperties.RateLimit settings, ApiProblems problems, RateLimiter buckets) {
        this.settings = settings;
        this.problems = problems;
        this.buckets = buckets;
        this.refill = Duration.ofMinutes(1).multipliedBy(settings.burst()).dividedBy(settings.requestsPerMinute());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        RateLimiter.Taken taken = buckets.take("api:" + request.getRemoteAddr(), settings.burst(), refill);
        if (taken.granted()) {
            response.setHeader(REMAINING, String.valueOf(taken.remaining()));
            chain.doFilter(request, response);
            return;
        }
        long seconds = taken.retryAfterSeconds();
        response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(seconds));
        response.setHeader(REMAINING, "0");
        problems.write(request, response, HttpStatus.TOO_MANY_REQUESTS, "Too many requests from your address. Please wait "
                + seconds + (seconds == 1 ? " second" : " seconds") + " and try again.");
    }
}
