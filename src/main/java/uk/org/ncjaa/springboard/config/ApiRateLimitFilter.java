package uk.org.ncjaa.springboard.config;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A token bucket per client address for the open-data API, so that one busy client cannot slow it
 * down for everyone: a burst goes through at once, then requests at the steady rate. Buckets live
 * in memory and are dropped once idle, by when they would have filled up again anyway.
 */
class ApiRateLimitFilter extends OncePerRequestFilter {

    static final String REMAINING = "X-RateLimit-Remaining";

    private final ApiProperties.RateLimit settings;
    private final ApiProblems problems;
    private final Cache<String, Bucket> buckets = Caffeine.newBuilder()
        .maximumSize(100_000)
        .expireAfterAccess(Duration.ofMinutes(10))
        .build();

    ApiRateLimitFilter(ApiProperties.RateLimit settings, ApiProblems problems) {
        this.settings = settings;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        ConsumptionProbe probe = buckets.get(request.getRemoteAddr(), address -> newBucket()).tryConsumeAndReturnRemaining(1);
        if (probe.isConsumed()) {
            response.setHeader(REMAINING, String.valueOf(probe.getRemainingTokens()));
            chain.doFilter(request, response);
            return;
        }
        long seconds = Math.max(1, TimeUnit.NANOSECONDS.toSeconds(probe.getNanosToWaitForRefill() + 999_999_999L));
        response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(seconds));
        response.setHeader(REMAINING, "0");
        problems.write(request, response, HttpStatus.TOO_MANY_REQUESTS, "Too many requests from your address. Please wait "
                + seconds + (seconds == 1 ? " second" : " seconds") + " and try again.");
    }

    private Bucket newBucket() {
        return Bucket.builder()
            .addLimit(Bandwidth.builder()
                .capacity(settings.burst())
                .refillGreedy(settings.requestsPerMinute(), Duration.ofMinutes(1))
                .build())
            .build();
    }
}
