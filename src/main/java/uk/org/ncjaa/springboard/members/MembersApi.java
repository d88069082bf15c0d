package uk.org.ncjaa.springboard.members;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.org.ncjaa.springboard.members.domain.EqualityMonitoring;
import uk.org.ncjaa.springboard.members.domain.MemberRepository;

/** Read access to the network for other modules. */
@Service
@Transactional(readOnly = true)
public class MembersApi {

    private final MemberRepository members;
    private final EqualityMonitoring equality;

    MembersApi(MemberRepository members, EqualityMonitoring equality) {
        this.members = members;
        this.equality = equality;
    }

    /**
     * Equality monitoring for a group of members, only ever as counts: any count below five is
     * hidden, and the whole group if fewer than five of them answered.
     */
    public EqualityCounts equalityOf(String group, Collection<Long> accountIds) {
        EqualityMonitoring.Report report = equality.reportFor(accountIds);
        List<EqualityCounts.Question> questions = new ArrayList<>();
        report.questions().forEach((question, counts) -> questions.add(new EqualityCounts.Question(question.question(),
                counts.stream().map(c -> new EqualityCounts.Count(c.label(), c.people())).toList())));
        return new EqualityCounts(group, accountIds.size(), report.respondents(), report.tooFewToShow(), questions);
    }

    /** @param people null where the count is hidden */
    public record EqualityCounts(String group, int members, long respondents, boolean tooFewToShow, List<Question> questions) {

        public record Question(String question, List<Count> counts) {
        }

        public record Count(String label, Long people) {
        }
    }

    /** Members of the network now (not those who have left or were erased). */
    public long count() {
        return members.countCurrent();
    }

    public Optional<MemberSummary> forAccount(long accountId) {
        return members.findByAccountId(accountId)
            .map(m -> new MemberSummary(m.id(), accountId, m.displayName(), m.joinedAt()));
    }

    public record MemberSummary(long id, long accountId, String displayName, java.time.Instant joinedAt) {
    }

    /**
     * Current members counted by region, role, how they belong (individual or organisation) and the
     * justice settings they work in: for these accounts, or for the whole network when null. Only
     * counts; regions and settings by their slug, those not given as {@code ""}.
     */
    public ProfileCounts profileCounts(Collection<Long> accountIds) {
        java.util.Map<String, java.util.Map<String, Long>> counts = new java.util.LinkedHashMap<>();
        for (String dimension : ProfileCounts.DIMENSIONS) {
            counts.put(dimension, new java.util.TreeMap<>());
        }
        if (accountIds != null && accountIds.isEmpty()) {
            return new ProfileCounts(0, counts);
        }
        long people = 0;
        for (Object[] row : accountIds == null ? members.profileCounts() : members.profileCounts(java.util.Set.copyOf(accountIds))) {
            long count = ((Number) row[2]).longValue();
            if ("People".equals(row[0])) {
                people = count;
            }
            else {
                counts.get((String) row[0]).merge(row[1] == null ? "" : (String) row[1], count, Long::sum);
            }
        }
        return new ProfileCounts(people, counts);
    }

    /**
     * @param byDimension for each of {@link #DIMENSIONS}, value to people; a member in several
     *        settings counts once in each
     */
    public record ProfileCounts(long people, java.util.Map<String, java.util.Map<String, Long>> byDimension) {

        public static final List<String> DIMENSIONS = List.of("Region", "Role", "Organisation type", "Setting");
    }
}
