package uk.org.ncjaa.springboard.shared.limits;

import java.time.Duration;

/**
 * Token buckets by key. One node keeps them in memory; several nodes share them in the database,
 * so five tries on each of two nodes are still five tries.
 */
public interface RateLimiter {

    /**
     * Takes one token from the bucket under {@code key}, if it has one: a burst of {@code capacity}
     * at once, then one more each {@code period / capacity} (for clients that keep asking).
     */
    Taken take(String key, int capacity, Duration period);

    /**
     * Takes one of {@code capacity} tries allowed in a window of {@code period} from the first try,
     * all of them back when it ends (for guesses at a password: none drip back meanwhile).
     */
    Taken takeInWindow(String key, int capacity, Duration period);

    /**
     * @param granted whether the attempt may go ahead
     * @param remaining whole tokens left after it
     * @param retryAfter when refused, how long until a token is back
     */
    record Taken(boolean granted, long remaining, Duration retryAfter) {

        /** Whole seconds to wait, at least one, for a Retry-After header or a message. */
        public long retryAfterSeconds() {
            return Math.max(1, (retryAfter.toMillis() + 999) / 1000);
        }
    }
}
