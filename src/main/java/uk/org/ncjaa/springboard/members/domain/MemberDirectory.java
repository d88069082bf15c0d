package uk.org.ncjaa.springboard.members.domain;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.org.ncjaa.springboard.accounts.AccountsApi;
import uk.org.ncjaa.springboard.shared.mail.MailRequested;

/**
 * The member directory, for members to find each other: only current members who have agreed to
 * be listed, and in touch only through a message the platform emails on, so nobody's address is shown.
 */
@Service
public class MemberDirectory {

    public static final int PAGE_SIZE = 20;
    public static final int MESSAGES_PER_HOUR = 5;
    public static final int MAX_MESSAGE = 2000;

    private static final String LISTED = MemberSql.LISTED;

    private static final String FILTERS = """
            and (:region = '' or m.region_slug = :region)
            and (:art = '' or exists (select 1 from member_interest i where i.member_id = m.id and i.vocabulary = 'ART_FORM'
                                      and i.slug = :art))
            and (:pattern = '' or m.display_name ilike :pattern or m.organisation_name ilike :pattern or m.role_title ilike :pattern)
            """;

    private final NamedParameterJdbcTemplate jdbc;
    private final AccountsApi accounts;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    MemberDirectory(NamedParameterJdbcTemplate jdbc, AccountsApi accounts, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.events = events;
        this.clock = clock;
    }

    public record Listing(long id, String name, String role, String organisation, String region, List<String> artForms) {
    }

    public record Page(List<Listing> listings, long total, int page) {

        public int totalPages() {
            return (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
        }
    }

    @Transactional(readOnly = true)
    public Page search(String text, String region, String artForm, int page) {
        String words = text == null ? "" : text.strip();
        MapSqlParameterSource params = new MapSqlParameterSource()
            .addValue("region", region == null ? "" : region)
            .addValue("art", artForm == null ? "" : artForm)
            .addValue("pattern", words.isEmpty() ? "" : "%" + words.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%")
            .addValue("limit", PAGE_SIZE)
            .addValue("offset", (long) (page - 1) * PAGE_SIZE);
        Long total = jdbc.queryForObject("select count(*) from member m where " + LISTED + FILTERS, params, Long.class);
        List<Listing> rows = jdbc.query("select m.id, m.display_name, m.role_title, m.organisation_name, m.region_slug "
                + "from member m where " + LISTED + FILTERS + " order by m.display_name, m.id limit :limit offset :offset", params,
                (rs, n) -> new Listing(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                        new ArrayList<>()));
        if (!rows.isEmpty()) {
            Map<Long, Listing> byId = new LinkedHashMap<>();
            rows.forEach(row -> byId.put(row.id(), row));
            jdbc.query("select member_id, slug from member_interest where vocabulary = 'ART_FORM' and member_id in (:ids) order by slug",
                    new MapSqlParameterSource("ids", byId.keySet()),
                    rs -> {
                        byId.get(rs.getLong(1)).artForms().add(rs.getString(2));
                    });
        }
        return new Page(rows, total == null ? 0 : total, page);
    }

    /** A listed member, by the number the directory shows; empty for anyone not listed. */
    @Transactional(readOnly = true)
    public Optional<Listing> listed(long memberId) {
        return jdbc.query("select m.id, m.display_name, m.role_title, m.organisation_name, m.region_slug from member m where m.id = :id and "
                + LISTED, new MapSqlParameterSource("id", memberId),
                (rs, n) -> new Listing(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), List.of()))
            .stream().findFirst();
    }

    public enum Sent { SENT, NOT_LISTED, TOO_MANY, TO_SELF }

    /**
     * Emails a message to a listed member with the sender's name and address, so they can reply if
     * they wish. The words are not kept; that a message was sent is, to limit how many one sends.
     */
    @Transactional
    public Sent send(long fromAccountId, long toMemberId, String message) {
        List<Long> listed = jdbc.queryForList("select m.account_id from member m where m.id = :id and " + LISTED,
                new MapSqlParameterSource("id", toMemberId), Long.class);
        if (listed.isEmpty()) {
            return Sent.NOT_LISTED;
        }
        long toAccount = listed.get(0);
        if (toAccount == fromAccountId) {
            return Sent.TO_SELF;
        }
        // one sender at a time, so two quick messages cannot both slip under the limit
        jdbc.queryForObject("select pg_advisory_xact_lock(hashtext('member-message'), hashtext(:sender::text))",
                new MapSqlParameterSource("sender", fromAccountId), Object.class);
        Long recent = jdbc.queryForObject("select count(*) from member_message where from_account_id = :sender and sent_at > :since",
                new MapSqlParameterSource("sender", fromAccountId)
                    .addValue("since", java.sql.Timestamp.from(clock.instant().minus(Duration.ofHours(1)))), Long.class);
        if (recent != null && recent >= MESSAGES_PER_HOUR) {
            return Sent.TOO_MANY;
        }
        var sender = accounts.find(fromAccountId).orElseThrow();
        var recipient = accounts.find(toAccount).orElseThrow();
        jdbc.update("insert into member_message (from_account_id, to_member_id, sent_at) values (:sender, :to, :at)",
                new MapSqlParameterSource("sender", fromAccountId).addValue("to", toMemberId)
                    .addValue("at", java.sql.Timestamp.from(clock.instant())));
        events.publishEvent(new MailRequested(recipient.email(), "A message from " + sender.displayName() + " through Springboard",
                "member-message", Map.of("name", recipient.displayName(), "from", sender.displayName(), "fromEmail", sender.email(),
                        "message", message.strip())));
        return Sent.SENT;
    }
}
