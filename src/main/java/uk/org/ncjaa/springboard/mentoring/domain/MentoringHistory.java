package uk.org.ncjaa.springboard.mentoring.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import uk.org.ncjaa.springboard.shared.MemberHistory;

/**
 * A member's mentoring applications and the decisions on them, and their matches: offered, begun,
 * ended. Only states and dates: what mentors and mentees wrote (goals, statements, meeting notes,
 * feedback) was written for the scheme, not for the CRM, so none of it is read here.
 */
@Component
class MentoringHistory implements MemberHistory {

    private final ApplicationRepository applications;
    private final MatchRepository matches;
    private final RoundRepository rounds;

    MentoringHistory(ApplicationRepository applications, MatchRepository matches, RoundRepository rounds) {
        this.applications = applications;
        this.matches = matches;
        this.rounds = rounds;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Moment> about(long accountId) {
        List<Moment> moments = new ArrayList<>();
        List<Application> mine = applications.findByAccountIdOrderByCreatedAtDesc(accountId);
        if (mine.isEmpty()) {
            return moments;
        }
        Map<Long, String> roundNames = new HashMap<>();
        rounds.findAllById(mine.stream().map(Application::roundId).distinct().toList())
            .forEach(round -> roundNames.put(round.id(), round.name()));
        Map<Long, Application> byId = new HashMap<>();
        for (Application application : mine) {
            byId.put(application.id(), application);
            String round = roundNames.getOrDefault(application.roundId(), "a mentoring round");
            String link = "/admin/mentoring/applications/" + application.id();
            if (application.submittedAt() != null) {
                moments.add(Moment.of(application.submittedAt(), Kind.MENTORING,
                        "Applied to " + round + " as a " + application.role().label().toLowerCase(Locale.ROOT)).link(link));
            }
            if (application.decidedAt() != null) {
                moments.add(Moment.of(application.decidedAt(), Kind.MENTORING,
                        "Mentoring application: " + application.status().label().toLowerCase(Locale.ROOT)).detail(round).link(link));
            }
        }
        for (Match match : matches.forApplications(byId.keySet())) {
            boolean mentee = byId.containsKey(match.menteeId());
            String as = mentee ? "as a mentee" : "as a mentor";
            String round = roundNames.getOrDefault(match.roundId(), "a mentoring round");
            String link = "/admin/mentoring/rounds/" + match.roundId() + "/matching";
            String now = "Now: " + match.status().label().toLowerCase(Locale.ROOT);
            if (match.offeredAt() != null) {
                moments.add(new Moment(match.offeredAt(), Kind.MENTORING, "Offered a mentoring match " + as, round + ". " + now, link));
            }
            if (match.startedAt() != null) {
                moments.add(Moment.of(match.startedAt(), Kind.MENTORING, "Mentoring match began " + as).detail(round).link(link));
            }
            if (match.endedAt() != null) {
                String outcome = match.outcome() == null ? round : round + ". " + match.outcome().label();
                moments.add(Moment.of(match.endedAt(), Kind.MENTORING, "Mentoring match ended " + as).detail(outcome).link(link));
            }
        }
        return moments;
    }
}
