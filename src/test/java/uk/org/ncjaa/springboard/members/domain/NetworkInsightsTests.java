package uk.org.ncjaa.springboard.members.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;

import uk.org.ncjaa.springboard.shared.insights.Figure;
import uk.org.ncjaa.springboard.shared.insights.Period;
import uk.org.ncjaa.springboard.support.SpringboardTest;
import uk.org.ncjaa.springboard.taxonomy.Vocabulary;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The network's figures against a small network counted by hand. It lives in 2003, a year no other
 * test's members reach, so the counts are this fixture's alone.
 */
@SpringboardTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NetworkInsightsTests {

    private static final Period FIRST_HALF_2003 = new Period(LocalDate.of(2003, 1, 1), LocalDate.of(2003, 6, 30));
    private static final AtomicLong ACCOUNTS = new AtomicLong(9_300_000_000L + System.nanoTime() % 1_000_000 * 100);

    @Autowired
    MemberRepository members;

    @Autowired
    EqualityResponseRepository responses;

    @Autowired
    NetworkInsights network;

    @Autowired
    RepresentationInsights representation;

    @BeforeAll
    void aSmallNetwork() {
        // before the period, still a member, who does two things
        Member a = member("2002-11-10T10:00:00Z", MembershipTerm.Kind.INDIVIDUAL, "london", "music");
        a.describe(null, null, "london", List.of(new Interest(Vocabulary.ART_FORM, "music"), new Interest(Vocabulary.ROLE,
                "artist-or-facilitator"), new Interest(Vocabulary.ROLE, "researcher")), null);
        members.save(a);
        // joins in February, leaves in April
        Member b = member("2003-02-05T10:00:00Z", MembershipTerm.Kind.INDIVIDUAL, "london", null);
        b.leave(Instant.parse("2003-04-20T10:00:00Z"), "Moved on");
        members.save(b);
        // an organisation, no region given
        member("2003-02-20T10:00:00Z", MembershipTerm.Kind.ORGANISATION, null, null);
        // half past midnight on 1 June in British Summer Time is still 31 May in UTC: it counts in June
        Member d = member("2003-05-31T23:30:00Z", MembershipTerm.Kind.INDIVIDUAL, "london", null);
        d.describe(null, null, "london", List.of(new Interest(Vocabulary.ROLE, "artist-or-facilitator")), null);
        members.save(d);
        // joins and leaves in March, re-joins in May
        Member e = member("2003-03-01T10:00:00Z", MembershipTerm.Kind.INDIVIDUAL, "london", null);
        e.leave(Instant.parse("2003-03-15T10:00:00Z"), "Too busy");
        // the old term is closed in the database before the new one opens: one open term a member
        e = members.saveAndFlush(e);
        e.rejoin(Instant.parse("2003-05-02T10:00:00Z"));
        members.save(e);

        // equality monitoring, in 2005 so that the network's figures above stay the fixture's: six white, five Black and
        // one Asian member joined before the period; two Black and one mixed during it
        for (String[] answer : new String[][] { { "white", "6" }, { "black", "5" }, { "asian", "1" } }) {
            for (int i = 0; i < Integer.parseInt(answer[1]); i++) {
                answered(member("2004-06-01T10:00:00Z", MembershipTerm.Kind.INDIVIDUAL, null, null), answer[0]);
            }
        }
        for (String ethnicity : List.of("black", "black", "mixed")) {
            answered(member("2005-03-10T10:00:00Z", MembershipTerm.Kind.INDIVIDUAL, null, null), ethnicity);
        }
    }

    private Member member(String joined, MembershipTerm.Kind kind, String region, String artForm) {
        Member member = new Member(ACCOUNTS.incrementAndGet(), "Insights Fixture", Instant.parse(joined), kind);
        member.describe(null, null, region, artForm == null ? List.of() : List.of(new Interest(Vocabulary.ART_FORM, artForm)), null);
        return members.save(member);
    }

    private void answered(Member member, String ethnicity) {
        EqualityResponse response = new EqualityResponse(member.id());
        Map<EqualityQuestion, String> answers = new EnumMap<>(EqualityQuestion.class);
        answers.put(EqualityQuestion.ETHNICITY, ethnicity);
        response.answer(answers, member.joinedAt());
        responses.save(response);
    }

    private Figure figure(String id) {
        return network.figures(FIRST_HALF_2003).stream().filter(f -> f.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void joiningAndLeavingAreCountedInTheMonthTheyHappenedInUkTime() {
        Figure figure = figure("joined-left");
        assertThat(figure.rows()).extracting(Figure.Row::label)
            .containsExactly("Jan 2003", "Feb 2003", "Mar 2003", "Apr 2003", "May 2003", "Jun 2003");
        assertThat(figure.rows()).extracting(Figure.Row::values).containsExactly(
                List.of(0L, 0L, 0L), List.of(2L, 0L, 2L), List.of(1L, 1L, 0L), List.of(0L, 1L, -1L), List.of(1L, 0L, 1L),
                List.of(1L, 0L, 1L));
    }

    @Test
    void membersAtEachMonthEndStartFromThoseAlreadyMembers() {
        assertThat(figure("members").rows()).extracting(Figure.Row::values).containsExactly(
                List.of(1L, 0L), List.of(2L, 1L), List.of(2L, 1L), List.of(1L, 1L), List.of(2L, 1L), List.of(3L, 1L));
    }

    @Test
    void regionsAndArtFormsCountTheMembersAtTheEndOfThePeriod() {
        assertThat(figure("by-region").rows()).extracting(Figure.Row::label, row -> row.values().get(0))
            .containsExactly(org.assertj.core.groups.Tuple.tuple("London", 3L), org.assertj.core.groups.Tuple.tuple("Not given", 1L));
        assertThat(figure("by-art-form").rows()).extracting(Figure.Row::label, row -> row.values().get(0))
            .containsExactly(org.assertj.core.groups.Tuple.tuple("Music", 1L));
    }

    @Test
    void rolesCountEachRoleAMemberNamedAndThoseWhoDidNotSayOnce() {
        // at the end of June: the member of 2002 named two roles, the one of 31 May one; the organisation and the
        // member who re-joined in May named none
        assertThat(figure("by-role").rows()).extracting(Figure.Row::label, row -> row.values().get(0)).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Not given", 2L), org.assertj.core.groups.Tuple.tuple("Artist or arts facilitator", 2L),
                org.assertj.core.groups.Tuple.tuple("Researcher or academic", 1L));
    }

    @Test
    void representationHidesSmallCountsAndTheOneThatWouldGiveThemAway() {
        Figure ethnicity = representation.figures(new Period(LocalDate.of(2005, 1, 1), LocalDate.of(2005, 6, 30))).stream().filter(f -> f.id().equals("ethnicity")).findFirst()
            .orElseThrow();
        Map<String, List<Long>> byAnswer = new java.util.HashMap<>();
        ethnicity.rows().forEach(row -> byAnswer.put(row.label(), row.values()));
        // before: white 6 shown; Asian 1 hidden, and Black 5 with it, as the total would give the Asian count away
        assertThat(byAnswer.get("White")).containsExactly(6L, 0L);
        assertThat(byAnswer.get("Asian or Asian British").get(0)).isNull();
        assertThat(byAnswer.get("Black, Black British, Caribbean or African").get(0)).isNull();
        // during: two and one, both hidden
        assertThat(byAnswer.get("Black, Black British, Caribbean or African").get(1)).isNull();
        assertThat(byAnswer.get("Mixed or multiple ethnic groups").get(1)).isNull();
        assertThat(ethnicity.hidesAny()).isTrue();
        assertThat(representation.specialCategory()).isTrue();
    }
}
