package uk.org.ncjaa.springboard.content.web;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import uk.org.ncjaa.springboard.content.ContentKind;
import uk.org.ncjaa.springboard.content.TestContent;
import uk.org.ncjaa.springboard.content.domain.ContentFields;
import uk.org.ncjaa.springboard.content.domain.ContentItem;
import uk.org.ncjaa.springboard.content.domain.Contents;
import uk.org.ncjaa.springboard.support.SpringboardTest;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SpringboardTest
class ContentControllerTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Contents contents;

    private ContentItem published(ContentKind kind, ContentFields fields) {
        ContentItem item = contents.create(kind, fields, "Editor");
        return contents.publish(item.id(), "Editor");
    }

    @Test
    void showsAPublishedArticleAtItsDatedAddressWithItsMetadata() throws Exception {
        ContentItem item = published(ContentKind.NEWS, TestContent.article("Choir sings at the Forum", "## What happened\n\nThey sang."));
        mvc.perform(get(item.href())).andExpect(status().isOk())
            .andExpect(content().string(containsString("<h1 id=\"item-title\">Choir sings at the Forum</h1>")))
            .andExpect(content().string(containsString("<h2>What happened</h2>")))
            .andExpect(content().string(containsString("<link rel=\"canonical\" href=\"http://localhost:8080" + item.href() + "\">")))
            .andExpect(content().string(containsString("<meta property=\"og:title\" content=\"Choir sings at the Forum\">")))
            .andExpect(content().string(containsString("<meta property=\"og:type\" content=\"article\">")))
            .andExpect(content().string(containsString("name=\"twitter:card\"")));
        // a wrong month finds the article at its one address
        String wrongMonth = item.href().replaceFirst("/news/(\\d{4})/\\d{2}/", "/news/$1/13/");
        mvc.perform(get(wrongMonth)).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl(item.href()));
        // news is not a blog post
        mvc.perform(get(item.href().replace("/news/", "/blog/"))).andExpect(status().isNotFound());
    }

    @Test
    void draftsAndTakenDownItemsAreNotFound() throws Exception {
        ContentItem draft = contents.create(ContentKind.CASE_STUDY, TestContent.article("Not yet", "Draft text"), "Editor");
        mvc.perform(get(draft.href())).andExpect(status().isNotFound());
        ContentItem gone = published(ContentKind.CASE_STUDY, TestContent.article("Gone soon", "Text"));
        mvc.perform(get(gone.href())).andExpect(status().isOk());
        contents.unpublish(gone.id(), "Editor");
        mvc.perform(get(gone.href())).andExpect(status().isNotFound());
        mvc.perform(get("/case-studies/no-such-case-study")).andExpect(status().isNotFound())
            .andExpect(content().string(not(containsString("Exception"))));
    }

    @Test
    void closedOpportunitiesLeaveTheListingButStayReadable() throws Exception {
        ContentItem open = published(ContentKind.OPPORTUNITY, TestContent.article("Open commission", "Apply")
            .opportunity("commission", "Org", "Leeds", false, LocalDate.now().plusDays(10), "Write to us"));
        ContentItem closed = published(ContentKind.OPPORTUNITY, TestContent.article("Closed commission", "Too late")
            .opportunity("commission", "Org", "Leeds", false, LocalDate.now().minusDays(2), "Write to us"));
        mvc.perform(get("/opportunities").param("type", "commission")).andExpect(status().isOk())
            .andExpect(content().string(containsString(open.href())))
            .andExpect(content().string(not(containsString(closed.href()))));
        mvc.perform(get("/opportunities").param("type", "commission").param("closed", "include"))
            .andExpect(content().string(containsString(closed.href())));
        mvc.perform(get(closed.href())).andExpect(status().isOk())
            .andExpect(content().string(containsString("closed: applications are no longer taken")));
    }

    @Test
    void listingsFilterByArtFormRegionTopicAndYearAndTakeMangledAddresses() throws Exception {
        ContentItem music = published(ContentKind.PUBLICATION, TestContent.article("Music guide", "Text")
            .tagged(List.of("Songwriting"), List.of("music"), List.of(), List.of("wales"))
            .publication("toolkit", "/publications/music.pdf", "ISBN 978-1"));
        ContentItem dance = published(ContentKind.PUBLICATION, TestContent.article("Dance guide", "Text")
            .tagged(List.of(), List.of("dance"), List.of(), List.of("wales")).publication("toolkit", null, null));
        mvc.perform(get("/publications").param("art-form", "music").param("type", "toolkit"))
            .andExpect(content().string(containsString(music.href()))).andExpect(content().string(not(containsString(dance.href()))));
        mvc.perform(get("/publications").param("topic", "songwriting"))
            .andExpect(content().string(containsString(music.href()))).andExpect(content().string(not(containsString(dance.href()))));
        mvc.perform(get("/publications").param("region", "wales").param("year", String.valueOf(java.time.Year.now().getValue())))
            .andExpect(content().string(containsString(music.href()))).andExpect(content().string(containsString(dance.href())));
        mvc.perform(get("/publications").param("year", "1901"))
            .andExpect(content().string(not(containsString(music.href()))));
        // nonsense in the address is ignored, never an error
        mvc.perform(get("/publications").param("year", "'; drop table").param("page", "-4").param("art-form", "<script>")
                .param("topic", "x".repeat(5000))).andExpect(status().isOk());
        // htmx asks for the results alone
        mvc.perform(get("/publications").param("art-form", "music").header("HX-Request", "true"))
            .andExpect(content().string(containsString("id=\"content-results\""))).andExpect(content().string(not(containsString("<html"))));
    }

    @Test
    void pagesSitInANavigableStructure() throws Exception {
        String section = TestContent.slug("about/team");
        ContentItem parent = published(ContentKind.PAGE, ContentFields.titled("Our team", section).written("Who we are", "Text", ""));
        ContentItem child = published(ContentKind.PAGE, ContentFields.titled("Trustees", section + "/trustees").written("The board", "Text", ""));
        mvc.perform(get(parent.href())).andExpect(status().isOk())
            .andExpect(content().string(containsString("In this section")))
            .andExpect(content().string(containsString("href=\"" + child.href() + "\"")));
        mvc.perform(get(child.href())).andExpect(status().isOk())
            .andExpect(content().string(containsString("href=\"/about\"")))
            .andExpect(content().string(containsString("href=\"" + parent.href() + "\"")));
        // the pages every site needs are there from the start
        mvc.perform(get("/privacy")).andExpect(status().isOk()).andExpect(content().string(containsString("Privacy notice")));
        mvc.perform(get("/accessibility")).andExpect(status().isOk()).andExpect(content().string(containsString("(WCAG) 2.2 at level AA")));
    }

    @Test
    void videosLoadOnlyWhenTheVisitorChooses() throws Exception {
        ContentItem item = published(ContentKind.BLOG, TestContent.article("Watch the film", "Text")
            .video("https://www.youtube.com/watch?v=abcDEF12345", "Narrator: hello."));
        mvc.perform(get(item.href())).andExpect(status().isOk())
            .andExpect(content().string(not(containsString("<iframe"))))
            .andExpect(content().string(containsString("Load the video")))
            .andExpect(content().string(containsString("Narrator: hello.")));
        mvc.perform(get(item.href()).param("video", "show"))
            .andExpect(content().string(containsString("src=\"https://www.youtube-nocookie.com/embed/abcDEF12345\"")))
            .andExpect(header().string("Content-Security-Policy", containsString("frame-src https://www.youtube-nocookie.com")));
    }
}
