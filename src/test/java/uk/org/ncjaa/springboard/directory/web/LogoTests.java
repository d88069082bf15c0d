package uk.org.ncjaa.springboard.directory.web;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;

import javax.imageio.ImageIO;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import uk.org.ncjaa.springboard.accounts.Role;
import uk.org.ncjaa.springboard.directory.Publish;
import uk.org.ncjaa.springboard.directory.domain.Listing;
import uk.org.ncjaa.springboard.directory.domain.Listings;
import uk.org.ncjaa.springboard.support.SpringboardTest;
import uk.org.ncjaa.springboard.support.TestAccounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SpringboardTest
class LogoTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestAccounts accounts;

    @Autowired
    Listings listings;

    @Test
    void aLogoIsReencodedAndWaitsForAnEditorBeforeItShows() throws Exception {
        TestAccounts.Created owner = accounts.createMember();
        TestAccounts.Created editor = accounts.create(Role.EDITOR);
        Listing listing = Publish.listing(listings, owner.id(), Publish.content("Logo Arts " + System.nanoTime(), "Art",
                List.of("music"), List.of("london"), false));
        byte[] jpeg = image(800, 400, BufferedImage.TYPE_INT_RGB, "jpeg");

        mvc.perform(multipart("/directory/manage/" + listing.id() + "/logo").file(new MockMultipartFile("logo", "logo.jpg",
                "image/jpeg", jpeg)).with(csrf()).with(owner.login()))
            .andExpect(flash().attributeExists("changed"));
        mvc.perform(get("/directory/" + listing.slug() + "/logo.png")).andExpect(status().isNotFound());
        byte[] pending = mvc.perform(get("/directory/manage/" + listing.id() + "/logo.png").with(owner.login()))
            .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        BufferedImage stored = ImageIO.read(new ByteArrayInputStream(pending));
        assertThat(pending).as("stored as PNG, whatever was sent").startsWith(0x89, 'P', 'N', 'G');
        assertThat(stored.getWidth()).as("scaled to fit 400 pixels").isEqualTo(400);
        assertThat(stored.getHeight()).isEqualTo(200);

        // the logo goes live with the organisation's next approved change
        listings.save(owner.id(), listing.id(), listing.working());
        listings.submit(owner.id(), listing.id());
        mvc.perform(get("/admin/directory/" + listing.id() + "/logo.png").with(editor.login())).andExpect(status().isOk());
        mvc.perform(post("/admin/directory/" + listing.id() + "/approve").with(csrf()).with(editor.login()));
        mvc.perform(get("/directory/" + listing.slug() + "/logo.png")).andExpect(status().isOk());
    }

    @Test
    void searchResultsShowAnApprovedLogoBesideTheNameAsDecorationAndNothingForAListingWithout() throws Exception {
        String marker = "zl" + Long.toString(System.nanoTime(), 36);
        TestAccounts.Created owner = accounts.createMember();
        TestAccounts.Created editor = accounts.create(Role.EDITOR);
        Listing pictured = Publish.listing(listings, owner.id(), Publish.content("Pictured Arts", marker + " with a logo",
                List.of("music"), List.of("london"), false));
        Listing plain = Publish.listing(listings, owner.id(), Publish.content("Plain Arts", marker + " without one",
                List.of("music"), List.of("london"), false));
        // a logo twice as wide as high, kept at 400 by 200: shown 120 by 60, the width of its box
        mvc.perform(multipart("/directory/manage/" + pictured.id() + "/logo").file(new MockMultipartFile("logo", "logo.jpg",
                "image/jpeg", image(800, 400, BufferedImage.TYPE_INT_RGB, "jpeg"))).with(csrf()).with(owner.login()));
        assertThat(results(marker).select(".hits img")).as("a logo waiting for an editor is not shown").isEmpty();
        listings.save(owner.id(), pictured.id(), pictured.working());
        listings.submit(owner.id(), pictured.id());
        mvc.perform(post("/admin/directory/" + pictured.id() + "/approve").with(csrf()).with(editor.login()));

        Document page = results(marker);
        Element logo = hit(page, pictured).selectFirst("img");
        assertThat(logo).isNotNull();
        assertThat(logo.attr("src")).isEqualTo("/directory/" + pictured.slug() + "/logo.png");
        assertThat(logo.hasAttr("alt")).isTrue();
        assertThat(logo.attr("alt")).as("the name beside it says whose logo it is").isEmpty();
        assertThat(logo.attr("width")).isEqualTo("120");
        assertThat(logo.attr("height")).isEqualTo("60");
        assertThat(logo.attr("loading")).isEqualTo("lazy");
        assertThat(logo.attr("decoding")).isEqualTo("async");
        assertThat(hit(page, plain).select("img")).as("no empty box for a listing without a logo").isEmpty();
        Document fragment = Jsoup.parse(mvc.perform(get("/directory").param("q", marker).header("HX-Request", "true"))
            .andReturn().getResponse().getContentAsString());
        Element inFragment = hit(fragment, pictured).selectFirst("img");
        assertThat(inFragment).as("the htmx results show it too").isNotNull();
        assertThat(inFragment.attr("alt")).isEmpty();
        assertThat(inFragment.attr("width")).isEqualTo("120");
    }

    private Document results(String words) throws Exception {
        return Jsoup.parse(mvc.perform(get("/directory").param("q", words)).andExpect(status().isOk()).andReturn().getResponse()
            .getContentAsString());
    }

    private static Element hit(Document page, Listing listing) {
        Element link = page.selectFirst(".hits .hit h3 a[href='/directory/" + listing.slug() + "']");
        assertThat(link).as(listing.slug() + " in the results").isNotNull();
        return link.closest(".hit");
    }

    @Test
    void anythingButASmallEnoughImageIsRefusedWithAReason() throws Exception {
        TestAccounts.Created owner = accounts.createMember();
        Listing listing = listings.create(owner.id(), Publish.content("Refused Logos " + System.nanoTime(), "Art", List.of(),
                List.of(), false));
        String path = "/directory/manage/" + listing.id() + "/logo";

        mvc.perform(multipart(path).file(new MockMultipartFile("logo", "logo.png", "image/png",
                "<svg onload=alert(1)>".getBytes())).with(csrf()).with(owner.login()))
            .andExpect(flash().attribute("logoProblem", "That file is not an image we can read: upload a PNG, JPEG or GIF"));
        mvc.perform(multipart(path).file(new MockMultipartFile("logo", "big.png", "image/png", new byte[2 * 1024 * 1024 + 1]))
                .with(csrf()).with(owner.login()))
            .andExpect(flash().attribute("logoProblem", "The image is larger than 2 MB: save a smaller copy and try again"));
        // a small file that claims a vast picture is refused from its header, before it is decoded
        byte[] vast = image(6000, 5000, BufferedImage.TYPE_BYTE_BINARY, "png");
        assertThat(vast.length).isLessThan(2 * 1024 * 1024);
        mvc.perform(multipart(path).file(new MockMultipartFile("logo", "vast.png", "image/png", vast)).with(csrf()).with(owner.login()))
            .andExpect(flash().attribute("logoProblem", "The image is too large in pixels: make it smaller than 5000 by 5000 and try again"));
        mvc.perform(multipart(path).with(csrf()).with(owner.login()))
            .andExpect(flash().attribute("logoProblem", "Choose an image file to upload"));
        mvc.perform(get("/directory/manage/" + listing.id() + "/logo.png").with(owner.login())).andExpect(status().isNotFound());
    }

    private static byte[] image(int width, int height, int type, String format) throws Exception {
        BufferedImage image = new BufferedImage(width, height, type);
        image.getGraphics().fillRect(10, 10, width / 2, height / 2);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, format, out);
        return out.toByteArray();
    }
}
