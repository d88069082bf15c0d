package uk.org.ncjaa.springboard.home;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import uk.org.ncjaa.springboard.content.ContentKind;
import uk.org.ncjaa.springboard.content.TestContent;
import uk.org.ncjaa.springboard.content.domain.ContentFields;
import uk.org.ncjaa.springboard.content.domain.ContentImages;
import uk.org.ncjaa.springboard.content.domain.ContentItem;
import uk.org.ncjaa.springboard.content.domain.Contents;
import uk.org.ncjaa.springboard.events.TestEvents;
import uk.org.ncjaa.springboard.events.TicketKind;
import uk.org.ncjaa.springboard.events.domain.Event;
import uk.org.ncjaa.springboard.events.domain.EventCatalogue;
import uk.org.ncjaa.springboard.events.domain.EventDetails;
import uk.org.ncjaa.springboard.events.domain.EventImages;
import uk.org.ncjaa.springboard.support.SpringboardTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SpringboardTest
class HomePageTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Contents contents;

    @Autowired
    ContentImages contentImages;

    @Autowired
    EventCatalogue catalogue;

    @Autowired
    EventImages eventImages;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theLatestNewsUpcomingEventsAndTheCaseStudyShowTheirPicturesSmallLazilyAndDescribedOnlyWhenThatAddsSomething()
            throws Exception {
        ContentItem pictured = publish(ContentKind.NEWS, TestContent.article("Choir news", "A choir sang."));
        contentImages.upload(pictured.id(), png(1200, 800), "Singers in green robes on a prison chapel's steps");
        ContentItem bare = publish(ContentKind.NEWS, TestContent.article("Plain news", "No picture."));
        ContentItem caseStudy = publish(ContentKind.CASE_STUDY, TestContent.article("Printmaking inside", "Prints.")
            .caseStudy("Home Page Arts", null, "Ten women", "They said it helped.", "Written consent", List.of(), true));
        contentImages.upload(caseStudy.id(), png(1200, 800), "Printmaking inside");
        // begun and still going, so it comes first among the upcoming events whatever other tests left
        Event event = catalogue.create(TestEvents.details("Home page course", uk.org.ncjaa.springboard.events.EventKind.TRAINING, 5,
                Map.of(TicketKind.FREE, new EventDetails.Ticket(0, 5)), java.time.Instant.now().plus(java.time.Duration.ofDays(2))),
                true);
        jdbc.update("update event set starts_at = now() - interval '1 day', ends_at = now() + interval '1 day' where id = ?", event.id());
        eventImages.upload(event.id(), png(1600, 900), "People painting a mural together");

        Document home = Jsoup.parse(mvc.perform(get("/")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());

        Element news = item(home, "#news-heading", pictured.href()).selectFirst("img");
        assertThat(news).isNotNull();
        assertThat(news.attr("src")).as("the smallest copy kept").startsWith("/media/content/" + pictured.id() + "/480.png?v=");
        assertThat(news.attr("width")).isEqualTo("480");
        assertThat(news.attr("height")).isEqualTo("320");
        assertThat(news.attr("alt")).isEqualTo("Singers in green robes on a prison chapel's steps");
        assertThat(news.attr("loading")).isEqualTo("lazy");
        assertThat(news.attr("decoding")).isEqualTo("async");
        assertThat(item(home, "#news-heading", bare.href()).select("img")).isEmpty();

        Element course = item(home, "#events-heading", "/events/" + event.slug()).selectFirst("img");
        assertThat(course).isNotNull();
        assertThat(course.attr("src")).isEqualTo("/events/" + event.slug() + "/thumbnail.png");
        assertThat(course.attr("width")).isEqualTo("480");
        assertThat(course.attr("height")).isEqualTo("270");
        assertThat(course.attr("alt")).isEqualTo("People painting a mural together");
        assertThat(course.attr("loading")).isEqualTo("lazy");

        Element featured = home.selectFirst("section[aria-labelledby=case-heading]");
        assertThat(featured.selectFirst("h2 a").attr("href")).isEqualTo(caseStudy.href());
        Element study = featured.selectFirst("img");
        assertThat(study).isNotNull();
        assertThat(study.attr("src")).startsWith("/media/content/" + caseStudy.id() + "/480.png?v=");
        assertThat(study.hasAttr("alt")).isTrue();
        assertThat(study.attr("alt")).as("its description only says the title again").isEmpty();
        assertThat(study.attr("loading")).isEqualTo("lazy");
        assertThat(study.attr("width")).isEqualTo("480");
        assertThat(study.attr("height")).isEqualTo("320");
    }

    private ContentItem publish(ContentKind kind, ContentFields fields) {
        ContentItem item = contents.create(kind, fields, "Home page test");
        return contents.publish(item.id(), "Home page test");
    }

    /** The list item under a section's heading that links to {@code href}. */
    private static Element item(Document home, String heading, String href) {
        Element section = home.selectFirst(heading).closest("section");
        Element link = section.selectFirst("li h3 a[href='" + href + "']");
        assertThat(link).as(href + " under " + heading).isNotNull();
        return link.closest("li");
    }

    private static byte[] png(int width, int height) throws Exception {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        image.getGraphics().fillRect(10, 10, width / 2, height / 2);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}
