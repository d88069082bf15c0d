package uk.org.ncjaa.springboard.shared.limits;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Map;

import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Buckets every node shares: one row per key, refilled and taken from in a single upsert, so two
 * nodes taking at once queue on the row and never both take the last token. Keys are kept as
 * their SHA-256 only, since some name a person (an email address, an account).
 */
class DatabaseRateLimiter implements RateLimiter {

    // the level now: what was left, plus what has dripped back in since, up to the capacity
    private static final String LEVEL =
            "least(:capacity, b.tokens + greatest(0, extract(epoch from clock_timestamp() - b.refreshed_at)) * :rate)";
    private static final String TAKE = """
            insert into rate_bucket as b (key_hash, tokens, refreshed_at, full_at, granted)
            values (:key, :capacity - 1, clock_timestamp(), clock_timestamp() + make_interval(secs => 1 / :rate), true)
            on conflict (key_hash) do update set
                tokens = case when %1$s >= 1 then %1$s - 1 else %1$s end,
                granted = %1$s >= 1,
                refreshed_at = clock_timestamp(),
                full_at = clock_timestamp() + make_interval(secs => (:capacity - case when %1$s >= 1 then %1$s - 1 else %1$s end) / :rate)
            returning tokens, granted""".formatted(LEVEL);
    // a window: the tries counted down from its first; all back once it has passed (full_at is its end)
    private static final String TAKE_IN_WINDOW = """
            insert into rate_bucket as b (key_hash, tokens, refreshed_at, full_at, granted)
            values (:key, :capacity - 1, clock_timestamp(), clock_timestamp() + make_interval(secs => :seconds), true)
            on conflict (key_hash) do update set
                tokens = case when b.full_at <= clock_timestamp() then :capacity - 1
                              when b.tokens >= 1 then b.tokens - 1 else b.tokens end,
                granted = b.full_at <= clock_timestamp() or b.tokens >= 1,
                refreshed_at = clock_timestamp(),
                full_at = case when b.full_at <= clock_timestamp() then clock_timestamp() + make_interval(secs => :seconds)
                               else b.full_at end
            returning tokens, granted, extract(epoch from full_at - clock_timestamp()) as seconds_left""";

    private final NamedParameterJdbcTemplate jdbc;
    /** A row is locked until its transaction ends: never hold it for the length of the caller's. */
    private final TransactionTemplate own;

    DatabaseRateLimiter(NamedParameterJdbcTemplate jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.own = new TransactionTemplate(transactions);
        this.own.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @Override
    public Taken take(String key, int capacity, Duration period) {
        double perSecond = capacity / (period.toNanos() / 1e9);
        byte[] hash = sha256(key + "/" + capacity + "/" + period);
        return own.execute(status -> unsynchronised().queryForObject(TAKE, Map.of("key", hash, "capacity", capacity, "rate", perSecond),
                (rs, row) -> {
                    double tokens = rs.getDouble("tokens");
                    boolean granted = rs.getBoolean("granted");
                    Duration wait = granted ? Duration.ZERO : Duration.ofNanos((long) Math.ceil((1 - tokens) / perSecond * 1e9));
                    return new Taken(granted, (long) Math.floor(tokens), wait);
                }));
    }

    @Override
    public Taken takeInWindow(String key, int capacity, Duration period) {
        byte[] hash = sha256(key + "/" + capacity + "/" + period + "/window");
        return own.execute(status -> unsynchronised().queryForObject(TAKE_IN_WINDOW,
                Map.of("key", hash, "capacity", capacity, "seconds", period.toNanos() / 1e9), (rs, row) -> {
                    boolean granted = rs.getBoolean("granted");
                    Duration wait = granted ? Duration.ZERO : Duration.ofNanos((long) Math.ceil(rs.getDouble("seconds_left") * 1e9));
                    return new Taken(granted, (long) Math.floor(rs.getDouble("tokens")), wait);
                }));
    }

    /**
     * A busy client's bucket is one row every request of its updates in turn, each holding the row until
     * it commits: commits that do not wait for the disk keep that short. A database crash may forget
     * the last moment's tries, which costs nothing worth the wait.
     */
    private NamedParameterJdbcTemplate unsynchronised() {
        jdbc.getJdbcOperations().execute("set local synchronous_commit to off");
        return jdbc;
    }

    /** Buckets full again are as good as none: forgotten, so the table holds only the recent. */
    int forgetFull() {
        return jdbc.getJdbcOperations().update("delete from rate_bucket where full_at < clock_timestamp()");
    }

    private static byte[] sha256(String key) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
        }
        catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException(ex);
        }
    }
}
