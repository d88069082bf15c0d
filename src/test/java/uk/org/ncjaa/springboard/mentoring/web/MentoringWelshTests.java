package uk.org.ncjaa.springboard.mentoring.web;

import java.time.format.DateTimeFormatter;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.test.web.servlet.MockMvc;

import uk.org.ncjaa.springboard.mentoring.TestMentoring;
import uk.org.ncjaa.springboard.mentoring.TestMentoring.Applicant;
import uk.org.ncjaa.springboard.mentoring.domain.Matching;
import uk.org.ncjaa.springboard.mentoring.domain.Role;
import uk.org.ncjaa.springboard.mentoring.domain.Round;
import uk.org.ncjaa.springboard.mentoring.domain.Rounds;
import uk.org.ncjaa.springboard.shared.i18n.Languages;
import uk.org.ncjaa.springboard.shared.mail.Mailer;
import uk.org.ncjaa.springboard.support.SpringboardTest;
import uk.org.ncjaa.springboard.support.TestAccounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The scheme in Welsh: its public page, the application form, a pair's page, the certificate and the emails' words. */
@SpringboardTest
class MentoringWelshTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestAccounts accounts;

    @Autowired
    TestMentoring mentoring;

    @Autowired
    Matching matching;

    @Autowired
    Rounds rounds;

    @Autowired
    Mailer mailer;

    @Autowired
    MessageSource messages;

    @Test
    void theSchemePageIsInWelshAndItsEnglishIsUnchanged() throws Exception {
        Round round = mentoring.openRound("Cylch Cymraeg");
        String welsh = page(get("/mentoring").param("lang", "cy"));
        assertThat(welsh).contains("<html lang=\"cy\"").contains("Mentora proffesiynol").contains("Sut rydym yn dewis parau")
            .contains("Ffurfiau celf").contains("Gwneud cais i fod yn fentai").contains(round.name())
            .contains(DateTimeFormatter.ofPattern("d MMMM yyyy", Languages.WELSH).format(round.opensOn()))
            .doesNotContain("??").doesNotContain("How we choose pairs");
        String english = page(get("/mentoring").param("lang", "en"));
        assertThat(english).contains("Professional mentoring").contains("It is free for members.").contains("How we choose pairs")
            .contains("Apply to be a mentee").contains("6 months from").doesNotContain("Mentora proffesiynol");
    }

    @Test
    void theApplicationFormAndWhatItRefusesAreInWelsh() throws Exception {
        Round round = mentoring.openRound("Cylch ffurflen");
        TestAccounts.Created member = accounts.createMember();
        assertThat(page(get("/mentoring/rounds/" + round.id() + "/apply").param("lang", "cy").with(member.login())))
            .contains("Gwneud cais i Cylch ffurflen").contains("Rwy&#39;n gwneud cais i fod yn").contains("Penwythnosau")
            .contains("Diogelu a gweithio&#39;n ddiogel").contains("Anfon fy nghais").doesNotContain("??");
        String refused = page(post("/mentoring/rounds/" + round.id() + "/apply").param("lang", "cy").with(csrf()).with(member.login())
            .param("action", "send").param("role", "MENTEE").param("statement", "Fy ngeiriau").param("yearsInSector", "llawer"));
        assertThat(refused).contains("Rhowch nifer y blynyddoedd, o 0 i 70").contains("Dewiswch eich rhanbarth").contains("Fy ngeiriau")
            .doesNotContain("??");
        mvc.perform(post("/mentoring/rounds/" + round.id() + "/apply").param("lang", "cy").with(csrf()).with(member.login())
                .param("action", "save").param("role", "MENTEE").param("statement", "Drafft"))
            .andExpect(redirectedUrl("/mentoring/rounds/" + round.id() + "/apply"));
        assertThat(page(post("/mentoring/rounds/" + round.id() + "/apply").param("lang", "cy").with(csrf()).with(member.login())
                .param("action", "save").param("role", "MENTOR").param("statement", "Y ddau")))
            .contains("Rydych eisoes wedi gwneud cais i&#39;r cylch hwn fel mentai.");
        assertThat(page(get("/mentoring/mine").param("lang", "cy").with(member.login()))).contains("Eich ceisiadau")
            .contains("Drafft: heb ei anfon eto").contains("Mentai").doesNotContain("??");
    }

    @Test
    void aPairsPageAndTheirCertificateAreInWelsh() throws Exception {
        Round round = mentoring.openRound("Cylch tystysgrif", true);
        Applicant mentee = mentoring.accepted(round, Role.MENTEE, "Nia Cymraeg", "", "london", 1, "");
        Applicant mentor = mentoring.accepted(round, Role.MENTOR, "Osian Cymraeg", "", "london", 1, "");
        matching.run(round.id());
        matching.publish(round.id());
        long id = matching.inRound(round.id()).get(0).id();
        assertThat(page(get("/mentoring/matches/" + id).param("lang", "cy").with(mentee.account().login())))
            .contains("Eich mentor: Osian Cymraeg").contains("Pam y pâr hwn").contains("allan o 100").contains("Derbyn")
            .doesNotContain("??").doesNotContain("Why this match");
        for (Applicant person : new Applicant[] { mentee, mentor }) {
            mvc.perform(post("/mentoring/matches/" + id + "/answer").with(csrf()).with(person.account().login()).param("answer", "accept"))
                .andExpect(redirectedUrl("/mentoring/matches/" + id));
        }
        assertThat(page(get("/mentoring/matches/" + id).param("lang", "cy").with(mentee.account().login())))
            .contains("Cofnodi cyfarfod").contains("Wyneb yn wyneb").contains("Cau eich mentora").contains("Cyflawnwyd y nodau")
            .doesNotContain("??");

        byte[] pdf = mvc.perform(get("/mentoring/matches/" + id + "/certificate.pdf").param("lang", "cy").with(mentee.account().login()))
            .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (var document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(document);
            assertThat(text).contains("Tystysgrif cyfranogi").contains("Nia Cymraeg").contains("wedi cymryd rhan fel mentai yn")
                .contains(DateTimeFormatter.ofPattern("d MMMM yyyy", Languages.WELSH).format(rounds.today()));
        }
    }

    @Test
    void theSchemesEmailsHaveTheirWordsInWelsh() {
        Mailer.Rendered rendered = mailer.render("mentoring-notice", "Subject", Map.of("name", "Nia", "subjectLine", "Mae eich mentora wedi dechrau",
                "lead", "Arweiniad", "detail", "", "path", "/mentoring/mine", "linkText", "Gweld eich mentora"), Languages.WELSH);
        assertThat(rendered.html()).contains("Helo Nia,").contains("Y tîm mentora").contains("<title>Mae eich mentora wedi dechrau</title>");
        assertThat(rendered.text()).contains("Helo Nia,").contains("Y tîm mentora");
        assertThat(mailer.render("mentoring-notice", "Subject", Map.of("name", "Nia", "subjectLine", "Your mentoring has begun", "lead", "Lead",
                "detail", "", "path", "/mentoring/mine", "linkText", "See your mentoring"), Languages.ENGLISH).text())
            .contains("Hello Nia,").contains("The mentoring team at the National Criminal Justice Arts Alliance");
        assertThat(messages.getMessage("mentoring.mail.begun.lead", new Object[] { "Gwanwyn 2027" }, Languages.WELSH))
            .isEqualTo("Rydych chi'ch dau wedi derbyn: mae eich mentora yn Gwanwyn 2027 wedi dechrau. Cytunwch ar eich nodau a chofnodwch "
                    + "eich cyfarfod cyntaf ar eich tudalen.");
        assertThat(messages.getMessage("mentoring.mail.begun.lead", new Object[] { "Spring 2027" }, Languages.ENGLISH))
            .isEqualTo("You have both accepted: your mentoring in Spring 2027 has begun. Agree your goals and log your first meeting on your page.");
    }

    @Test
    void theStaffPagesAreInWelshToo() throws Exception {
        Round round = mentoring.openRound("Cylch staff");
        Applicant mentee = mentoring.accepted(round, Role.MENTEE, "Nia Staff", "", "london", 1, "");
        mentoring.accepted(round, Role.MENTOR, "Osian Staff", "", "london", 1, "");
        matching.run(round.id());
        TestAccounts.Created editor = accounts.create(uk.org.ncjaa.springboard.accounts.Role.MEMBER, uk.org.ncjaa.springboard.accounts.Role.EDITOR,
                uk.org.ncjaa.springboard.accounts.Role.EQUALITY_ANALYST);
        assertThat(page(get("/admin/mentoring").param("lang", "cy").with(editor.login()))).contains("Cylchoedd mentora").contains("Ar agor")
            .doesNotContain("??");
        assertThat(page(get("/admin/mentoring/rounds/" + round.id()).param("lang", "cy").with(editor.login()))).contains("Statws: Ar agor")
            .contains("Y sgôr gyfan uchaf").contains("Ffurfiau celf").doesNotContain("??");
        assertThat(page(get("/admin/mentoring/rounds/new").param("lang", "cy").with(editor.login()))).contains("Dechrau cylch newydd")
            .doesNotContain("??");
        assertThat(page(get("/admin/mentoring/rounds/" + round.id() + "/applications").param("lang", "cy").with(editor.login())))
            .contains("Ceisiadau i Cylch staff").contains("Nia Staff").contains("Wedi&#39;i dderbyn").doesNotContain("??");
        assertThat(page(get("/admin/mentoring/applications/" + mentee.application().id()).param("lang", "cy").with(editor.login())))
            .contains("Nia Staff: mentai").contains("Eisiau help gyda").doesNotContain("??");
        assertThat(page(get("/admin/mentoring/rounds/" + round.id() + "/matching").param("lang", "cy").with(editor.login())))
            .contains("Paru: Cylch staff").contains("Parau a gynigiwyd (1)").contains("Cynnig pâr").contains("Diystyru pâr").doesNotContain("??");
        assertThat(page(get("/admin/mentoring/rounds/" + round.id() + "/report").param("lang", "cy").with(editor.login())))
            .contains("Adroddiad: Cylch staff").contains("Tegwch yn ôl rhanbarth").doesNotContain("??");
        assertThat(page(get("/admin/equality/mentoring/" + round.id()).param("lang", "cy").with(editor.login())))
            .contains("Tegwch y paru: Cylch staff").doesNotContain("??");
        assertThat(page(get("/admin/mentoring/rounds/" + round.id() + "/matching").param("lang", "en").with(editor.login())))
            .contains("Matching: Cylch staff").contains("Proposed pairs (1)").contains("each mentor&#39;s").doesNotContain("Paru:");
    }

    private String page(org.springframework.test.web.servlet.RequestBuilder request) throws Exception {
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }
}
