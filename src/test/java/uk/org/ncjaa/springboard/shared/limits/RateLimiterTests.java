package uk.org.ncjaa.springboard.shared.limits;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

import uk.org.ncjaa.springboard.support.SpringboardTest;

import static org.assertj.core.api.Assertions.assertThat;

/** The buckets of one node and those several nodes share give the same answers; shared ones hold across nodes. */
@SpringboardTest
class RateLimiterTests {

    @Autowired
    NamedParameterJdbcTemplate named;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void fiveTriesOnEachOfTwoNodesAreStillFiveTries() throws Exception {
        DatabaseRateLimiter one = new DatabaseRateLimiter(named, transactions);
        DatabaseRateLimiter two = new DatabaseRateLimiter(named, transactions);
        for (boolean window : new boolean[] { false, true }) {
            String key = "login-account:" + UUID.randomUUID();
            ExecutorService pool = Executors.newFixedThreadPool(4);
            try {
                CountDownLatch start = new CountDownLatch(1);
                List<Future<Boolean>> tries = new ArrayList<>();
                for (int i = 0; i < 10; i++) {
                    RateLimiter node = i % 2 == 0 ? one : two;
                    Callable<Boolean> attempt = () -> {
                        start.await();
                        return (window ? node.takeInWindow(key, 5, Duration.ofMinutes(15)) : node.take(key, 5, Duration.ofMinutes(15)))
                            .granted();
                    };
                    tries.add(pool.submit(attempt));
                }
                start.countDown();
                int granted = 0;
                for (Future<Boolean> attempt : tries) {
                    granted += attempt.get() ? 1 : 0;
                }
                assertThat(granted).as(window ? "in a window" : "dripping back").isEqualTo(5);
            }
            finally {
                pool.shutdownNow();
            }
        }
    }

    @Test
    void aWindowGivesEveryTryBackOnlyWhenItEnds() {
        for (RateLimiter limiter : List.of(new MemoryRateLimiter(), new DatabaseRateLimiter(named, transactions))) {
            String key = "login-ip:" + UUID.randomUUID();
            for (int i = 0; i < 3; i++) {
                assertThat(limiter.takeInWindow(key, 3, Duration.ofMinutes(15)).remaining()).isEqualTo(2 - i);
            }
            RateLimiter.Taken refused = limiter.takeInWindow(key, 3, Duration.ofMinutes(15));
            assertThat(refused.granted()).as(limiter.getClass().getSimpleName()).isFalse();
            assertThat(refused.retryAfter()).isBetween(Duration.ofMinutes(14), Duration.ofMinutes(15));
        }
    }

    @Test
    void bothKindsCountDownThenSayHowLongToWait() {
        for (RateLimiter limiter : List.of(new MemoryRateLimiter(), new DatabaseRateLimiter(named, transactions))) {
            String key = "api:" + UUID.randomUUID();
            List<Long> remaining = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                RateLimiter.Taken taken = limiter.take(key, 3, Duration.ofMinutes(3));
                assertThat(taken.granted()).as(limiter.getClass().getSimpleName()).isTrue();
                remaining.add(taken.remaining());
            }
            RateLimiter.Taken refused = limiter.take(key, 3, Duration.ofMinutes(3));
            assertThat(remaining).as(limiter.getClass().getSimpleName()).containsExactly(2L, 1L, 0L);
            assertThat(refused.granted()).isFalse();
            // one token drips back each minute: the wait is that minute, less the moments the test took
            assertThat(refused.retryAfter()).isBetween(Duration.ofSeconds(50), Duration.ofMinutes(1));
            assertThat(refused.retryAfterSeconds()).isBetween(50L, 60L);
            // another key, or the same key under another limit, has a bucket of its own
            assertThat(limiter.take(key + "-other", 3, Duration.ofMinutes(3)).granted()).isTrue();
            assertThat(limiter.take(key, 4, Duration.ofMinutes(3)).granted()).isTrue();
        }
    }

    @Test
    void keysAreKeptOnlyAsTheirHashAndFullBucketsAreForgotten() {
        DatabaseRateLimiter limiter = new DatabaseRateLimiter(named, transactions);
        String email = "someone-" + UUID.randomUUID() + "@example.org";
        limiter.take("login-account:" + email, 10, Duration.ofMinutes(15));
        String kept = "api:" + UUID.randomUUID();
        limiter.take(kept, 10, Duration.ofMinutes(15));
        assertThat(jdbc.queryForObject("select count(*) from rate_bucket where position(convert_to(?, 'UTF8') in key_hash) > 0",
                Integer.class, email)).isZero();
        String sameHash = "select count(*) from rate_bucket where key_hash = sha256(convert_to(?, 'UTF8'))";
        assertThat(jdbc.queryForObject(sameHash, Integer.class, "login-account:" + email + "/10/PT15M")).isOne();
        // as if the first bucket had filled up again: only it goes
        jdbc.update("update rate_bucket set full_at = now() - interval '1 second' where key_hash = sha256(convert_to(?, 'UTF8'))",
                "login-account:" + email + "/10/PT15M");
        assertThat(limiter.forgetFull()).isGreaterThanOrEqualTo(1);
        assertThat(jdbc.queryForObject(sameHash, Integer.class, "login-account:" + email + "/10/PT15M")).isZero();
        assertThat(limiter.take(kept, 10, Duration.ofMinutes(15)).remaining()).as("the other bucket is still there").isEqualTo(8);
    }
}
