package uk.org.ncjaa.springboard.shared.web;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.util.List;

import javax.imageio.ImageIO;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import uk.org.ncjaa.springboard.directory.Publish;
import uk.org.ncjaa.springboard.directory.domain.Listing;
import uk.org.ncjaa.springboard.directory.domain.Listings;
import uk.org.ncjaa.springboard.events.TestEvents;
import uk.org.ncjaa.springboard.events.domain.Event;
import uk.org.ncjaa.springboard.events.domain.EventCatalogue;
import uk.org.ncjaa.springboard.events.domain.EventImages;
import uk.org.ncjaa.springboard.evidence.imports.EvidenceImport;
import uk.org.ncjaa.springboard.support.SpringboardTest;
import uk.org.ncjaa.springboard.support.TestAccounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/** What each public page type tells search engines and link previews about itself, read from its head. */
@SpringboardTest
class PageMetaTests {

    private static final String BASE = "http://localhost:8080";

    @Autowired
    MockMvc mvc;

    @Autowired
    EvidenceImport importer;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    EventCatalogue catalogue;

    @Autowired
    EventImages images;

    @Autowired
    Listings listings;

    @Autowired
    TestAccounts accounts;

    @Test
    void anEvidenceEntryDescribesItselfFromItsSummary() throws Exception {
        String title = "Singing through the sentence " + System.nanoTime();
        importer.run(new StringReader("title\tauthors\tyear\tpublisher_or_org\tdoc_type\tart_form\tsetting\tsummary\n" + title
                + "\tAda Example\t2022\tLinnet Theatre\tevaluation report\tmusic\tprison\tA choir in a prison,   and what it changed.\n"), true);
        String slug = jdbc.queryForObject("select slug from evidence_entry where title = ?", String.class, title);

        Document head = head("/evidence/" + slug);
        assertMeta(head, title, "A choir in a prison, and what it changed.", BASE + "/evidence/" + slug, "article");
        assertThat(head.select("meta[property=og:image]")).isEmpty();
    }

    @Test
    void anEventDescribesItselfWithItsSummaryAndPicture() throws Exception {
        Event event = TestEvents.free(catalogue, "Meta workshop", 10);
        String href = BASE + "/events/" + event.slug();
        assertMeta(head("/events/" + event.slug()), event.title(), "A test event.", href, "article");
        assertThat(head("/events/" + event.slug()).select("meta[property=og:image]")).as("no picture yet").isEmpty();

        images.upload(event.id(), png(), "People singing in a hall");
        Document head = head("/events/" + event.slug());
        assertThat(head.select("meta[property=og:image]").attr("content")).isEqualTo(href + "/image.png");
        assertThat(head.select("meta[name=twitter:card]").attr("content")).isEqualTo("summary_large_image");
    }

    @Test
    void aDirectoryListingDescribesItselfWithItsDescriptionAndLogo() throws Exception {
        String name = "Meta Arts " + System.nanoTime();
        Listing listing = Publish.listing(listings, accounts.createMember().id(), Publish.content(name,
                "We run music workshops.\n\nIn prisons.", List.of("music"), List.of("london"), false));
        String href = BASE + "/directory/" + listing.slug();
        assertMeta(head("/directory/" + listing.slug()), name, "We run music workshops. In prisons.", href, "website");
        assertThat(head("/directory/" + listing.slug()).select("meta[property=og:image]")).isEmpty();

        jdbc.update("insert into directory_logo (listing_id, pending, image, width, height, uploaded_at) values (?, false, ?, 8, 8, now())",
                listing.id(), png());
        assertThat(head("/directory/" + listing.slug()).select("meta[property=og:image]").attr("content")).isEqualTo(href + "/logo.png");
    }

    @Test
    void searchPagesNameThemselvesWithoutTheirQueryString() throws Exception {
        for (String section : new String[] { "/evidence", "/events", "/directory" }) {
            String query = section.equals("/events") ? "?when=past&online=yes" : "?q=music&art=theatre&page=2&sort=newest";
            Document head = head(section + query);
            assertThat(head.select("link[rel=canonical]").attr("href")).as(section).isEqualTo(BASE + section);
            assertThat(head.select("meta[property=og:url]").attr("content")).as(section).isEqualTo(BASE + section);
            assertThat(head.select("meta[property=og:type]").attr("content")).as(section).isEqualTo("website");
            assertThat(head.select("meta[property=og:title]").attr("content")).as(section).isNotBlank();
            String description = head.select("meta[name=description]").attr("content");
            assertThat(description).as(section).isEqualTo(head.select("meta[property=og:description]").attr("content"))
                .doesNotStartWith("Springboard: the network");
        }
    }

    private static void assertMeta(Document head, String title, String description, String canonical, String type) {
        assertThat(head.select("meta[property=og:title]").attr("content")).isEqualTo(title);
        assertThat(head.select("meta[property=og:description]").attr("content")).isEqualTo(description);
        assertThat(head.select("meta[name=description]").attr("content")).isEqualTo(description);
        assertThat(head.select("meta[property=og:url]").attr("content")).isEqualTo(canonical);
        assertThat(head.select("link[rel=canonical]")).hasSize(1);
        assertThat(head.select("link[rel=canonical]").attr("href")).isEqualTo(canonical);
        assertThat(head.select("meta[property=og:type]").attr("content")).isEqualTo(type);
    }

    private Document head(String path) throws Exception {
        String html = mvc.perform(get(path)).andReturn().getResponse().getContentAsString();
        Document page = Jsoup.parse(html);
        assertThat(page.title()).as(path + " rendered").isNotBlank();
        return page;
    }

    private static byte[] png() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB), "png", out);
        return out.toByteArray();
    }
}
