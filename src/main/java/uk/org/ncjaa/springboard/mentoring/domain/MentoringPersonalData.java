package uk.org.ncjaa.springboard.mentoring.domain;

import java.time.Clock;
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
import uk.org.ncjaa.springboard.shared.PersonalData;

import static uk.org.ncjaa.springboard.shared.PersonalData.text;

/**
 * A member's mentoring applications, matches, meetings they logged and feedback they gave, for
 * their data download; and erasure, which keeps the round's counts right but removes what was
 * theirs: their words, their name, the notes they wrote.
 */
@Component
@Order(7)
class MentoringPersonalData implements PersonalData {

    private final ApplicationRepository applications;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    MentoringPersonalData(ApplicationRepository applications, JdbcTemplate jdbc, Clock clock) {
        this.applications = applications;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Section> about(long accountId) {
        List<Section> sections = new ArrayList<>();
        List<Map<String, String>> rows = new ArrayList<>();
        for (Application a : applications.findByAccountIdOrderByCreatedAtDesc(accountId)) {
            Application.Details d = a.details();
            Map<String, String> row = new LinkedHashMap<>();
            row.put("round", String.valueOf(a.roundId()));
            row.put("as", a.role().label());
            row.put("status", a.status().label());
            row.put("organisation", d.organisation());
            row.put("job title", d.jobTitle());
            row.put("art forms", String.join("; ", d.artForms()));
            row.put("justice settings", String.join("; ", d.settings()));
            row.put("region", d.region());
            row.put("ways of meeting", String.join("; ", d.formats()));
            row.put("availability", String.join("; ", d.availability()));
            row.put("goals or offer", String.join("; ", d.topics()));
            row.put("years in the sector", String.valueOf(d.yearsInSector()));
            row.put("in your words", d.statement());
            row.put("wants a mentor with lived experience", String.valueOf(d.wantsLivedExperience()));
            row.put("shares lived experience for matching", String.valueOf(d.sharesLivedExperience()));
            row.put("exclusions", d.exclusions());
            row.put("places offered", String.valueOf(d.capacity()));
            row.put("answers", String.join(" | ", d.answers()));
            row.put("decision reason", a.decisionReason());
            row.put("sent at", text(a.submittedAt()));
            rows.add(row);
        }
        if (!rows.isEmpty()) {
            sections.add(new Section("Mentoring applications", rows));
        }
        List<Map<String, String>> meetings = jdbc.query("""
                select g.held_on, g.format, g.minutes, g.notes from mentoring_meeting g where g.logged_by = ? order by g.held_on""",
                (rs, n) -> {
                    Map<String, String> row = new LinkedHashMap<>();
                    row.put("held on", rs.getString("held_on"));
                    row.put("format", rs.getString("format"));
                    row.put("minutes", rs.getString("minutes"));
                    row.put("notes", rs.getString("notes"));
                    return row;
                }, accountId);
        if (!meetings.isEmpty()) {
            sections.add(new Section("Mentoring meetings you logged", meetings));
        }
        List<Map<String, String>> feedback = jdbc.query("""
                select stage, satisfaction, progress, comment, given_at from mentoring_feedback where account_id = ? order by given_at""",
                (rs, n) -> {
                    Map<String, String> row = new LinkedHashMap<>();
                    row.put("survey", rs.getString("stage"));
                    row.put("satisfaction", rs.getString("satisfaction"));
                    row.put("progress", rs.getString("progress"));
                    row.put("comment", rs.getString("comment"));
                    row.put("given at", rs.getString("given_at"));
                    return row;
                }, accountId);
        if (!feedback.isEmpty()) {
            sections.add(new Section("Mentoring feedback", feedback));
        }
        return sections;
    }

    @ApplicationModuleListener
    void on(AccountDeleted deleted) {
        jdbc.update("update mentoring_meeting set notes = '', logged_by = 0 where logged_by = ?", deleted.accountId());
        jdbc.update("update mentoring_feedback set comment = '', account_id = -id where account_id = ?", deleted.accountId());
        for (Application application : applications.findByAccountIdOrderByCreatedAtDesc(deleted.accountId())) {
            application.forget(clock.instant());
        }
    }
}
