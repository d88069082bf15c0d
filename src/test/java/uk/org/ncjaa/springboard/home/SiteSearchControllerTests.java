package uk.org.ncjaa.springboard.home;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import uk.org.ncjaa.springboard.content.ContentKind;
import uk.org.ncjaa.springboard.content.TestContent;
import uk.org.ncjaa.springboard.content.domain.ContentItem;
import uk.org.ncjaa.springboard.content.domain.Contents;
import uk.org.ncjaa.springboard.support.SpringboardTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SpringboardTest
class SiteSearchControllerTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Contents contents;

    private ContentItem published(ContentKind kind, String title, String body) {
        ContentItem item = contents.create(kind, TestContent.article(title, body), "Editor");
        return contents.publish(item.id(), "Editor");
    }

    @Test
    void findsEveryKindOfContentGroupedWithCountsAndMarkedSnippets() throws Exception {
        String word = "glockenspiel" + TestContent.slug("x").substring(2, 8).replace("-", "");
        ContentItem news = published(ContentKind.NEWS, "A " + word + " in the chapel", "Text");
        ContentItem caseStudy = published(ContentKind.CASE_STUDY, "Percussion project", "Men played the " + word + " every week.");
        ContentItem page = published(ContentKind.PAGE, "Guide", "About the " + word + ".");
        mvc.perform(get("/search").param("q", word)).andExpect(status().isOk())
            .andExpect(content().string(containsString("3 results")))
            .andExpect(content().string(containsString("News and blogs (1)")))
            .andExpect(content().string(containsString("Case studies (1)")))
            .andExpect(content().string(containsString("Pages (1)")))
            .andExpect(content().string(containsString("Evidence Library (0)")))
            .andExpect(content().string(containsString("href=\"" + news.href() + "\"")))
            .andExpect(content().string(containsString("href=\"" + caseStudy.href() + "\"")))
            .andExpect(content().string(containsString("href=\"" + page.href() + "\"")))
            .andExpect(content().string(containsString("<mark>" + word + "</mark>")));
        // narrowed to one type, with the others still counted
        mvc.perform(get("/search").param("q", word).param("type", "case-studies")).andExpect(status().isOk())
            .andExpect(content().string(containsString("href=\"" + caseStudy.href() + "\"")))
            .andExpect(content().string(not(containsString("href=\"" + news.href() + "\""))))
            .andExpect(content().string(containsString("News and blogs (1)")));
        // htmx gets the results alone
        mvc.perform(get("/search").param("q", word).header("HX-Request", "true"))
            .andExpect(content().string(containsString("id=\"site-results\""))).andExpect(content().string(not(containsString("<html"))));
        // a leading minus leaves words out
        mvc.perform(get("/search").param("q", word + " -chapel"))
            .andExpect(content().string(not(containsString("href=\"" + news.href() + "\""))))
            .andExpect(content().string(containsString("href=\"" + caseStudy.href() + "\"")));
    }

    @Test
    void snippetsMarkEveryFormOfTheWordsAndEscapeTheRest() throws Exception {
        String word = "marimba" + TestContent.slug("x").substring(2, 8).replace("-", "");
        ContentItem news = published(ContentKind.NEWS, "Rehearsals for the " + word + " band",
                "Filler words about the week. ".repeat(10) + "The " + word + " rehearsed every Tuesday.");
        String page = mvc.perform(get("/search").param("q", word + " rehearsal").param("type", "news")).andExpect(status().isOk())
            .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("href=\"" + news.href() + "\"")
            .as("the title, marked where the stemmed words match").contains("<mark>Rehearsals</mark> for the <mark>" + word + "</mark> band")
            .as("the passage of the text where the words are").contains("The <mark>" + word + "</mark> <mark>rehearsed</mark> every Tuesday")
            .doesNotContain("<mark>Filler");
        published(ContentKind.NEWS, "Supper club", "Fish & chips < 5 pounds for the " + word + " players.");
        String escaped = mvc.perform(get("/search").param("q", word + " fish").param("type", "news")).andReturn().getResponse()
            .getContentAsString();
        assertThat(escaped).contains("<mark>Fish</mark> &amp; chips &lt; 5 pounds for the <mark>" + word + "</mark> players")
            .doesNotContain("chips < 5");
    }

    @Test
    void anyQueryGivesResultsOrAHelpfulMessageNeverAnError() throws Exception {
        for (String q : List.of("\"unbalanced quote", "music AND OR NOT", "((((", "-", "*", "prison\" -\"", "<script>alert(1)</script>",
                "\u0000\u0001 control", "ñandú ünïcödé 監獄", "x".repeat(10_000), "a:b OR c~2 ^3 [1 TO 2] /regex/", "")) {
            mvc.perform(get("/search").param("q", q)).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("<script>alert(1)</script>"))))
                .andExpect(content().string(not(containsString("Exception"))));
        }
        mvc.perform(get("/search").param("q", "x".repeat(10_000)))
            .andExpect(content().string(containsString("only the first 500 characters were searched")));
        mvc.perform(get("/search").param("q", "zzqqxxnothing")).andExpect(content().string(containsString("Nothing found")))
            .andExpect(content().string(containsString("Try fewer words")));
        mvc.perform(get("/search").param("q", "music").param("type", "no-such-type").param("page", "-1")).andExpect(status().isOk());
    }
}
