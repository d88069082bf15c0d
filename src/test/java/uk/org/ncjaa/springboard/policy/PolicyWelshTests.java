package uk.org.ncjaa.springboard.policy;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import uk.org.ncjaa.springboard.policy.consultation.ConsultationMother;
import uk.org.ncjaa.springboard.policy.consultation.domain.Consultation;
import uk.org.ncjaa.springboard.policy.consultation.domain.Consultations;
import uk.org.ncjaa.springboard.policy.forum.Forum;
import uk.org.ncjaa.springboard.policy.forum.Meeting;
import uk.org.ncjaa.springboard.shared.i18n.Languages;
import uk.org.ncjaa.springboard.shared.mail.Mailer;
import uk.org.ncjaa.springboard.support.SpringboardTest;
import uk.org.ncjaa.springboard.support.TestAccounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/** The policy pages in Welsh: the words, the dates and the labels, and the English pages as they were. */
@SpringboardTest
class PolicyWelshTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Forum forum;

    @Autowired
    Consultations consultations;

    @Autowired
    Mailer mailer;

    @Autowired
    TestAccounts accounts;

    @Test
    void theSectionForumAndInfluenceLogAreInWelsh() throws Exception {
        String section = body("/policy?lang=cy");
        assertThat(section).contains("<html lang=\"cy\"").contains("Polisi a llais y sector").contains("Y Fforwm Celfyddydau")
            .contains("Cofnod dylanwadu").doesNotContain("??");
        String forumPage = body("/policy/arts-forum?lang=cy");
        assertThat(forumPage).contains("y Weinyddiaeth Gyfiawnder").contains("Gwasanaeth Carchardai a Phrawf EF")
            .contains("Cyfarfodydd blaenorol").doesNotContain("??");
        assertThat(body("/policy/influence?lang=cy")).contains("Cofnod dylanwadu").doesNotContain("??");

        String english = body("/policy/arts-forum");
        assertThat(english).contains("<html lang=\"en-GB\"").contains("chaired by the Ministry of Justice").contains("Past meetings")
            .doesNotContain("Y Fforwm Celfyddydau");
    }

    @Test
    void aMeetingShowsItsDateInTheLanguageOfThePage() throws Exception {
        // a Tuesday in March, in the afternoon
        Meeting m = forum.createMeeting("Welsh test meeting", Instant.parse("2026-03-10T14:00:00Z"), "Cardiff", "A chair", null);
        String welsh = body(m.path() + "?lang=cy");
        assertThat(welsh).contains("Dydd Mawrth 10 Mawrth 2026").contains("Agenda").contains("Cadeirydd").doesNotContain("??");
        String english = body(m.path() + "?lang=en");
        assertThat(english).contains("Tuesday 10 March 2026, 2:00pm").contains("Chair").doesNotContain("Cadeirydd");
        String actions = body("/policy/arts-forum/actions?lang=cy");
        assertThat(actions).contains("Camau gweithredu&#39;r Fforwm Celfyddydau").doesNotContain("??");
    }

    @Test
    void aConsultationAndItsAnswerFormAreInWelsh() throws Exception {
        ConsultationMother.Made made = ConsultationMother.open(consultations, "Welsh page consultation", Consultation.Audience.ANYONE, true);
        String list = body("/policy/consultations?lang=cy");
        assertThat(list).contains("Ymgyngoriadau").contains("Ar agor nawr").contains("Welsh page consultation").doesNotContain("??");
        String page = body("/policy/consultations/" + made.id() + "?lang=cy");
        assertThat(page).contains("Y cwestiynau").contains("Ateb ar bapur").contains("Unrhyw un").doesNotContain("??");
        String form = body("/policy/consultations/" + made.id() + "/answer?lang=cy");
        assertThat(form).contains("Ateb: Welsh page consultation").contains("Anfon fy ateb").contains("Cytuno&#39;n gryf")
            .contains("A gawn ni ddyfynnu").doesNotContain("??");
        String english = body("/policy/consultations/" + made.id() + "/answer?lang=en");
        assertThat(english).contains("Answer: Welsh page consultation").contains("Send my answer").contains("Strongly agree")
            .doesNotContain("Anfon fy ateb");

        // a question left unanswered comes back with its message in Welsh, and what was typed is kept
        String refused = mvc.perform(post("/policy/consultations/" + made.id() + "/answer?lang=cy").with(csrf())
                .with(TestAccounts.fromOwnAddress()).param("action", "send").param("q" + made.single().id(), "No")
                .param("email", "not an address")).andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(refused).contains("<title>Gwall: Ateb: Welsh page consultation | Springboard</title>")
            .contains("Rhowch gyfeiriad e-bost fel enw@enghraifft.org").contains("value=\"not an address\"").doesNotContain("??");
        String unanswered = mvc.perform(post("/policy/consultations/" + made.id() + "/answer?lang=cy").with(csrf())
                .with(TestAccounts.fromOwnAddress()).param("action", "send").param("q" + made.single().id(), "No"))
            .andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(unanswered).contains("Atebwch y cwestiwn hwn: mae ei angen.").doesNotContain("??");
    }

    @Test
    void aMembersAnswersAreListedInWelsh() throws Exception {
        ConsultationMother.Made made = ConsultationMother.open(consultations, "Welsh answers consultation", Consultation.Audience.ANYONE, false);
        TestAccounts.Created member = accounts.createMember();
        mvc.perform(post("/policy/consultations/" + made.id() + "/answer").with(csrf()).with(member.login()).param("action", "send")
            .param("q" + made.text().id(), "Plenty").param("q" + made.scale().id(), "5").param("quoteConsent", "NONE"));
        String welsh = mvc.perform(get("/account/consultations?lang=cy").with(member.login())).andReturn().getResponse()
            .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(welsh).contains("Eich atebion i ymgyngoriadau").contains("Anfonwyd").contains("Cytuno&#39;n gryf")
            .contains("Peidiwch â&#39;m dyfynnu").doesNotContain("??");
        String english = mvc.perform(get("/account/consultations?lang=en").with(member.login())).andReturn().getResponse()
            .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(english).contains("Your consultation answers").contains("Strongly agree").contains("Do not quote me.");
    }

    @Test
    void theStaffEntryPagesAreInWelshAndTheOthersMarkedEnglish() throws Exception {
        TestAccounts.Created staff = accounts.create(uk.org.ncjaa.springboard.accounts.Role.EDITOR);
        String forumAdmin = staffPage("/admin/policy/forum?lang=cy", staff);
        assertThat(forumAdmin).contains("Ychwanegu cyfarfod").contains("Cynigion aelodau (").doesNotContain("??")
            .doesNotContain("<main id=\"main\" lang=\"en-GB\"");
        assertThat(staffPage("/admin/policy/forum/proposals?lang=cy", staff)).contains("Cynigion aelodau i&#39;r fforwm").doesNotContain("??");
        assertThat(staffPage("/admin/policy/consultations?lang=cy", staff)).contains("Dechrau ymgynghoriad").doesNotContain("??");
        assertThat(staffPage("/admin/policy/influence?lang=cy", staff)).contains("Cofnodi cais").doesNotContain("??");
        assertThat(staffPage("/admin/policy/consultations/new?lang=cy", staff)).contains("<main id=\"main\" lang=\"en-GB\"");
        assertThat(staffPage("/admin/policy/forum?lang=en", staff)).contains("Add a meeting").contains("Members’ proposals (");
    }

    private String staffPage(String path, TestAccounts.Created staff) throws Exception {
        return mvc.perform(get(path).with(staff.login())).andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
    }

    @Test
    void theEmailsAreWrittenInTheRecipientsLanguage() {
        java.util.Map<String, String> model = java.util.Map.of("name", "", "title", "Arts in prisons", "path", "/policy/consultations/1/response",
                "youSaidPath", "/policy/consultations/1/you-said-we-did");
        Mailer.Rendered welsh = mailer.render("consultation-response", "Our response: Arts in prisons", model, Languages.WELSH);
        assertThat(welsh.html()).contains("Helo,").contains("Diolch am ateb ein hymgynghoriad").contains("Darllen ein hymateb")
            .doesNotContain("??");
        assertThat(welsh.text()).contains("Dywedoch chi, gwnaethom ni").doesNotContain("Hello");
        Mailer.Rendered english = mailer.render("consultation-response", "Our response: Arts in prisons", model, Languages.ENGLISH);
        assertThat(english.text()).contains("Hello there,").contains("Thank you for answering our consultation \"Arts in prisons\". "
                + "Our response is now published.").contains("You said, we did (what people told us, and what we did about it): ");

        java.util.Map<String, String> notice = java.util.Map.of("name", "Sam", "lead", "Lead", "detail", "", "path", "/policy",
                "linkText", "Link");
        assertThat(mailer.render("policy-notice", "Subject", notice, Languages.WELSH).text()).contains("Helo Sam,")
            .contains("Ysgrifenyddiaeth y Fforwm Celfyddydau");
        assertThat(mailer.render("policy-notice", "Subject", notice, Languages.ENGLISH).html()).contains("Hello Sam,")
            .contains("The Arts Forum secretariat at the National Criminal Justice Arts Alliance");
    }

    private String body(String path) throws Exception {
        return mvc.perform(get(path)).andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
    }
}
