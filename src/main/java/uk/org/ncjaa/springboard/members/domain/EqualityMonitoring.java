package uk.org.ncjaa.springboard.members.domain;

import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.org.ncjaa.springboard.members.Consent;

/**
 * Optional equality monitoring. Answers are kept only with the member's explicit consent, which is
 * recorded in the ledger like any other; withdrawing it deletes them. Staff only ever see counts,
 * and any count below {@value #SMALLEST_SHOWN} is hidden, with a second one where one alone could
 * be worked out from the total.
 */
@Service
public class EqualityMonitoring {

    public static final int SMALLEST_SHOWN = uk.org.ncjaa.springboard.shared.insights.SmallNumbers.SMALLEST_SHOWN;

    private final MemberRepository members;
    private final EqualityResponseRepository responses;
    private final ConsentRecordRepository consents;
    private final Clock clock;

    EqualityMonitoring(MemberRepository members, EqualityResponseRepository responses, ConsentRecordRepository consents, Clock clock) {
        this.members = members;
        this.responses = responses;
        this.consents = consents;
        this.clock = clock;
    }

    /** The member's own answers, for them alone. */
    @Transactional(readOnly = true)
    public Optional<EqualityResponse> answers(long accountId) {
        return members.findByAccountId(accountId).flatMap(member -> responses.findById(member.id()));
    }

    /**
     * Keeps the answers and records the consent they were given with (once, while it stands).
     *
     * @throws IllegalStateException when the account has no member profile yet
     */
    @Transactional
    public void answer(long accountId, Map<EqualityQuestion, String> answers) {
        Member member = members.findByAccountId(accountId)
            .orElseThrow(() -> new IllegalStateException("No member profile yet for this account"));
        EqualityResponse response = responses.findById(member.id()).orElseGet(() -> new EqualityResponse(member.id()));
        response.answer(answers, clock.instant());
        responses.save(response);
        if (!consentGiven(member.id())) {
            consents.save(new ConsentRecord(member.id(), Consent.EQUALITY_MONITORING, true, ConsentRecord.Source.FORM,
                    clock.instant(), accountId));
        }
    }

    /** Deletes the answers and records the consent as withdrawn. */
    @Transactional
    public void forget(long accountId) {
        members.findByAccountId(accountId).ifPresent(member -> {
            responses.deleteById(member.id());
            if (consentGiven(member.id())) {
                consents.save(new ConsentRecord(member.id(), Consent.EQUALITY_MONITORING, false, ConsentRecord.Source.FORM,
                        clock.instant(), accountId));
            }
        });
    }

    private boolean consentGiven(long memberId) {
        return consents.given(memberId, Consent.EQUALITY_MONITORING);
    }

    /** Counts for each question; a count is null where it is hidden. */
    public record Report(long respondents, boolean tooFewToShow, Map<EqualityQuestion, List<Count>> questions) {
    }

    public record Count(String answer, String label, Long people) {

        public boolean hidden() {
            return people == null;
        }
    }

    @Transactional(readOnly = true)
    public Report report() {
        return report(responses.counts());
    }

    /** The same report for one group of members, such as a mentoring round's matched mentees. */
    @Transactional(readOnly = true)
    public Report reportFor(java.util.Collection<Long> accountIds) {
        return report(responses.counts(accountIds.toArray(Long[]::new)));
    }

    private static Report report(List<Object[]> rows) {
        Map<EqualityQuestion, Map<String, Long>> raw = new EnumMap<>(EqualityQuestion.class);
        for (Object[] row : rows) {
            raw.computeIfAbsent(EqualityQuestion.valueOf((String) row[0]), question -> new LinkedHashMap<>())
                .put((String) row[1], ((Number) row[2]).longValue());
        }
        long respondents = raw.getOrDefault(EqualityQuestion.ETHNICITY, Map.of()).values().stream().mapToLong(Long::longValue).sum();
        if (respondents < SMALLEST_SHOWN) {
            return new Report(respondents, true, Map.of());
        }
        Map<EqualityQuestion, List<Count>> questions = new EnumMap<>(EqualityQuestion.class);
        for (EqualityQuestion question : EqualityQuestion.values()) {
            Map<String, Long> counts = raw.getOrDefault(question, Map.of());
            Map<String, String> labels = new LinkedHashMap<>(question.answers());
            labels.put("unanswered", "Left unanswered");
            questions.put(question, suppress(labels, counts));
        }
        return new Report(respondents, false, questions);
    }

    /**
     * Hides every count from 1 to {@value #SMALLEST_SHOWN} - 1. If only one is hidden, the smallest
     * other count above zero is hidden too, or the total would give the first away.
     */
    static List<Count> suppress(Map<String, String> labels, Map<String, Long> counts) {
        List<Long> column = new ArrayList<>();
        labels.keySet().forEach(answer -> column.add(counts.getOrDefault(answer, 0L)));
        List<Long> shown = uk.org.ncjaa.springboard.shared.insights.SmallNumbers.column(column);
        List<Count> result = new ArrayList<>();
        int i = 0;
        for (Map.Entry<String, String> answer : labels.entrySet()) {
            result.add(new Count(answer.getKey(), answer.getValue(), shown.get(i++)));
        }
        return result;
    }
}
