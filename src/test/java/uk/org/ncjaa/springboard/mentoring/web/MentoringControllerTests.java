package uk.org.ncjaa.springboard.mentoring.web;

import java.time.Duration;
import java.util.List;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import uk.org.ncjaa.springboard.accounts.Role;
import uk.org.ncjaa.springboard.mentoring.TestMentoring;
import uk.org.ncjaa.springboard.mentoring.TestMentoring.Applicant;
import uk.org.ncjaa.springboard.mentoring.domain.Application;
import uk.org.ncjaa.springboard.mentoring.domain.Applications;
import uk.org.ncjaa.springboard.mentoring.domain.Match;
import uk.org.ncjaa.springboard.mentoring.domain.Matching;
import uk.org.ncjaa.springboard.mentoring.domain.Relationships;
import uk.org.ncjaa.springboard.mentoring.domain.Round;
import uk.org.ncjaa.springboard.support.SpringboardTest;
import uk.org.ncjaa.springboard.support.TestAccounts;
import uk.org.ncjaa.springboard.support.TestMail.Inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** A member's side of the scheme over HTTP: applying, answering, the pair's own page and what stays private. */
@SpringboardTest
class MentoringControllerTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestAccounts accounts;

    @Autowired
    TestMentoring mentoring;

    @Autowired
    Applications applications;

    @Autowired
    Matching matching;

    @Autowired
    Relationships relationships;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Inbox inbox;

    @Test
    void anApplicationKeepsWhatWasTypedThroughErrorsIsSavedAsADraftThenSent() throws Exception {
        Round round = mentoring.openRound("Apply round");
        TestAccounts.Created member = accounts.createMember();
        mvc.perform(get("/mentoring")).andExpect(status().isOk()).andExpect(content().string(containsString("Apply round")));

        mvc.perform(post("/mentoring/rounds/" + round.id() + "/apply").with(csrf()).with(member.login()).param("action", "send")
                .param("role", "MENTEE").param("statement", "Kept <words>").param("yearsInSector", "lots").param("artForms", "no-such-art"))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("Enter the number of years")))
            .andExpect(content().string(containsString("Choose from the list")))
            .andExpect(content().string(containsString("Kept &lt;words&gt;")));

        mvc.perform(post("/mentoring/rounds/" + round.id() + "/apply").with(csrf()).with(member.login()).param("action", "save")
                .param("role", "MENTEE").param("statement", "Half written"))
            .andExpect(redirectedUrl("/mentoring/rounds/" + round.id() + "/apply"));
        assertThat(applications.mineIn(round.id(), member.id()).orElseThrow().status()).isEqualTo(Application.Status.DRAFT);
        mvc.perform(get("/mentoring/rounds/" + round.id() + "/apply").with(member.login())).andExpect(content().string(containsString("Half written")));

        // a sent application must be complete
        mvc.perform(post("/mentoring/rounds/" + round.id() + "/apply").with(csrf()).with(member.login()).param("action", "send")
                .param("role", "MENTEE").param("statement", "Half written"))
            .andExpect(status().isOk()).andExpect(content().string(containsString("Choose your region")));
        mvc.perform(post("/mentoring/rounds/" + round.id() + "/apply").with(csrf()).with(member.login()).param("action", "send")
                .param("role", "MENTEE").param("statement", "I want to run workshops safely.").param("artForms", "music")
                .param("settings", "prison").param("region", "london").param("formats", "ONLINE").param("availability", "weekends")
                .param("topics", "safeguarding").param("yearsInSector", "1").param("answers", "Leading a project."))
            .andExpect(redirectedUrl("/mentoring/mine"));
        Application sent = applications.mineIn(round.id(), member.id()).orElseThrow();
        assertThat(sent.status()).isEqualTo(Application.Status.SUBMITTED);
        assertThat(sent.details().answers()).containsExactly("Leading a project.");
        inbox.awaitOne(member.email(), "We have your mentoring application");

        // the same member cannot also apply as a mentor in the same round
        mvc.perform(post("/mentoring/rounds/" + round.id() + "/apply").with(csrf()).with(member.login()).param("action", "save")
                .param("role", "MENTOR").param("statement", "Both"))
            .andExpect(status().isOk()).andExpect(content().string(containsString("already applied to this round as a mentee")));
    }

    @Test
    void aRoundThatIsNotOpenIsNotFoundAndLivedExperienceNeedsItsConsent() throws Exception {
        Round open = mentoring.openRound("Consent round");
        TestAccounts.Created member = accounts.createMember();
        mvc.perform(get("/mentoring/rounds/999999999/apply").with(member.login())).andExpect(status().isNotFound());
        mvc.perform(post("/mentoring/rounds/" + open.id() + "/apply").with(csrf()).with(member.login()).param("action", "save")
                .param("role", "MENTOR").param("sharesLivedExperience", "true").param("capacity", "9"))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("Tick this if we may use your lived experience")))
            .andExpect(content().string(containsString("Choose how many mentees you can take")));
        assertThat(applications.mineIn(open.id(), member.id())).isEmpty();
    }

    @Test
    void aMatchIsForItsPairAloneAndItsMeetingNotesNeverReachStaff() throws Exception {
        Round round = mentoring.openRound("Private round", true);
        Applicant mentee = mentoring.accepted(round, uk.org.ncjaa.springboard.mentoring.domain.Role.MENTEE, "Nia Private", "", "london", 1, "");
        Applicant mentor = mentoring.accepted(round, uk.org.ncjaa.springboard.mentoring.domain.Role.MENTOR, "Oli Private", "", "london", 1, "");
        matching.run(round.id());
        matching.publish(round.id());
        long id = matching.inRound(round.id()).get(0).id();

        mvc.perform(get("/mentoring/matches/" + id).with(mentee.account().login())).andExpect(status().isOk())
            .andExpect(content().string(containsString("Why this match"))).andExpect(content().string(not(containsString(mentor.account().email()))));
        TestAccounts.Created stranger = accounts.createMember();
        TestAccounts.Created editor = accounts.create(Role.MEMBER, Role.EDITOR);
        mvc.perform(get("/mentoring/matches/" + id).with(stranger.login())).andExpect(status().isNotFound());
        mvc.perform(get("/mentoring/matches/" + id).with(editor.login())).andExpect(status().isNotFound());
        mvc.perform(post("/mentoring/matches/" + id + "/answer").with(csrf()).with(stranger.login()).param("answer", "accept"))
            .andExpect(status().isNotFound());

        mvc.perform(post("/mentoring/matches/" + id + "/answer").with(csrf()).with(mentee.account().login()).param("answer", "accept"))
            .andExpect(redirectedUrl("/mentoring/matches/" + id));
        mvc.perform(post("/mentoring/matches/" + id + "/answer").with(csrf()).with(mentor.account().login()).param("answer", "accept"))
            .andExpect(redirectedUrl("/mentoring/matches/" + id));
        assertThat(matching.get(id).status()).isEqualTo(Match.Status.ACTIVE);
        mvc.perform(get("/mentoring/matches/" + id).with(mentee.account().login()))
            .andExpect(content().string(containsString(mentor.account().email())));

        mvc.perform(post("/mentoring/matches/" + id + "/meetings").with(csrf()).with(mentee.account().login()).param("heldOn", "yesterday")
                .param("minutes", "3").param("notes", "Kept notes"))
            .andExpect(status().isOk()).andExpect(content().string(containsString("Enter the date you met")))
            .andExpect(content().string(containsString("Choose how you met"))).andExpect(content().string(containsString("Kept notes")));
        mvc.perform(post("/mentoring/matches/" + id + "/meetings").with(csrf()).with(mentee.account().login())
                .param("heldOn", java.time.LocalDate.now().minusDays(1).toString()).param("format", "ONLINE").param("minutes", "45")
                .param("notes", "We talked about a secret worry"))
            .andExpect(redirectedUrl("/mentoring/matches/" + id));
        mvc.perform(get("/mentoring/matches/" + id).with(mentor.account().login()))
            .andExpect(content().string(containsString("We talked about a secret worry")));
        mvc.perform(get("/admin/mentoring/rounds/" + round.id() + "/report").with(editor.login())).andExpect(status().isOk())
            .andExpect(content().string(containsString("Meetings logged"))).andExpect(content().string(not(containsString("secret worry"))));

        mvc.perform(post("/mentoring/matches/" + id + "/goals").with(csrf()).with(mentor.account().login()).param("goals", "Plan a first project"))
            .andExpect(redirectedUrl("/mentoring/matches/" + id));
        mvc.perform(post("/mentoring/matches/" + id + "/feedback").with(csrf()).with(mentee.account().login()).param("stage", "END")
                .param("satisfaction", "9"))
            .andExpect(status().isOk()).andExpect(content().string(containsString("Choose how satisfied you are")));
        mvc.perform(post("/mentoring/matches/" + id + "/feedback").with(csrf()).with(mentee.account().login()).param("stage", "END")
                .param("satisfaction", "5").param("progress", "4"))
            .andExpect(redirectedUrl("/mentoring/matches/" + id));
        mvc.perform(post("/mentoring/matches/" + id + "/close").with(csrf()).with(mentee.account().login()).param("outcome", "GOALS_MET"))
            .andExpect(redirectedUrl("/mentoring/matches/" + id));
        assertThat(matching.get(id).status()).isEqualTo(Match.Status.CLOSED);
        assertThat(matching.get(id).mentorPlace()).isNull();
        inbox.awaitOne(mentor.account().email(), "Your mentoring has closed");

        byte[] pdf = mvc.perform(get("/mentoring/matches/" + id + "/certificate.pdf").with(mentee.account().login()))
            .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (var document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(document);
            assertThat(text).contains("Certificate of participation").contains("Nia Private").contains("Private round");
        }
    }

    @Test
    void aMembersMentoringIsInTheirDownloadAndTheirWordsGoWithTheirAccount() throws Exception {
        Round round = mentoring.openRound("Erasure round");
        Applicant mentee = mentoring.accepted(round, uk.org.ncjaa.springboard.mentoring.domain.Role.MENTEE, "Pat Erased",
                TestMentoring.details("Pat's Org", "london", 1, "My old boss", List.of("music"), List.of("career")));
        String download = mvc.perform(get("/account/data.json").with(mentee.account().login())).andReturn().getResponse().getContentAsString();
        assertThat(download).contains("Mentoring applications").contains("My old boss");

        mvc.perform(post("/account/delete").with(mentee.account().login()).with(csrf()).param("password", TestAccounts.PASSWORD)
            .param("confirm", "true")).andExpect(redirectedUrl("/"));
        long applicationId = mentee.application().id();
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> "Former member".equals(jdbc.queryForObject(
                "select display_name from mentoring_application where id = ?", String.class, applicationId)));
        assertThat(jdbc.queryForObject("select exclusions || statement || organisation from mentoring_application where id = ?", String.class,
                applicationId)).isEmpty();
        // still counted in the round
        assertThat(applications.sent(round.id())).extracting(Application::id).contains(applicationId);
    }
}
