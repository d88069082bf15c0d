package uk.org.ncjaa.springboard.members.domain;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import uk.org.ncjaa.springboard.shared.insights.Figure;
import uk.org.ncjaa.springboard.shared.insights.InsightsSection;
import uk.org.ncjaa.springboard.shared.insights.Period;

/**
 * Who the network reaches, from the equality monitoring answers members chose to give: those who
 * joined during the period beside those who joined before it, so the analyst sees whether the
 * network is changing (the alliance aims to reach more Black, Asian and minority ethnic members).
 * Special-category data: shown to the equality monitoring analyst only, as counts with every count
 * from 1 to 4 hidden, and a second one wherever the first could be worked out.
 */
@Component
class RepresentationInsights implements InsightsSection {

    private final NamedParameterJdbcTemplate jdbc;

    RepresentationInsights(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String id() {
        return "representation";
    }

    @Override
    public String title() {
        return "Representation";
    }

    @Override
    public int order() {
        return 15;
    }

    @Override
    public boolean specialCategory() {
        return true;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Figure> figures(Period period) {
        MapSqlParameterSource params = new MapSqlParameterSource("start", Timestamp.from(period.start()))
            .addValue("end", Timestamp.from(period.end()));
        // every question's answers counted in one pass over the answers (grouping sets), not one pass a question
        Map<EqualityQuestion, Map<String, Long>> before = new java.util.EnumMap<>(EqualityQuestion.class);
        Map<EqualityQuestion, Map<String, Long>> during = new java.util.EnumMap<>(EqualityQuestion.class);
        StringBuilder which = new StringBuilder("case");
        StringBuilder answer = new StringBuilder("coalesce(case");
        StringBuilder sets = new StringBuilder();
        for (EqualityQuestion question : EqualityQuestion.values()) {
            // the column is named after the question, from the enum, never from a request
            String column = "r." + question.name().toLowerCase(Locale.ROOT);
            which.append(" when grouping(").append(column).append(") = 0 then '").append(question.name()).append("'");
            answer.append(" when grouping(").append(column).append(") = 0 then ").append(column);
            sets.append(sets.isEmpty() ? "" : ", ").append('(').append(column).append(')');
        }
        jdbc.query("select " + which + " end, " + answer + " end, 'unanswered'), count(*) filter (where m.joined_at < :start),"
                + " count(*) filter (where m.joined_at >= :start and m.joined_at < :end)"
                + " from equality_response r join member m on m.id = r.member_id"
                + " where m.merged_into is null and m.erased_at is null group by grouping sets (" + sets + ")", params, rs -> {
                    EqualityQuestion question = EqualityQuestion.valueOf(rs.getString(1));
                    before.computeIfAbsent(question, q -> new HashMap<>()).put(rs.getString(2), rs.getLong(3));
                    during.computeIfAbsent(question, q -> new HashMap<>()).put(rs.getString(2), rs.getLong(4));
                });
        List<Figure> figures = new ArrayList<>();
        for (EqualityQuestion question : EqualityQuestion.values()) {
            String column = question.name().toLowerCase(Locale.ROOT);
            Map<String, String> labels = new LinkedHashMap<>(question.answers());
            labels.put("unanswered", "Left unanswered");
            List<EqualityMonitoring.Count> earlier = EqualityMonitoring.suppress(labels, before.getOrDefault(question, Map.of()));
            List<EqualityMonitoring.Count> newer = EqualityMonitoring.suppress(labels, during.getOrDefault(question, Map.of()));
            List<Figure.Row> rows = new ArrayList<>();
            for (int i = 0; i < earlier.size(); i++) {
                rows.add(Figure.Row.of(earlier.get(i).label(), earlier.get(i).people(), newer.get(i).people()));
            }
            figures.add(new Figure(column.replace('_', '-'), question.question(),
                    "Members who gave equality monitoring answers (with the consent they gave for it), by when they joined."
                            + " Answers are as they stand today: a member can change or delete them at any time. Any count from 1 to 4"
                            + " is hidden, and so is a second count in the same column wherever the first could be worked out.",
                    Figure.Shape.TABLE, "Answer", List.of("Joined before the period", "Joined during the period"), rows));
        }
        return figures;
    }
}
