package uk.org.ncjaa.springboard.members.domain;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import uk.org.ncjaa.springboard.shared.insights.Period;
import uk.org.ncjaa.springboard.support.SpringboardTest;
import uk.org.ncjaa.springboard.taxonomy.Vocabulary;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The network's counts kept for a moment: read back while the memberships before it are unchanged,
 * counted again when one is added or ended afterwards with an earlier date, and today's made of the
 * count kept for the start of the day with the day's joiners and leavers added. The past moments
 * here are in 1997, and their members have left by the middle of 1998, so no other test's period
 * reaches them.
 */
@SpringboardTest
class NetworkCountsTests {

    private static final AtomicLong ACCOUNTS = new AtomicLong(9_400_000_000L + System.nanoTime() % 1_000_000 * 100);

    @Autowired
    NetworkCounts counts;

    @Autowired
    MemberRepository members;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Clock clock;

    private Member member(Instant joined, String region, String role) {
        Member member = new Member(ACCOUNTS.incrementAndGet(), "Counts Fixture", joined);
        member.describe(null, null, region, role == null ? List.of() : List.of(new Interest(Vocabulary.ROLE, role)), null);
        return members.saveAndFlush(member);
    }

    private static long of(Map<Vocabulary, Map<String, Long>> counts, Vocabulary vocabulary, String slug) {
        return counts.getOrDefault(vocabulary, Map.of()).getOrDefault(slug, 0L);
    }

    @Test
    void aPastMomentIsCountedOnceAndCountedAgainWhenAMembershipIsAddedWithAnEarlierDate() {
        Instant endOf1997 = LocalDate.of(1998, 1, 1).atStartOfDay(Period.UK).toInstant();
        Member student = member(Instant.parse("1997-03-01T10:00:00Z"), "north-east", "student");
        Map<Vocabulary, Map<String, Long>> first = counts.at(endOf1997);
        long northEast = of(first, Vocabulary.REGION, "north-east");
        assertThat(northEast).isPositive();
        assertThat(jdbc.queryForObject("select count(*) from network_count where moment = ? and vocabulary = 'REGION' and slug = 'north-east'",
                Long.class, Timestamp.from(endOf1997))).isEqualTo(1L);

        // what a member says later is not in the count kept for the moment: it shows the network as counted
        Member moving = member(Instant.parse("1997-05-01T10:00:00Z"), "north-east", null);
        Map<Vocabulary, Map<String, Long>> withSecond = counts.at(endOf1997);
        assertThat(of(withSecond, Vocabulary.REGION, "north-east")).as("a membership of 1997 added afterwards is counted")
            .isEqualTo(northEast + 1);
        moving.describe(null, null, "wales", List.of(), null);
        moving = members.saveAndFlush(moving);
        assertThat(of(counts.at(endOf1997), Vocabulary.REGION, "north-east")).isEqualTo(northEast + 1);

        // a leaving dated in 1997, recorded afterwards, is counted
        moving.leave(Instant.parse("1997-09-01T10:00:00Z"), "Moved on");
        members.saveAndFlush(moving);
        Map<Vocabulary, Map<String, Long>> afterLeaving = counts.at(endOf1997);
        assertThat(of(afterLeaving, Vocabulary.REGION, "wales") + of(afterLeaving, Vocabulary.REGION, "north-east"))
            .isEqualTo(of(withSecond, Vocabulary.REGION, "wales") + northEast);
        student.leave(Instant.parse("1998-06-01T10:00:00Z"), "Finished the course");
        members.saveAndFlush(student);
    }

    @Test
    void todaysCountIsTheStartOfTheDayWithTheDaysJoinersAndLeavers() {
        counts.keepStartOfToday();
        Instant startOfToday = LocalDate.ofInstant(clock.instant(), Period.UK).atStartOfDay(Period.UK).toInstant();
        assertThat(jdbc.queryForObject("select count(*) from network_count_taken where moment = ?", Long.class,
                Timestamp.from(startOfToday))).isEqualTo(1L);
        Instant endOfToday = LocalDate.ofInstant(clock.instant(), Period.UK).plusDays(1).atStartOfDay(Period.UK).toInstant();
        Map<Vocabulary, Map<String, Long>> before = counts.at(endOfToday);

        Instant now = clock.instant();
        member(now.minusSeconds(1), "south-west", "volunteer");
        member(now.minusSeconds(1), "south-west", "volunteer");
        Member leaving = member(now.minusSeconds(1), "south-west", "volunteer");
        leaving.leave(now, "Changed their mind");
        members.saveAndFlush(leaving);
        // a member of long standing who leaves today is taken away from the count kept this morning
        Member longStanding = member(startOfToday.minusSeconds(3600 * 24 * 400), "south-west", null);
        counts.keepStartOfToday();
        longStanding.leave(now, "Retired");
        members.saveAndFlush(longStanding);

        Map<Vocabulary, Map<String, Long>> after = counts.at(endOfToday);
        assertThat(of(after, Vocabulary.ROLE, "volunteer")).isEqualTo(of(before, Vocabulary.ROLE, "volunteer") + 2);
        assertThat(of(after, Vocabulary.REGION, "south-west")).isEqualTo(of(before, Vocabulary.REGION, "south-west") + 2);
    }
}
