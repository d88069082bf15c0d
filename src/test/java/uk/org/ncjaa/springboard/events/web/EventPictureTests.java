package uk.org.ncjaa.springboard.events.web;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import uk.org.ncjaa.springboard.accounts.Role;
import uk.org.ncjaa.springboard.events.TestEvents;
import uk.org.ncjaa.springboard.events.domain.Event;
import uk.org.ncjaa.springboard.events.domain.EventCatalogue;
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

    private static byte[] image(String format, int width, int height) throws Exception {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        image.setRGB(10, 10, 0xff0000);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, format, out);
        return out.toByteArray();
    }
}
