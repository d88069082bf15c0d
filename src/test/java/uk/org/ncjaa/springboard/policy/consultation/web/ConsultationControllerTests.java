package uk.org.ncjaa.springboard.policy.consultation.web;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import uk.org.ncjaa.springboard.accounts.Role;
import uk.org.ncjaa.springboard.policy.consultation.ConsultationMother;
import uk.org.ncjaa.springboard.policy.consultation.domain.Answer;
import uk.org.ncjaa.springboard.policy.consultation.domain.Answering;
import uk.org.ncjaa.springboard.policy.consultation.domain.Consultation;
import uk.org.ncjaa.springboard.policy.consultation.domain.Consultations;
import uk.org.ncjaa.springboard.support.SpringboardTest;
import uk.org.ncjaa.springboard.support.TestAccounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Consultations over HTTP: who may answer, drafts, the form on error, visitors' limit, and what staff and the analyst see. */
@SpringboardTest
class ConsultationControllerTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestAccounts accounts;

    @Autowired
    Consultations consultations;

    @Autowired
    Answering answering;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aMembersOnlyConsultationSendsVisitorsToLogInAndSavesNothingFromThem() throws Exception {
        ConsultationMother.Made made = ConsultationMother.open(consultations, "Members only web", Consultation.Audience.MEMBERS, true);
        mvc.perform(get("/policy/consultations")).andExpect(status().isOk()).andExpect(content().string(containsString("Members only web")));
        mvc.perform(get("/policy/consultations/" + made.id())).andExpect(status().isOk())
            .andExpect(content().string(containsString("<strong>what you think</strong>")));
        mvc.perform(get("/policy/consultations/" + made.id() + "/answer")).andExpect(redirectedUrl("/login"));
        mvc.perform(post("/policy/consultations/" + made.id() + "/answer").with(csrf()).with(TestAccounts.fromOwnAddress())
                .param("q" + made.text().id(), "Sneaked in"))
            .andExpect(redirectedUrl("/login"));
        assertThat(jdbc.queryForObject("select count(*) from policy_consultation_answer where consultation_id = ?", Long.class, made.id()))
            .isZero();
        // a draft is not shown to the public at all
        ConsultationMother.Made draft = ConsultationMother.draft(consultations, "Hidden draft", Consultation.Audience.ANYONE, true);
        mvc.perform(get("/policy/consultations/" + draft.id())).andExpect(status().isNotFound());
        mvc.perform(get("/policy/consultations/" + draft.id() + "/answer")).andExpect(status().isNotFound());
        mvc.perform(get("/policy/consultations/" + made.id() + "/response")).andExpect(status().isNotFound());
    }

    @Test
    void aDraftIsSavedAndResumedAndTheFormKeepsWhatWasTypedOnError() throws Exception {
        ConsultationMother.Made made = ConsultationMother.open(consultations, "Draft web", Consultation.Audience.MEMBERS, false);
        TestAccounts.Created member = accounts.createMember();
        String form = "/policy/consultations/" + made.id() + "/answer";

        // a ranking with a number twice, and the needed question empty: everything typed comes back
        mvc.perform(post(form).with(csrf()).with(member.login()).param("action", "send").param("q" + made.single().id(), "No")
                .param("q" + made.ranking().id() + "-0", "1").param("q" + made.ranking().id() + "-1", "1")
                .param("q" + made.ranking().id() + "-2", "2").param("q" + made.scale().id(), "4").param("quoteConsent", "ANONYMOUS"))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("There is a problem")))
            .andExpect(content().string(containsString("Give each item a different number from 1 to 3.")))
            .andExpect(content().string(containsString("href=\"#q" + made.ranking().id() + "\"")))
            .andExpect(content().string(containsString("value=\"No\" checked")))
            .andExpect(content().string(containsString("value=\"4\" checked")))
            .andExpect(content().string(containsString("value=\"ANONYMOUS\" checked")));

        mvc.perform(post(form).with(csrf()).with(member.login()).param("action", "send").param("q" + made.ranking().id() + "-0", "1")
                .param("q" + made.ranking().id() + "-1", "2").param("q" + made.ranking().id() + "-2", "3"))
            .andExpect(status().isOk()).andExpect(content().string(containsString("Answer this question: it is needed.")));

        mvc.perform(post(form).with(csrf()).with(member.login()).param("action", "save").param("q" + made.text().id(), "Half <written>")
                .param("q" + made.multi().id(), "A", "C"))
            .andExpect(redirectedUrl(form));
        assertThat(answering.mine(made.id(), member.id()).orElseThrow().status()).isEqualTo(Answer.Status.DRAFT);
        mvc.perform(get(form).with(member.login()))
            .andExpect(content().string(containsString("Half &lt;written&gt;")))
            .andExpect(content().string(containsString("You have a saved draft")));
        mvc.perform(get("/account/consultations").with(member.login())).andExpect(status().isOk())
            .andExpect(content().string(containsString("Draft, not sent.")));

        // the form sends every question again, the draft's ticks with it
        mvc.perform(post(form).with(csrf()).with(member.login()).param("action", "send").param("q" + made.text().id(), "Finished")
                .param("q" + made.multi().id(), "A", "C")
                .param("q" + made.ranking().id() + "-0", "3").param("q" + made.ranking().id() + "-1", "1")
                .param("q" + made.ranking().id() + "-2", "2"))
            .andExpect(redirectedUrl("/policy/consultations/" + made.id() + "/thanks"));
        Answer sent = answering.mine(made.id(), member.id()).orElseThrow();
        assertThat(sent.status()).isEqualTo(Answer.Status.SUBMITTED);
        assertThat(sent.values(made.ranking().id())).containsExactly("Green", "Blue", "Red");
        assertThat(sent.values(made.multi().id())).containsExactly("A", "C");
        mvc.perform(get(form).with(member.login())).andExpect(redirectedUrl("/policy/consultations/" + made.id() + "/thanks"));
        mvc.perform(get("/policy/consultations/" + made.id() + "/thanks")).andExpect(status().isOk());
    }

    @Test
    void visitorsAnswerWhereAllowedAndAreLimitedPerAddress() throws Exception {
        ConsultationMother.Made made = ConsultationMother.open(consultations, "Visitors web", Consultation.Audience.ANYONE, true);
        String form = "/policy/consultations/" + made.id() + "/answer";
        RequestPostProcessor address = TestAccounts.fromOwnAddress();
        mvc.perform(get(form)).andExpect(status().isOk()).andExpect(content().string(not(containsString("Save as a draft"))));
        mvc.perform(post(form).with(csrf()).with(address).param("q" + made.text().id(), "Hello").param("email", "not an address"))
            .andExpect(status().isOk()).andExpect(content().string(containsString("Enter an email address like")));
        int accepted = 0;
        String last = "";
        for (int i = 0; i < 12; i++) {
            last = mvc.perform(post(form).with(csrf()).with(address).param("q" + made.text().id(), "Visit " + i))
                .andReturn().getResponse().getContentAsString();
            if (last.isEmpty()) {
                accepted++;
            }
        }
        // ten an hour; the attempt with a bad address was turned back before the limit and took none
        assertThat(accepted).isEqualTo(10);
        assertThat(last).contains("Many answers have come from your connection").contains("Visit 11");
        assertThat(jdbc.queryForObject("select count(*) from policy_consultation_answer where consultation_id = ? and account_id is null",
                Long.class, made.id())).isEqualTo(10);
    }

    @Test
    void staffPagesAreForEditorsAndTheEqualityTotalsForTheAnalystAlone() throws Exception {
        ConsultationMother.Made made = ConsultationMother.open(consultations, "Staff web", Consultation.Audience.ANYONE, false);
        TestAccounts.Created member = accounts.createMember();
        answering.answer(made.id(), new Answering.Who(member.id(), "Answerer", null),
                java.util.Map.of(made.text().id(), java.util.List.of("=HYPERLINK(\"x\")")), Answer.QuoteConsent.NAMED, true);
        String base = "/admin/policy/consultations/" + made.id();
        for (String page : new String[] { "/admin/policy/consultations", base, base + "/answers", base + "/paper", base + "/response",
            base + "/answers.csv", base + "/questions/" + made.text().id() }) {
            mvc.perform(get(page).with(member.login())).andExpect(status().isForbidden());
        }
        mvc.perform(post(base + "/status").with(csrf()).with(member.login()).param("action", "close")).andExpect(status().isForbidden());

        TestAccounts.Created editor = accounts.create(Role.MEMBER, Role.EDITOR);
        mvc.perform(get(base + "/answers").with(editor.login())).andExpect(status().isOk())
            .andExpect(content().string(containsString("1 answers sent: 1 online and 0 on paper")))
            .andExpect(content().string(containsString("<svg class=\"bars\"")));
        mvc.perform(get(base + "/questions/" + made.text().id()).with(editor.login())).andExpect(status().isOk())
            .andExpect(content().string(containsString("Quote this")));
        mvc.perform(get(base + "/answers.csv").with(editor.login())).andExpect(status().isOk())
            .andExpect(header().string("Content-Disposition", containsString("attachment")))
            .andExpect(content().string(containsString("\"'=HYPERLINK(\"\"x\"\")\"")));
        mvc.perform(get(base + "/questions/999999999").with(editor.login())).andExpect(status().isNotFound());

        // a paper answer: where it came from is needed, and then it counts apart
        mvc.perform(post(base + "/paper").with(csrf()).with(editor.login()).param("q" + made.text().id(), "Written by hand"))
            .andExpect(status().isOk()).andExpect(content().string(containsString("Say where the answer came from")))
            .andExpect(content().string(containsString("Written by hand")));
        mvc.perform(post(base + "/paper").with(csrf()).with(editor.login()).param("paperSource", "paper, HMP Example, via Example Arts")
                .param("region", "london").param("q" + made.text().id(), "Written by hand"))
            .andExpect(redirectedUrl(base + "/paper"));
        mvc.perform(get(base + "/answers").with(editor.login()))
            .andExpect(content().string(containsString("2 answers sent: 1 online and 1 on paper")));

        // equality monitoring: the analyst only, not editors; one answer is far too few to show anything
        mvc.perform(get("/admin/equality/consultations/" + made.id()).with(editor.login())).andExpect(status().isForbidden());
        TestAccounts.Created analyst = accounts.create(Role.MEMBER, Role.EQUALITY_ANALYST);
        mvc.perform(get("/admin/equality/consultations/" + made.id()).with(analyst.login())).andExpect(status().isOk())
            .andExpect(content().string(containsString("Fewer than five of them answered equality monitoring, so nothing is shown.")))
            .andExpect(content().string(not(containsString("<td>1</td>"))));
        mvc.perform(get(base + "/answers").with(analyst.login())).andExpect(status().isForbidden());
    }

    @Test
    void staffPublishTheResponseAndThePublicReadItAndYouSaidWeDid() throws Exception {
        ConsultationMother.Made made = ConsultationMother.open(consultations, "Publish web", Consultation.Audience.ANYONE, false);
        TestAccounts.Created editor = accounts.create(Role.MEMBER, Role.EDITOR);
        String base = "/admin/policy/consultations/" + made.id();
        mvc.perform(post(base + "/publish").with(csrf()).with(editor.login())).andExpect(redirectedUrl(base + "/response"));
        mvc.perform(post(base + "/status").with(csrf()).with(editor.login()).param("action", "close")).andExpect(redirectedUrl(base));
        mvc.perform(post(base + "/response").with(csrf()).with(editor.login()).param("body", "First version")).andExpect(redirectedUrl(base + "/response"));
        mvc.perform(post(base + "/response").with(csrf()).with(editor.login()).param("body", "We **heard** you.")).andExpect(redirectedUrl(base + "/response"));
        mvc.perform(post(base + "/outcomes").with(csrf()).with(editor.login()).param("youSaid", "").param("weDid", "Something"))
            .andExpect(status().isOk()).andExpect(content().string(containsString("Write both what people said")));
        mvc.perform(post(base + "/outcomes").with(csrf()).with(editor.login()).param("youSaid", "More funding").param("weDid", "We asked for it"))
            .andExpect(redirectedUrl(base + "/response#outcomes"));
        mvc.perform(get(base + "/response").with(editor.login())).andExpect(content().string(containsString("First version")));
        mvc.perform(post(base + "/publish").with(csrf()).with(editor.login())).andExpect(redirectedUrl(base + "/response"));
        assertThat(consultations.get(made.id()).status()).isEqualTo(Consultation.Status.RESPONSE_PUBLISHED);
        mvc.perform(get("/policy/consultations/" + made.id() + "/response")).andExpect(status().isOk())
            .andExpect(content().string(containsString("<strong>heard</strong>")));
        mvc.perform(get("/policy/consultations/" + made.id() + "/you-said-we-did")).andExpect(status().isOk())
            .andExpect(content().string(containsString("More funding"))).andExpect(content().string(containsString("We asked for it")));
    }

    @Test
    void theAnalystSeesEqualityTotalsOfThoseWhoAnsweredWithSmallCountsHidden() throws Exception {
        ConsultationMother.Made made = ConsultationMother.open(consultations, "Equality web", Consultation.Audience.MEMBERS, false);
        for (int i = 0; i < 5; i++) {
            TestAccounts.Created member = accounts.createMember();
            var equality = post("/account/equality").with(csrf()).with(member.login()).param("ethnicity", "mixed").param("consent", "true");
            if (i == 0) {
                equality.param("livedExperience", "prison");
            }
            mvc.perform(equality).andExpect(redirectedUrl("/account/equality"));
            answering.answer(made.id(), new Answering.Who(member.id(), "Member " + i, null),
                    java.util.Map.of(made.text().id(), java.util.List.of("Answer " + i)), Answer.QuoteConsent.NONE, true);
        }
        TestAccounts.Created analyst = accounts.create(Role.MEMBER, Role.EQUALITY_ANALYST);
        String html = mvc.perform(get("/admin/equality/consultations/" + made.id()).with(analyst.login())).andExpect(status().isOk())
            .andReturn().getResponse().getContentAsString();
        assertThat(html).contains("People who answered online: 5 people, 5 answered equality monitoring").contains("<td>5</td>")
            .contains("<td>Hidden</td>").doesNotContain("<td>1</td>");
    }
}
