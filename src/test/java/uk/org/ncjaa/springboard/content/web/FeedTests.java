package uk.org.ncjaa.springboard.content.web;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.Value;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import uk.org.ncjaa.springboard.content.ContentKind;
import uk.org.ncjaa.springboard.content.TestContent;
import uk.org.ncjaa.springboard.content.domain.ContentItem;
import uk.org.ncjaa.springboard.content.domain.Contents;
import uk.org.ncjaa.springboard.support.SpringboardTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The Atom feeds, read by rss-parser (a widely used feed reader library, running in GraalJS) as
 * a feed reader would: titles, links, dates, authors and full text survive, and a reader asking
 * again is told nothing changed.
 */
@SpringboardTest
class FeedTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static Context js;
    private static Value parse;

    @Autowired
    MockMvc mvc;

    @Autowired
    Contents contents;

    @BeforeAll
    static void loadParser() throws IOException {
        String bundle;
        try (InputStream in = FeedTests.class.getResourceAsStream("/feed-parser/feed-parser.js")) {
            if (in == null) {
                throw new IllegalStateException("feed-parser/feed-parser.js is missing from the test resources");
            }
            bundle = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        js = Context.newBuilder("js").option("engine.WarnInterpreterOnly", "false").build();
        js.eval(Source.newBuilder("js", bundle, "feed-parser.js").build());
        parse = js.eval("js", "(xml) => JSON.stringify(parseFeed(xml))");
    }

    @AfterAll
    static void close() {
        if (js != null) {
            js.close();
        }
    }

    @Test
    void aFeedReaderReadsEveryNewItemWithItsTextAndDates() throws Exception {
        ContentItem item = contents.create(ContentKind.NEWS, TestContent.article("Feeds & \"quotes\" <survive>",
                "Body with **bold** & an ampersand."), "Editor");
        contents.publish(item.id(), "Editor");
        MvcResult result = mvc.perform(get("/news/feed")).andExpect(status().isOk()).andReturn();
        assertThat(result.getResponse().getContentType()).startsWith("application/atom+xml");
        JsonNode feed = JSON.readTree(parse.execute(result.getResponse().getContentAsString()).asString());
        assertThat(feed.get("title").asString()).startsWith("News");
        assertThat(feed.get("feedUrl").asString()).isEqualTo("http://localhost:8080/news/feed");
        JsonNode entry = null;
        for (JsonNode candidate : feed.get("items")) {
            if (candidate.get("link").asString().endsWith(item.href())) {
                entry = candidate;
            }
        }
        assertThat(entry).as("the new item is in the feed").isNotNull();
        assertThat(entry.get("title").asString()).isEqualTo("Feeds & \"quotes\" <survive>");
        assertThat(entry.get("id").asString()).isEqualTo("http://localhost:8080" + item.href());
        assertThat(entry.get("author").asString()).isEqualTo("A Writer");
        assertThat(entry.get("content").asString()).contains("<strong>bold</strong> &amp; an ampersand");
        assertThat(entry.get("summary").asString()).isEqualTo("A standfirst about Feeds & \"quotes\" <survive>.");
        assertThat(java.time.Instant.parse(entry.get("isoDate").asString()))
            .isCloseTo(contents.get(item.id()).publishedAt(), org.assertj.core.api.Assertions.within(1, java.time.temporal.ChronoUnit.SECONDS));

        // everything together, and each other kind on its own, parse too
        for (String path : new String[] { "/feed", "/blog/feed", "/case-studies/feed", "/publications/feed", "/opportunities/feed" }) {
            String xml = mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
            assertThat(JSON.readTree(parse.execute(xml).asString()).get("feedUrl").asString()).endsWith(path);
        }
        String all = mvc.perform(get("/feed")).andReturn().getResponse().getContentAsString();
        assertThat(all).contains(item.href());

        // asked again with the date it gave, it answers "not modified"
        String lastModified = result.getResponse().getHeader("Last-Modified");
        mvc.perform(get("/news/feed").header("If-Modified-Since", lastModified)).andExpect(status().isNotModified());
    }

    @Test
    void theParserRejectsABrokenFeed() {
        assertThatThrownBy(() -> parse.execute("<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>x</titl></feed>"))
            .isInstanceOf(PolyglotException.class);
    }
}
