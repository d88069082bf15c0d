package uk.org.ncjaa.springboard.evidence.web;

import java.io.StringReader;
import java.util.List;
import java.util.UUID;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import uk.org.ncjaa.springboard.accounts.Role;
import uk.org.ncjaa.springboard.evidence.imports.EvidenceImport;
import uk.org.ncjaa.springboard.support.SpringboardTest;
import uk.org.ncjaa.springboard.support.TestAccounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The Evidence Library in Welsh: its pages' own words, an entry's summary in the Welsh an editor wrote
 * (or the English one, marked as English), and a search from a Welsh page that finds Welsh words.
 */
@SpringboardTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EvidenceWelshTests {

    private static final String HEADER = "title\tauthors\tyear\tpublisher_or_org\tdoc_type\tart_form\tsetting\tmethod\tsummary";

    private static final String WELSH = "Hap-dreial o sesiynau offerynnau taro wythnosol mewn dau garchar, yn mesur llesiant.";

    // a made-up word in every title keeps these tests to their own entries, whatever else the database holds
    private final String marker = "zq" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);

    private String bilingual;
    private String englishOnly;

    @Autowired
    EvidenceImport importer;

    @Autowired
    TestAccounts accounts;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    uk.org.ncjaa.springboard.shared.mail.Mailer mailer;

    private TestAccounts.Created editor;

    @BeforeAll
    void importTwoEntriesAndWriteOneInWelsh() throws Exception {
        importer.run(new StringReader(HEADER + "\n"
                + row("A drumming trial " + marker, "A trial of weekly group drumming in two prisons, measuring wellbeing.") + "\n"
                + row("A choir study " + marker, "Interviews with members of a prison choir about belonging.") + "\n"), true);
        bilingual = slug("A drumming trial " + marker);
        englishOnly = slug("A choir study " + marker);
        editor = accounts.create(Role.MEMBER, Role.EDITOR);
        mvc.perform(post("/admin/evidence/" + bilingual).with(editor.login()).with(csrf())
                .param("title", "A drumming trial " + marker)
                .param("summary", "A trial of weekly group drumming in two prisons, measuring wellbeing.")
                .param("summaryCy", WELSH));
        assertThat(jdbc.queryForObject("select summary_cy from evidence_entry where slug = ?", String.class, bilingual)).isEqualTo(WELSH);
    }

    @Test
    void aWelshPageShowsTheWelshSummaryAndAnEnglishPageTheEnglishOne() throws Exception {
        Document welsh = page(get("/evidence/" + bilingual).param("lang", "cy"));
        assertThat(welsh.select("p[lang=cy]").text()).isEqualTo(WELSH);
        assertThat(welsh.text()).doesNotContain("A trial of weekly group drumming");
        assertThat(welsh.getElementById("about-heading").text()).isEqualTo("Am yr ymchwil hon");
        assertThat(welsh.select("meta[name=description]").attr("content")).isEqualTo(WELSH);

        Document english = page(get("/evidence/" + bilingual));
        assertThat(english.text()).contains("A trial of weekly group drumming in two prisons, measuring wellbeing.")
            .doesNotContain("offerynnau");
        assertThat(english.getElementById("about-heading").text()).isEqualTo("About this research");
    }

    @Test
    void withoutAWelshSummaryAWelshPageShowsTheEnglishOneMarkedAsEnglish() throws Exception {
        Document welsh = page(get("/evidence/" + englishOnly).param("lang", "cy"));
        assertThat(welsh.select("p[lang=en-GB]").eachText()).contains("Interviews with members of a prison choir about belonging.");
        Document english = page(get("/evidence/" + englishOnly));
        assertThat(english.select("p[lang]").eachText()).doesNotContain("Interviews with members of a prison choir about belonging.");
    }

    @Test
    void aSearchFromAWelshPageFindsWelshWordsAndStillFindsEnglishOnes() throws Exception {
        assertThat(titles(get("/evidence").param("q", marker + " llesiant").param("lang", "cy")))
            .containsExactly("A drumming trial " + marker);
        assertThat(titles(get("/evidence").param("q", marker + " offerynnau").param("lang", "cy")))
            .containsExactly("A drumming trial " + marker);
        assertThat(titles(get("/evidence").param("q", marker + " llesiant").param("lang", "en"))).as("an English search is unchanged")
            .isEmpty();
        assertThat(titles(get("/evidence").param("q", marker + " belonging").param("lang", "cy")))
            .containsExactly("A choir study " + marker);
        Document results = page(get("/evidence").param("q", marker + " llesiant").param("lang", "cy"));
        assertThat(results.select("p.snippet[lang=cy] mark").text()).isEqualTo("llesiant");
    }

    @Test
    void theCurationFormKeepsTheWelshTypedWhenSomethingElseIsWrong() throws Exception {
        Document form = Jsoup.parse(mvc.perform(post("/admin/evidence/" + englishOnly).with(editor.login()).with(csrf())
                .param("title", "").param("summaryCy", "Cyfweliadau ag aelodau côr"))
            .andReturn().getResponse().getContentAsString());
        assertThat(form.getElementById("summaryCy").text()).isEqualTo("Cyfweliadau ag aelodau côr");
        assertThat(form.getElementById("summaryCy").attr("lang")).isEqualTo("cy");
        assertThat(jdbc.queryForObject("select summary_cy from evidence_entry where slug = ?", String.class, englishOnly)).isNull();
        Document edit = page(get("/admin/evidence/" + bilingual).with(editor.login()));
        assertThat(edit.getElementById("summaryCy").text()).isEqualTo(WELSH);
    }

    @Test
    void thePublicPagesAreInWelshWithEveryMessageFound() throws Exception {
        for (String path : List.of("/evidence", "/evidence?q=" + marker, "/evidence/" + bilingual, "/evidence/" + englishOnly,
                "/evidence/map", "/evidence/toolkit", "/evidence/strength")) {
            String welsh = mvc.perform(get(path).param("lang", "cy")).andReturn().getResponse().getContentAsString();
            assertThat(welsh).as(path).contains("<html lang=\"cy\"").contains("Llyfrgell Dystiolaeth").doesNotContain("??");
        }
        Document search = page(get("/evidence").param("lang", "cy"));
        assertThat(search.select("label[for=q]").text()).isEqualTo("Chwilio'r llyfrgell");
        assertThat(search.getElementById("filters-heading").text()).isEqualTo("Hidlo");
        Document english = page(get("/evidence"));
        assertThat(english.select("label[for=q]").text()).isEqualTo("Search the library");
        assertThat(english.select("#q-hint").text())
            .isEqualTo("All words must appear: \"quotes\" for a phrase, | for either word, - to leave one out.");
        assertThat(page(get("/evidence/toolkit").param("lang", "cy")).select("h1").text()).isEqualTo("Pecyn cymorth tystiolaeth");
        assertThat(page(get("/evidence/map").param("lang", "cy")).select("h1").text()).isEqualTo("Map tystiolaeth a bylchau");
    }

    @Test
    void theEmailsAreWrittenInTheRecipientsLanguageWithTheEnglishUnchanged() {
        java.util.Map<String, String> model = java.util.Map.of("name", "Ada", "title", "Singing inside", "slug", "singing-inside");
        var english = mailer.render("evidence-submitted", "We have received your submission", model,
                uk.org.ncjaa.springboard.shared.i18n.Languages.ENGLISH);
        assertThat(english.text()).startsWith("Hello Ada,\n\nThank you for submitting \"Singing inside\" to the Evidence Library. Our"
                + " editors will check it against the inclusion criteria and email you when they have reviewed it.\n\nYou can see its"
                + " progress at ");
        assertThat(english.html()).contains("<title>We have received your submission</title>");
        var welsh = mailer.render("evidence-submitted", "We have received your submission", model,
                uk.org.ncjaa.springboard.shared.i18n.Languages.WELSH);
        assertThat(welsh.text()).startsWith("Helo Ada,\n\nDiolch am gyflwyno \"Singing inside\" i'r Llyfrgell Dystiolaeth.")
            .doesNotContain("??");
        assertThat(welsh.html()).contains("<title>Mae eich cyflwyniad wedi dod i law</title>").contains("dudalen eich cyflwyniadau")
            .doesNotContain("??");

        java.util.Map<String, String> alert = java.util.Map.of("name", "Ada", "search", "music", "itemsHtml", "<ul></ul>",
                "itemsText", "", "searchUrl", "https://example.org/evidence?q=music", "manageUrl", "https://example.org/evidence/saved",
                "count", "2", "newEntries", "2 new entries");
        assertThat(mailer.render("evidence-alert", "2 new entries for your search: music", alert,
                uk.org.ncjaa.springboard.shared.i18n.Languages.ENGLISH).html())
            .contains("<title>2 new entries for your search: music</title>");
        var welshAlert = mailer.render("evidence-alert", "2 new entries for your search: music", alert,
                uk.org.ncjaa.springboard.shared.i18n.Languages.WELSH);
        assertThat(welshAlert.html()).contains("<title>Cofnodion newydd (2) ar gyfer eich chwiliad: music</title>");
        assertThat(welshAlert.text()).contains("Gweld y chwiliad: https://example.org/evidence?q=music").doesNotContain("??");
    }

    @Test
    void theSubmissionPagesAndTheirErrorsAreInWelsh() throws Exception {
        TestAccounts.Created member = accounts.create(Role.MEMBER);
        Document form = page(get("/evidence/submit").param("lang", "cy").with(member.login()));
        assertThat(form.select("h1").text()).isEqualTo("Cyflwyno gwerthusiad");
        assertThat(form.getElementById("criteria-heading").text()).isEqualTo("Yr hyn rydym yn ei gynnwys");
        Document refused = Jsoup.parse(mvc.perform(post("/evidence/submit").param("lang", "cy").with(member.login()).with(csrf())
                .param("title", "")).andReturn().getResponse().getContentAsString());
        assertThat(refused.text()).contains("Rhowch deitl yr adroddiad neu'r erthygl").doesNotContain("??");
        Document english = Jsoup.parse(mvc.perform(post("/evidence/submit").with(member.login()).with(csrf())
                .param("title", "")).andReturn().getResponse().getContentAsString());
        assertThat(english.text()).contains("Enter the title of the report or article");
    }

    private Document page(MockHttpServletRequestBuilder request) throws Exception {
        return Jsoup.parse(mvc.perform(request).andReturn().getResponse().getContentAsString());
    }

    private List<String> titles(MockHttpServletRequestBuilder request) throws Exception {
        return page(request).select("ol.hits h3 a").eachText();
    }

    private String slug(String title) {
        return jdbc.queryForObject("select slug from evidence_entry where title = ?", String.class, title);
    }

    private static String row(String title, String summary) {
        return String.join("\t", title, "Ada Example", "2022", "", "evaluation report", "music", "prison", "", summary);
    }
}
