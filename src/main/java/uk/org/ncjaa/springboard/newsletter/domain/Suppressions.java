package uk.org.ncjaa.springboard.newsletter.domain;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Addresses never to be mailed, and the bounces and complaints that put them there. How many
 * bounces of each kind it takes is a policy kept as data, which staff change on a page.
 */
@Service
@Transactional
public class Suppressions {

    public enum BounceKind {
        HARD("Hard bounce: the address does not exist or refuses mail"),
        SOFT("Soft bounce: a full mailbox or a server that was down"),
        COMPLAINT("Complaint: the person marked an email as spam");

        private final String label;

        BounceKind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public enum Reason {
        HARD_BOUNCE, SOFT_BOUNCES, COMPLAINT, STAFF
    }

    public record Suppression(String email, Reason reason, String detail, Instant createdAt) {
    }

    public record Bounce(String email, BounceKind kind, String source, String detail, Instant recordedAt) {
    }

    private final JdbcTemplate jdbc;
    private final Clock clock;

    Suppressions(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public boolean suppressed(String email) {
        return Boolean.TRUE.equals(jdbc.queryForObject("select exists (select 1 from newsletter_suppression where email = ?)",
                Boolean.class, email.strip().toLowerCase(Locale.ROOT)));
    }

    /** @return whether the address was not suppressed before */
    public boolean suppress(String email, Reason reason, String detail) {
        return jdbc.update("insert into newsletter_suppression (email, reason, detail, created_at) values (?, ?, ?, ?)"
                + " on conflict (email) do nothing", email.strip().toLowerCase(Locale.ROOT), reason.name(), detail,
                Timestamp.from(clock.instant())) == 1;
    }

    public boolean lift(String email) {
        return jdbc.update("delete from newsletter_suppression where email = ?", email.strip().toLowerCase(Locale.ROOT)) == 1;
    }

    /**
     * Records a bounce or complaint and suppresses the address once the policy's count of that kind
     * is reached. A provider's event id is counted once, however often the webhook is retried.
     *
     * @return whether the address is now suppressed
     */
    public boolean bounce(String email, BounceKind kind, String source, String eventId, String detail) {
        String address = email.strip().toLowerCase(Locale.ROOT);
        int added = jdbc.update("insert into newsletter_bounce (email, kind, source, event_id, detail, recorded_at)"
                + " values (?, ?, ?, ?, ?, ?) on conflict (event_id) do nothing", address, kind.name(), source, eventId,
                detail == null ? null : detail.length() > 500 ? detail.substring(0, 500) : detail, Timestamp.from(clock.instant()));
        if (added == 0) {
            return suppressed(address);
        }
        Integer count = jdbc.queryForObject("select count(*) from newsletter_bounce where email = ? and kind = ?", Integer.class,
                address, kind.name());
        if (kind == BounceKind.SOFT) {
            jdbc.update("update newsletter_subscriber set soft_bounces = ? where lower(email) = ?", count, address);
        }
        if (count >= policy().get(kind)) {
            Reason reason = kind == BounceKind.HARD ? Reason.HARD_BOUNCE : kind == BounceKind.SOFT ? Reason.SOFT_BOUNCES : Reason.COMPLAINT;
            suppress(address, reason, count + " " + kind.name().toLowerCase(Locale.ROOT) + (count == 1 ? "" : "s") + " recorded");
            return true;
        }
        return suppressed(address);
    }

    @Transactional(readOnly = true)
    public Map<BounceKind, Integer> policy() {
        Map<BounceKind, Integer> policy = new LinkedHashMap<>();
        for (BounceKind kind : BounceKind.values()) {
            policy.put(kind, 1);
        }
        jdbc.query("select kind, suppress_after from newsletter_bounce_policy", rs -> {
            policy.put(BounceKind.valueOf(rs.getString(1)), rs.getInt(2));
        });
        return policy;
    }

    public void setPolicy(BounceKind kind, int suppressAfter) {
        if (suppressAfter < 1 || suppressAfter > 100) {
            throw new IllegalArgumentException("Between 1 and 100");
        }
        jdbc.update("insert into newsletter_bounce_policy (kind, suppress_after) values (?, ?)"
                + " on conflict (kind) do update set suppress_after = excluded.suppress_after", kind.name(), suppressAfter);
    }

    @Transactional(readOnly = true)
    public List<Suppression> list(String text, int limit) {
        String like = "%" + (text == null ? "" : text.strip().toLowerCase(Locale.ROOT)) + "%";
        return jdbc.query("select email, reason, detail, created_at from newsletter_suppression where email like ?"
                + " order by created_at desc limit ?", (rs, n) -> new Suppression(rs.getString(1), Reason.valueOf(rs.getString(2)),
                        rs.getString(3), rs.getTimestamp(4).toInstant()), like, limit);
    }

    @Transactional(readOnly = true)
    public List<Bounce> recentBounces(int limit) {
        return jdbc.query("select email, kind, source, detail, recorded_at from newsletter_bounce order by recorded_at desc, id desc limit ?",
                (rs, n) -> new Bounce(rs.getString(1), BounceKind.valueOf(rs.getString(2)), rs.getString(3), rs.getString(4),
                        rs.getTimestamp(5).toInstant()), limit);
    }

    @Transactional(readOnly = true)
    public long count() {
        return jdbc.queryForObject("select count(*) from newsletter_suppression", Long.class);
    }
}
