package uk.org.ncjaa.springboard.mentoring.web;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import uk.org.ncjaa.springboard.accounts.Role;
import uk.org.ncjaa.springboard.mentoring.TestMentoring;
import uk.org.ncjaa.springboard.mentoring.TestMentoring.Applicant;
import uk.org.ncjaa.springboard.mentoring.domain.Application;
import uk.org.ncjaa.springboard.mentoring.domain.Applications;
import uk.org.ncjaa.springboard.mentoring.domain.Match;
import uk.org.ncjaa.springboard.mentoring.domain.Matching;
import uk.org.ncjaa.springboard.mentoring.domain.Round;
import uk.org.ncjaa.springboard.mentoring.domain.Rounds;
import uk.org.ncjaa.springboard.support.SpringboardTest;
import uk.org.ncjaa.springboard.support.TestAccounts;
import uk.org.ncjaa.springboard.support.TestMail.Inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Staff run a round over HTTP: settings and weights, decisions, matching and its overrides, reports. */
@SpringboardTest
class MentoringAdminControllerTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestAccounts accounts;

    @Autowired
    TestMentoring mentoring;

    @Autowired
    Rounds rounds;

    @Autowired
    Applications applications;

    @Autowired
    Matching matching;

    @Autowired
    Inbox inbox;

    @Test
    void aRoundIsCheckedSavedWithItsWeightsAndOpened() throws Exception {
        TestAccounts.Created editor = accounts.create(Role.MEMBER, Role.EDITOR);
        mvc.perform(post("/admin/mentoring/rounds/new").with(csrf()).with(editor.login()).param("name", "Kept name")
                .param("opensOn", "2027-02-01").param("closesOn", "2027-01-01").param("startsOn", "soon")
                .param("weights", "0", "0", "0", "0", "0", "0", "0").param("objective", "BEST"))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("Applications must close on or after the day they open")))
            .andExpect(content().string(containsString("Enter the date the mentoring starts")))
            .andExpect(content().string(containsString("Give at least one criterion a weight above 0")))
            .andExpect(content().string(containsString("Choose what the matching should aim for")))
            .andExpect(content().string(containsString("Kept name")));

        String location = mvc.perform(post("/admin/mentoring/rounds/new").with(csrf()).with(editor.login()).param("name", "Weighted round")
                .param("opensOn", "2027-01-01").param("closesOn", "2027-02-01").param("startsOn", "2027-03-01").param("lengthMonths", "6")
                .param("weights", "10", "0", "5", "0", "3", "0", "1").param("objective", "MOST_MATCHED").param("minimumScore", "100")
                .param("reminderDays", "21").param("questions", "First question\n\nSecond question"))
            .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        Round round = rounds.get(id);
        assertThat(round.weights()).containsExactly(10, 0, 5, 0, 3, 0, 1);
        assertThat(round.questions()).containsExactly("First question", "Second question");
        assertThat(round.status()).isEqualTo(Round.Status.DRAFT);
        mvc.perform(get("/mentoring")).andExpect(content().string(org.hamcrest.Matchers.not(containsString("Weighted round"))));
        mvc.perform(post("/admin/mentoring/rounds/" + id + "/status").with(csrf()).with(editor.login()).param("action", "open"));
        assertThat(rounds.get(id).status()).isEqualTo(Round.Status.OPEN);
        mvc.perform(get("/mentoring")).andExpect(content().string(containsString("Weighted round")));
    }

    @Test
    void decisionsNeedAReasonToDeclineAndAreEmailed() throws Exception {
        TestAccounts.Created editor = accounts.create(Role.MEMBER, Role.EDITOR);
        Round round = mentoring.openRound("Decision round");
        TestAccounts.Created member = accounts.createMember();
        Application sent = applications.save(round.id(), member.id(), uk.org.ncjaa.springboard.mentoring.domain.Role.MENTOR,
                TestMentoring.details("", "london", 2, "", java.util.List.of("music"), java.util.List.of("funding")), true);
        mvc.perform(get("/admin/mentoring/rounds/" + round.id() + "/applications").with(editor.login()))
            .andExpect(content().string(containsString("/admin/mentoring/applications/" + sent.id())));
        mvc.perform(post("/admin/mentoring/applications/" + sent.id() + "/decision").with(csrf()).with(editor.login()).param("decision", "decline"))
            .andExpect(status().isOk()).andExpect(content().string(containsString("Write the reason the applicant will read")));
        mvc.perform(post("/admin/mentoring/applications/" + sent.id() + "/decision").with(csrf()).with(editor.login()).param("decision", "accept"))
            .andExpect(status().is3xxRedirection());
        assertThat(applications.get(sent.id()).status()).isEqualTo(Application.Status.ACCEPTED);
        assertThat(uk.org.ncjaa.springboard.support.TestMail.Inbox.body(inbox.awaitOne(member.email(), "Your mentoring application")))
            .contains("is accepted");
        // deciding twice is refused with a message, not an error
        mvc.perform(post("/admin/mentoring/applications/" + sent.id() + "/decision").with(csrf()).with(editor.login()).param("decision", "decline")
                .param("reason", "Changed our minds"))
            .andExpect(status().isOk());
        assertThat(applications.get(sent.id()).status()).isEqualTo(Application.Status.ACCEPTED);
    }

    @Test
    void matchingIsRunChangedWithReasonsPublishedAndReported() throws Exception {
        TestAccounts.Created editor = accounts.create(Role.MEMBER, Role.EDITOR);
        Round round = mentoring.openRound("Staff matching round");
        Applicant mentee = mentoring.accepted(round, uk.org.ncjaa.springboard.mentoring.domain.Role.MENTEE, "Quin Mentee", "", "london", 1, "");
        Applicant other = mentoring.accepted(round, uk.org.ncjaa.springboard.mentoring.domain.Role.MENTEE, "Rae Mentee", "", "london", 1, "");
        mentoring.accepted(round, uk.org.ncjaa.springboard.mentoring.domain.Role.MENTOR, "Sam Mentor", "", "london", 1, "");
        mentoring.accepted(round, uk.org.ncjaa.springboard.mentoring.domain.Role.MENTOR, "Tam Mentor", "", "london", 1, "");

        mvc.perform(post("/admin/mentoring/rounds/" + round.id() + "/matching/run").with(csrf()).with(editor.login()))
            .andExpect(status().is3xxRedirection());
        mvc.perform(get("/admin/mentoring/rounds/" + round.id() + "/matching").with(editor.login())).andExpect(status().isOk())
            .andExpect(content().string(containsString("Quin Mentee"))).andExpect(content().string(containsString("Proposed pairs (2)")));
        // staff ask about any pair: the page, or to htmx the explanation alone
        String explainPath = "/admin/mentoring/rounds/" + round.id() + "/matching?mentee=" + mentee.application().id() + "&mentor=";
        long someMentor = matching.inRound(round.id()).get(0).mentorId();
        mvc.perform(get(explainPath + someMentor).with(editor.login()).header("HX-Request", "true")).andExpect(status().isOk())
            .andExpect(content().string(containsString("Why this match")))
            .andExpect(content().string(org.hamcrest.Matchers.not(containsString("<html"))));
        mvc.perform(get(explainPath + "nonsense").with(editor.login())).andExpect(status().isOk())
            .andExpect(content().string(containsString("Choose a mentee and a mentor from this round")));
        Match first = matching.inRound(round.id()).get(0);
        Match second = matching.inRound(round.id()).get(1);

        mvc.perform(post("/admin/mentoring/matches/" + first.id() + "/remove").with(csrf()).with(editor.login()))
            .andExpect(status().isOk()).andExpect(content().string(containsString("Give a reason")));
        mvc.perform(post("/admin/mentoring/rounds/" + round.id() + "/matching/swap").with(csrf()).with(editor.login())
                .param("first", String.valueOf(first.id())).param("second", String.valueOf(second.id())).param("reason", "Shared interests"))
            .andExpect(status().is3xxRedirection());
        assertThat(matching.get(first.id()).mentorId()).isEqualTo(second.mentorId());
        mvc.perform(post("/admin/mentoring/rounds/" + round.id() + "/matching/add").with(csrf()).with(editor.login())
                .param("mentee", String.valueOf(mentee.application().id())).param("mentor", "999999999").param("reason", "Try"))
            .andExpect(status().isOk()).andExpect(content().string(containsString("Choose a mentor from the list")));

        mvc.perform(post("/admin/mentoring/rounds/" + round.id() + "/matching/publish").with(csrf()).with(editor.login()))
            .andExpect(status().is3xxRedirection());
        assertThat(matching.inRound(round.id())).extracting(Match::status).containsOnly(Match.Status.OFFERED);
        inbox.awaitOne(other.account().email(), "found you a mentor");
        mvc.perform(post("/admin/mentoring/matches/" + first.id() + "/withdraw").with(csrf()).with(editor.login()).param("reason", "Mentor unwell"))
            .andExpect(status().is3xxRedirection());
        assertThat(matching.get(first.id()).status()).isEqualTo(Match.Status.LAPSED);
        mvc.perform(get("/admin/mentoring/rounds/" + round.id() + "/matching").with(editor.login()))
            .andExpect(content().string(containsString("Mentor unwell"))).andExpect(content().string(containsString("Shared interests")));

        mvc.perform(get("/admin/mentoring/rounds/" + round.id() + "/report.csv").with(editor.login()))
            .andExpect(status().isOk()).andExpect(header().string("Content-Disposition", containsString("attachment")))
            .andExpect(content().string(containsString("\"Mentee applications\",\"Applications sent\",\"2\"")))
            // two accepted mentees in London: too few to show
            .andExpect(content().string(containsString("hidden: fewer than 5")));
    }

    @Test
    void fairnessByEqualityMonitoringIsForTheAnalystAlone() throws Exception {
        Round round = mentoring.openRound("Fairness round");
        TestAccounts.Created analyst = accounts.create(Role.MEMBER, Role.EQUALITY_ANALYST);
        TestAccounts.Created admin = accounts.create(Role.MEMBER, Role.ADMIN);
        mvc.perform(get("/admin/equality/mentoring/" + round.id()).with(analyst.login())).andExpect(status().isOk())
            .andExpect(content().string(containsString("Fewer than five people in this group answered")));
        mvc.perform(get("/admin/equality/mentoring/" + round.id()).with(admin.login())).andExpect(status().isForbidden());
    }
}
