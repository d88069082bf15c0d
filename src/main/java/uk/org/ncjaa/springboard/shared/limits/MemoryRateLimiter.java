package uk.org.ncjaa.springboard.shared.limits;

import java.time.Duration;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;

/**
 * One node's buckets: Bucket4j's, in memory, bounded in number and dropped once idle for longer
 * than any period in use, by when they would have filled up again anyway.
 */
class MemoryRateLimiter implements RateLimiter {

    private final Cache<String, Bucket> buckets = Caffeine.newBuilder()
        .maximumSize(200_000)
        .expireAfterAccess(Duration.ofDays(1))
        .build();

    @Override
    public Taken take(String key, int capacity, Duration period) {
        return take(buckets.get(key + "/" + capacity + "/" + period, k -> Bucket.builder()
            .addLimit(Bandwidth.builder().capacity(capacity).refillGreedy(capacity, period).build())
            .build()));
    }

    @Override
    public Taken takeInWindow(String key, int capacity, Duration period) {
        return take(buckets.get(key + "/" + capacity + "/" + period + "/window", k -> Bucket.builder()
            .addLimit(Bandwidth.builder().capacity(capacity).refillIntervally(capacity, period).build())
            .build()));
    }

    private static Taken take(Bucket bucket) {
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        return new Taken(probe.isConsumed(), probe.getRemainingTokens(), Duration.ofNanos(probe.getNanosToWaitForRefill()));
    }
}
