package uk.org.ncjaa.springboard.events.web;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;

import javax.imageio.ImageIO;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import uk.org.ncjaa.springboard.accounts.Role;
import uk.org.ncjaa.springboard.events.TestEvents;
import uk.org.ncjaa.springboard.events.domain.Event;
import uk.org.ncjaa.springboard.events.domain.EventCatalogue;
import uk.org.ncjaa.springboard.events.domain.EventImages;
import uk.org.ncjaa.springboard.support.SpringboardTest;
import uk.org.ncjaa.springboard.support.TestAccounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SpringboardTest
class EventPictureTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    EventCatalogue catalogue;

    @Autowired
    TestAccounts accounts;

    @Autowired
    EventImages images;

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @Test
    void aPictureNeedsItsDescriptionIsRedrawnAsPngAndShownWithIt() throws Exception {
        Event event = TestEvents.free(catalogue, "Pictured", 10);
        TestAccounts.Created editor = accounts.create(Role.MEMBER, Role.EDITOR);
        MockMultipartFile jpeg = new MockMultipartFile("image", "photo.jpg", "image/jpeg", image("jpeg", 1600, 900));

        mvc.perform(multipart("/admin/events/" + event.id() + "/image").file(jpeg).with(csrf()).with(editor.login()).param("alt", " "))
            .andExpect(status().is3xxRedirection())
            .andExpect(flash().attribute("imageProblem", containsString("Describe the picture")));
        mvc.perform(multipart("/admin/events/" + event.id() + "/image")
                .file(new MockMultipartFile("image", "notes.png", "image/png", "<script>alert(1)</script>".getBytes()))
                .with(csrf()).with(editor.login()).param("alt", "A workshop"))
            .andExpect(flash().attribute("imageProblem", containsString("not an image we can read")))
            .andExpect(flash().attribute("imageAlt", "A workshop"));
        mvc.perform(get("/events/" + event.slug() + "/image.png")).andExpect(status().isNotFound());

        mvc.perform(multipart("/admin/events/" + event.id() + "/image").file(jpeg).with(csrf()).with(editor.login())
                .param("alt", "Participants <rehearsing> in a prison chapel"))
            .andExpect(status().is3xxRedirection());
        byte[] png = mvc.perform(get("/events/" + event.slug() + "/image.png")).andExpect(status().isOk())
            .andExpect(content().contentType("image/png")).andReturn().getResponse().getContentAsByteArray();
        BufferedImage served = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(served.getWidth()).isEqualTo(1200);
        assertThat(served.getHeight()).isEqualTo(675);
        mvc.perform(get("/events/" + event.slug())).andExpect(status().isOk())
            .andExpect(content().string(containsString("alt=\"Participants &lt;rehearsing&gt; in a prison chapel\"")));

        mvc.perform(post("/admin/events/" + event.id() + "/image/delete").with(csrf()).with(editor.login()))
            .andExpect(status().is3xxRedirection());
        mvc.perform(get("/events/" + event.slug())).andExpect(content().string(not(containsString("image.png"))));
    }

    @Test
    void theListShowsEachPictureSmallDescribedOnlyWhenTheDescriptionTellsMoreThanTheTitle() throws Exception {
        TestAccounts.Created editor = accounts.create(Role.MEMBER, Role.EDITOR);
        Event described = TestEvents.free(catalogue, "Described", 10);
        Event repeated = TestEvents.free(catalogue, "Forum meeting", 10);
        Event bare = TestEvents.free(catalogue, "Bare", 10);
        MockMultipartFile jpeg = new MockMultipartFile("image", "photo.jpg", "image/jpeg", image("jpeg", 1600, 900));
        mvc.perform(multipart("/admin/events/" + described.id() + "/image").file(jpeg).with(csrf()).with(editor.login())
                .param("alt", "Participants <rehearsing> in a prison chapel"));
        mvc.perform(multipart("/admin/events/" + repeated.id() + "/image").file(jpeg).with(csrf()).with(editor.login())
                .param("alt", "A photo of the forum meeting"));

        // the list's copy is 480 pixels wide, not the picture's 1,200
        assertThat(size("/events/" + described.slug() + "/thumbnail.png")).containsExactly(480, 270);
        Document list = Jsoup.parse(mvc.perform(get("/events")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        Element picture = item(list, described).selectFirst("img");
        assertThat(picture).isNotNull();
        assertThat(picture.attr("src")).isEqualTo("/events/" + described.slug() + "/thumbnail.png");
        assertThat(picture.attr("alt")).as("it tells what the title does not").isEqualTo("Participants <rehearsing> in a prison chapel");
        assertThat(picture.attr("width")).isEqualTo("480");
        assertThat(picture.attr("height")).isEqualTo("270");
        assertThat(picture.attr("loading")).isEqualTo("lazy");
        assertThat(picture.attr("decoding")).isEqualTo("async");
        Element decoration = item(list, repeated).selectFirst("img");
        assertThat(decoration).isNotNull();
        assertThat(decoration.hasAttr("alt")).isTrue();
        assertThat(decoration.attr("alt")).as("a description that only says the title again is not read twice").isEmpty();
        assertThat(item(list, bare).select("img")).isEmpty();
    }

    @Test
    void aPictureKeptBeforeThereWereSmallCopiesIsServedWholeUntilItsCopyIsDrawn() throws Exception {
        TestAccounts.Created editor = accounts.create(Role.MEMBER, Role.EDITOR);
        Event event = TestEvents.free(catalogue, "Older picture", 10);
        mvc.perform(multipart("/admin/events/" + event.id() + "/image")
                .file(new MockMultipartFile("image", "photo.png", "image/png", image("png", 900, 1200))).with(csrf())
                .with(editor.login()).param("alt", "A tall picture"));
        jdbc.update("update event_image set thumbnail = null where event_id = ?", event.id());
        assertThat(size("/events/" + event.slug() + "/thumbnail.png")).containsExactly(900, 1200);

        assertThat(images.drawMissingThumbnails()).isPositive();
        assertThat(size("/events/" + event.slug() + "/thumbnail.png")).as("a tall picture is as wide as a broad one")
            .containsExactly(480, 640);
        assertThat(images.drawMissingThumbnails()).isZero();
    }

    private int[] size(String path) throws Exception {
        byte[] png = mvc.perform(get(path)).andExpect(status().isOk()).andExpect(content().contentType("image/png")).andReturn()
            .getResponse().getContentAsByteArray();
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        return new int[] { image.getWidth(), image.getHeight() };
    }

    private static Element item(Document list, Event event) {
        Element link = list.selectFirst(".event-list .hit h3 a[href='/events/" + event.slug() + "']");
        assertThat(link).as(event.title() + " in the list").isNotNull();
        return link.closest(".hit");
    }

    private static byte[] image(String format, int width, int height) throws Exception {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        image.setRGB(10, 10, 0xff0000);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, format, out);
        return out.toByteArray();
    }
}
