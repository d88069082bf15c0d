package uk.org.ncjaa.springboard.content.web;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.test.web.servlet.MockMvc;

import uk.org.ncjaa.springboard.accounts.Role;
import uk.org.ncjaa.springboard.content.ContentApi;
import uk.org.ncjaa.springboard.content.ContentKind;
import uk.org.ncjaa.springboard.content.TestContent;
import uk.org.ncjaa.springboard.content.domain.ContentFields;
import uk.org.ncjaa.springboard.content.domain.ContentItem;
import uk.org.ncjaa.springboard.content.domain.Contents;
import uk.org.ncjaa.springboard.shared.i18n.Languages;
import uk.org.ncjaa.springboard.shared.mail.Mailer;
import uk.org.ncjaa.springboard.support.SpringboardTest;
import uk.org.ncjaa.springboard.support.TestAccounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Content in Welsh: the pages' own words, and the Welsh version an editor writes of an item, shown and searched. */
@SpringboardTest
class WelshContentTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Contents contents;

    @Autowired
    TestAccounts accounts;

    private ContentItem published(ContentKind kind, ContentFields fields) {
        ContentItem item = contents.create(kind, fields, "Editor");
        return contents.publish(item.id(), "Editor");
    }

    private static String unique(String start) {
        return start + TestContent.slug("w").substring(2, 8).replace("-", "");
    }

    @Test
    void aWelshPageShowsTheWelshVersionAndTheEnglishPageTheEnglish() throws Exception {
        String word = unique("cerddorfa");
        ContentItem item = published(ContentKind.NEWS, TestContent.article("Orchestra visits the prison", "They played.")
            .inWelsh(new ContentFields.Welsh("Y " + word + " yn ymweld â'r carchar", "Crynodeb yn Gymraeg.", "Fe wnaethon nhw **chwarae**.")));
        mvc.perform(get(item.href()).param("lang", "cy")).andExpect(status().isOk())
            .andExpect(content().string(allOf(containsString("<html lang=\"cy\""),
                    containsString("<h1 id=\"item-title\">Y " + word + " yn ymweld â&#39;r carchar</h1>"),
                    containsString("<p class=\"lead\">Crynodeb yn Gymraeg.</p>"), containsString("<strong>chwarae</strong>"),
                    containsString("<meta property=\"og:title\" content=\"Y " + word), containsString("Newyddion a blogiau"),
                    containsString("Gan A Writer"), not(containsString("??")), not(containsString("Orchestra visits")))));
        mvc.perform(get(item.href()).param("lang", "en")).andExpect(status().isOk())
            .andExpect(content().string(allOf(containsString("<h1 id=\"item-title\">Orchestra visits the prison</h1>"),
                    containsString("By A Writer"), containsString("News and blogs"), not(containsString(word)))));
        // so does the feed asked for in Welsh, and not the feed in English
        mvc.perform(get("/news/feed").param("lang", "cy")).andExpect(status().isOk())
            .andExpect(content().string(allOf(containsString(word), containsString("Newyddion | Cynghrair Genedlaethol"))));
        mvc.perform(get("/news/feed")).andExpect(status().isOk())
            .andExpect(content().string(allOf(containsString("Orchestra visits the prison"), not(containsString(word)))));
        // the listing and the home page show the Welsh title too
        mvc.perform(get("/news").param("lang", "cy")).andExpect(status().isOk())
            .andExpect(content().string(allOf(containsString(word), containsString("Dilyn mewn darllenydd ffrydiau"), not(containsString("??")))));
        mvc.perform(get("/").param("lang", "cy")).andExpect(status().isOk())
            .andExpect(content().string(allOf(containsString("Y newyddion diweddaraf"), containsString("Beth allwch chi ei wneud yma"),
                    not(containsString("??")))));
    }

    @Test
    void withoutAWelshVersionTheWelshPageShowsTheEnglishMarkedAsEnglish() throws Exception {
        ContentItem item = published(ContentKind.CASE_STUDY, TestContent.article("Murals on the wing", "Paint everywhere."));
        mvc.perform(get(item.href()).param("lang", "cy")).andExpect(status().isOk())
            .andExpect(content().string(allOf(containsString("<h1 id=\"item-title\" lang=\"en-GB\">Murals on the wing</h1>"),
                    containsString("<div class=\"prose\" lang=\"en-GB\"><p>Paint everywhere.</p>"), containsString("Astudiaethau achos"),
                    containsString("Hafan"), not(containsString("??")))));
        mvc.perform(get("/case-studies").param("lang", "cy")).andExpect(status().isOk())
            .andExpect(content().string(allOf(containsString("lang=\"en-GB\">Murals on the wing</a>"), not(containsString("??")))));
        // the English page has no such marks
        mvc.perform(get(item.href())).andExpect(status().isOk())
            .andExpect(content().string(allOf(containsString("<h1 id=\"item-title\">Murals on the wing</h1>"),
                    containsString("<div class=\"prose\"><p>Paint everywhere.</p>"))));
    }

    @Test
    void theAboutPageHasItsWelshVersion() throws Exception {
        mvc.perform(get("/about").param("lang", "cy")).andExpect(status().isOk())
            .andExpect(content().string(allOf(containsString("<h1 id=\"item-title\">Am y gynghrair</h1>"),
                    containsString("Llyfrgell Dystiolaeth"), not(containsString("??")))));
        mvc.perform(get("/about")).andExpect(status().isOk())
            .andExpect(content().string(containsString("<h1 id=\"item-title\">About the alliance</h1>")));
        // a page beneath it, not yet in Welsh: its English marked, its parent named in Welsh
        mvc.perform(get("/about/governance").param("lang", "cy")).andExpect(status().isOk())
            .andExpect(content().string(allOf(containsString("<a href=\"/about\">Am y gynghrair</a>"),
                    containsString("<h1 id=\"item-title\" lang=\"en-GB\">Governance</h1>"))));
    }

    @Test
    void aSearchFromAWelshPageFindsTheWelshAndStillTheEnglish(@Autowired ContentApi api) throws Exception {
        String welsh = unique("telynores");
        String english = unique("harpist");
        ContentItem item = published(ContentKind.NEWS, TestContent.article("A " + english + " in residence", "She played each week.")
            .inWelsh(new ContentFields.Welsh("Telynores breswyl", "Roedd hi'n chwarae bob wythnos.", "Y " + welsh + " oedd hi.")));
        // an English search knows nothing of the Welsh
        assertThat(api.search(welsh, List.of(), 1, 10).total()).isZero();
        LocaleContextHolder.setLocale(Languages.WELSH);
        try {
            ContentApi.Hits hits = api.search(welsh, List.of(), 1, 10);
            assertThat(hits.total()).isEqualTo(1);
            assertThat(hits.hits().get(0).title()).isEqualTo("Telynores breswyl");
            assertThat(hits.hits().get(0).snippetHtml()).contains("<mark>" + welsh + "</mark>");
            assertThat(hits.hits().get(0).lang()).isNull();
            assertThat(api.search(english, List.of(), 1, 10).total()).isEqualTo(1);
        }
        finally {
            LocaleContextHolder.resetLocaleContext();
        }
        // and through the site search, from a Welsh page
        mvc.perform(get("/search").param("q", welsh).param("lang", "cy")).andExpect(status().isOk())
            .andExpect(content().string(allOf(containsString(item.href()), containsString("Telynores breswyl"),
                    containsString("1 canlyniad"), not(containsString("??")))));
        String other = unique("sculptor");
        ContentItem englishOnly = published(ContentKind.NEWS, TestContent.article("A " + other + " visits", "Stone work."));
        mvc.perform(get("/search").param("q", other).param("lang", "cy")).andExpect(status().isOk())
            .andExpect(content().string(allOf(containsString(englishOnly.href()), containsString("lang=\"en-GB\">A <mark>" + other))));
        mvc.perform(get("/search").param("q", welsh)).andExpect(status().isOk())
            .andExpect(content().string(containsString("Nothing found")));
    }

    @Test
    void theEditorKeepsTheWelshVersionTypedWhenTheFormComesBack() throws Exception {
        TestAccounts.Created editor = accounts.create(Role.MEMBER, Role.EDITOR);
        mvc.perform(post("/admin/content/new").param("kind", "news").with(csrf()).with(editor.login())
                .param("title", "").param("slug", "").param("body", "Text").param("position", "0")
                .param("titleCy", "Teitl wedi'i gadw").param("standfirstCy", "Crynodeb wedi'i gadw").param("bodyCy", "Testun *wedi'i* gadw"))
            .andExpect(status().isOk())
            .andExpect(content().string(allOf(containsString("Enter a title"), containsString("Welsh version (Cymraeg)"),
                    containsString("value=\"Teitl wedi&#39;i gadw\""), containsString("Crynodeb wedi&#39;i gadw</textarea>"),
                    containsString("Testun *wedi&#39;i* gadw</textarea>"), containsString("lang=\"cy\""))));
        // a Welsh text needs a Welsh title, and keeps to the English limits
        mvc.perform(post("/admin/content/new").param("kind", "news").with(csrf()).with(editor.login())
                .param("title", "Fine").param("slug", "").param("body", "Text").param("position", "0")
                .param("standfirstCy", "Crynodeb").param("bodyCy", "x".repeat(100_001)))
            .andExpect(status().isOk())
            .andExpect(content().string(allOf(containsString("Enter the Welsh title, or leave the Welsh version empty"),
                    containsString("Keep the Welsh text under 100,000 characters"))));
        // the editor itself in Welsh, its problems too
        mvc.perform(get("/admin/content/new").param("kind", "opportunities").param("lang", "cy").with(editor.login())).andExpect(status().isOk())
            .andExpect(content().string(allOf(containsString("Fersiwn Cymraeg"), containsString("cyfle newydd"), containsString("Sut i wneud cais"),
                    not(containsString("??")))));
        mvc.perform(post("/admin/content/new").param("kind", "pages").param("lang", "cy").with(csrf()).with(editor.login())
                .param("title", "").param("slug", "nowhere").param("body", "Text").param("position", "0")
                .param("videoUrl", "https://evil.example/v"))
            .andExpect(status().isOk())
            .andExpect(content().string(allOf(containsString("Rhowch deitl"), containsString("gydag un o about, guidance"),
                    containsString("Rhowch gyfeiriad fideo ar"), not(containsString("??")))));
        // the staff pages around the editor are in Welsh too
        mvc.perform(get("/admin/content").param("lang", "cy").with(editor.login())).andExpect(status().isOk())
            .andExpect(content().string(allOf(containsString("Ysgrifennu rhywbeth newydd"), containsString("newyddion newydd"),
                    not(containsString("??")))));
        mvc.perform(get("/admin/content/submissions").param("lang", "cy").with(editor.login())).andExpect(status().isOk())
            .andExpect(content().string(allOf(containsString("Wedi&#39;u rhannu gan aelodau"), not(containsString("??")))));
        mvc.perform(get("/admin").param("lang", "cy").with(editor.login())).andExpect(status().isOk())
            .andExpect(content().string(allOf(containsString("Ysgrifennu a chyhoeddi newyddion"), not(containsString("??")))));
        // saved, the Welsh version is kept with the item and its revision
        String saved = mvc.perform(post("/admin/content/new").param("kind", "news").with(csrf()).with(editor.login())
                .param("title", "Saved in both").param("slug", unique("both")).param("body", "Text").param("position", "0")
                .param("titleCy", "Wedi'i gadw yn y ddwy iaith").param("bodyCy", "<script>alert(1)</script>Testun"))
            .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        mvc.perform(get(saved).with(editor.login())).andExpect(status().isOk())
            .andExpect(content().string(containsString("value=\"Wedi&#39;i gadw yn y ddwy iaith\"")));
        mvc.perform(get(saved + "/revisions/1").param("lang", "cy").with(editor.login())).andExpect(status().isOk())
            .andExpect(content().string(allOf(containsString("Diwygiad 1"), containsString("Adfer y diwygiad hwn"), not(containsString("??")))));
    }

    @Test
    void theWelshBodyIsSanitisedAsTheEnglishIs() {
        ContentItem item = contents.create(ContentKind.NEWS, TestContent.article("Safe", "Text")
            .inWelsh(new ContentFields.Welsh("Diogel", "", "Testun [dolen](javascript:alert(1))\n\n<script>alert(1)</script>")), "Editor");
        assertThat(item.bodyHtmlCy()).doesNotContain("<script").doesNotContain("href=\"javascript").contains("Testun");
        assertThat(item.bodyTextCy()).contains("Testun");
        assertThat(contents.get(item.id()).fields().welsh().title()).isEqualTo("Diogel");
    }

    @Test
    void theSharePageAndTheSharingEmailsAreInWelsh(@Autowired Mailer mailer) throws Exception {
        TestAccounts.Created member = accounts.create(Role.MEMBER);
        mvc.perform(get("/share").param("lang", "cy").with(member.login())).andExpect(status().isOk())
            .andExpect(content().string(allOf(containsString("Rhannu eich gwaith"), containsString("Beth ydych chi&#39;n ei rannu?"),
                    not(containsString("??")))));
        mvc.perform(post("/share").param("lang", "cy").with(csrf()).with(member.login()).param("kind", "").param("title", "")
                .param("body", "")).andExpect(status().isOk())
            .andExpect(content().string(allOf(containsString("Dewiswch beth rydych chi&#39;n ei rannu"), containsString("Rhowch deitl"))));
        // the editors read it on a Welsh page
        mvc.perform(post("/share").with(csrf()).with(member.login()).param("kind", "NEWS").param("title", "Ein côr yn canu")
                .param("body", "Fe wnaethon ni ganu.")).andExpect(status().is3xxRedirection());
        TestAccounts.Created editor = accounts.create(Role.MEMBER, Role.EDITOR);
        String queue = mvc.perform(get("/admin/content/submissions").param("lang", "cy").with(editor.login())).andExpect(status().isOk())
            .andReturn().getResponse().getContentAsString();
        java.util.regex.Matcher link = java.util.regex.Pattern.compile("/admin/content/submissions/\\d+").matcher(queue);
        assertThat(link.find()).isTrue();
        mvc.perform(get(link.group()).param("lang", "cy").with(editor.login())).andExpect(status().isOk())
            .andExpect(content().string(allOf(containsString("Eich penderfyniad"), containsString("Dychwelyd gyda sylwadau"),
                    not(containsString("??")))));
        for (String template : List.of("content-received", "content-accepted", "content-returned", "content-declined", "content-published",
                "content-submitted")) {
            Map<String, String> model = Map.of("name", "Ann", "title", "Ein côr", "id", "7", "comments", "Sylwadau", "href", "/news/x",
                    "member", "Bob", "kind", "Newyddion");
            Mailer.Rendered welsh = mailer.render(template, "Subject", model, Languages.WELSH);
            assertThat(welsh.html()).as(template).contains("Annwyl Ann,").contains("Ein côr").doesNotContain("??").doesNotContain("Hello");
            assertThat(welsh.text()).as(template).contains("Annwyl Ann,").contains("\"Ein côr\"").doesNotContain("??");
            Mailer.Rendered english = mailer.render(template, "Subject", model, Languages.ENGLISH);
            assertThat(english.html()).as(template).contains("Hello Ann,").contains("“Ein côr”");
        }
        assertThat(mailer.render("content-accepted", "Subject", Map.of("name", "Ann", "title", "Ein côr"), Languages.ENGLISH).text())
            .isEqualTo("Hello Ann,\n\nGood news: our editors have accepted \"Ein côr\". They may tidy it up before it goes on the site, "
                    + "and we will email you when it is published.\n");
    }
}
