package uk.org.ncjaa.springboard.policy.forum;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import uk.org.ncjaa.springboard.accounts.AccountDeleted;
import uk.org.ncjaa.springboard.shared.PersonalData;

import static uk.org.ncjaa.springboard.shared.PersonalData.text;

/**
 * The issues a member raised for the Arts Forum, for their data download; and erasure, which keeps
 * an accepted issue's title on the agenda and its count right but removes their name and their words.
 */
@Component
@Order(8)
class ForumPersonalData implements PersonalData {

    private final ForumProposalRepository proposals;
    private final JdbcTemplate jdbc;

    ForumPersonalData(ForumProposalRepository proposals, JdbcTemplate jdbc) {
        this.proposals = proposals;
        this.jdbc = jdbc;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Section> about(long accountId) {
        List<Map<String, String>> rows = proposals.findByAccountIdOrderByCreatedAtDesc(accountId).stream().map(p -> {
            Map<String, String> row = new LinkedHashMap<>();
            row.put("issue", p.title());
            row.put("why it matters", p.why());
            row.put("evidence", p.evidence());
            row.put("region", p.region());
            row.put("named as a raiser", String.valueOf(p.named()));
            row.put("status", p.status().label());
            row.put("reason given", p.reason());
            row.put("sent at", text(p.createdAt()));
            return row;
        }).toList();
        return rows.isEmpty() ? List.of() : List.of(new Section("Issues raised for the Arts Forum", rows));
    }

    @ApplicationModuleListener
    void on(AccountDeleted deleted) {
        // the account id turns negative (each its own), so the people counted as raisers stay counted
        jdbc.update("""
                update forum_proposal set proposer_name = '', named = false, why = '', evidence = '', region = '', account_id = -id
                where account_id = ?""", deleted.accountId());
    }
}
