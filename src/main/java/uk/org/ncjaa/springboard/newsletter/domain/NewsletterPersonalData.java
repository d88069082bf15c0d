package uk.org.ncjaa.springboard.newsletter.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import uk.org.ncjaa.springboard.accounts.AccountDeleted;
import uk.org.ncjaa.springboard.accounts.AccountsApi;
import uk.org.ncjaa.springboard.shared.PersonalData;

/**
 * A member's newsletter subscription, the consent record behind it and the newsletters sent to
 * them, for their data download; and its erasure when their account is deleted. A suppressed
 * address stays on the suppression list, so that nobody can mail it again by mistake.
 */
@Component
@Order(6)
class NewsletterPersonalData implements PersonalData {

    private final JdbcTemplate jdbc;
    private final AccountsApi accounts;

    NewsletterPersonalData(JdbcTemplate jdbc, AccountsApi accounts) {
        this.jdbc = jdbc;
        this.accounts = accounts;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Section> about(long accountId) {
        String email = accounts.find(accountId).map(AccountsApi.AccountSummary::email).orElse("");
        List<Long> ids = jdbc.queryForList("select id from newsletter_subscriber where account_id = ? or lower(email) = lower(?)",
                Long.class, accountId, email);
        List<Section> sections = new ArrayList<>();
        if (ids.isEmpty()) {
            return sections;
        }
        Long[] array = ids.toArray(Long[]::new);
        sections.add(new Section("Newsletter subscription", jdbc.query("""
                select email, name, status, array_to_string(topics, ', '), region, source, created_at, confirmed_at, unsubscribed_at
                from newsletter_subscriber where id = any(?)""", (rs, n) -> {
                    Map<String, String> row = new LinkedHashMap<>();
                    row.put("email", rs.getString(1));
                    row.put("name", rs.getString(2));
                    row.put("status", Subscriber.Status.valueOf(rs.getString(3)).label());
                    row.put("topics", rs.getString(4));
                    row.put("region", rs.getString(5));
                    row.put("came from", rs.getString(6).toLowerCase(java.util.Locale.ROOT));
                    row.put("subscribed", text(rs.getTimestamp(7)));
                    row.put("confirmed", text(rs.getTimestamp(8)));
                    row.put("unsubscribed", text(rs.getTimestamp(9)));
                    return row;
                }, (Object) array)));
        List<Map<String, String>> consent = jdbc.query("""
                select granted, wording, version, source, recorded_at from newsletter_consent where subscriber_id = any(?)
                order by recorded_at""", (rs, n) -> {
                    Map<String, String> row = new LinkedHashMap<>();
                    row.put("decision", rs.getBoolean(1) ? "agreed" : "withdrew");
                    row.put("wording", rs.getString(2));
                    row.put("version", rs.getString(3));
                    row.put("how", rs.getString(4).toLowerCase(java.util.Locale.ROOT));
                    row.put("when", text(rs.getTimestamp(5)));
                    return row;
                }, (Object) array);
        if (!consent.isEmpty()) {
            sections.add(new Section("Newsletter consent record", consent));
        }
        List<Map<String, String>> why = jdbc.query("select reason, recorded_at from newsletter_unsubscribe_reason where subscriber_id = any(?)",
                (rs, n) -> {
                    Map<String, String> row = new LinkedHashMap<>();
                    row.put("why you unsubscribed", UnsubscribeReason.Reason.of(rs.getString(1)).map(UnsubscribeReason.Reason::label)
                        .orElse(rs.getString(1)));
                    row.put("when", text(rs.getTimestamp(2)));
                    return row;
                }, (Object) array);
        if (!why.isEmpty()) {
            sections.add(new Section("Why you unsubscribed from the newsletter", why));
        }
        List<Map<String, String>> sent = jdbc.query("""
                select c.subject, d.state, d.sent_at from newsletter_delivery d join newsletter_campaign c on c.id = d.campaign_id
                where d.subscriber_id = any(?) order by d.id""", (rs, n) -> {
                    Map<String, String> row = new LinkedHashMap<>();
                    row.put("newsletter", rs.getString(1));
                    row.put("status", rs.getString(2).toLowerCase(java.util.Locale.ROOT));
                    row.put("sent", text(rs.getTimestamp(3)));
                    return row;
                }, (Object) array);
        if (!sent.isEmpty()) {
            sections.add(new Section("Newsletters sent to you", sent));
        }
        return sections;
    }

    @ApplicationModuleListener
    void on(AccountDeleted deleted) {
        jdbc.update("delete from newsletter_subscriber where account_id = ?", deleted.accountId());
    }

    private static String text(java.sql.Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant().toString();
    }
}
