package uk.org.ncjaa.springboard.content.web;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import uk.org.ncjaa.springboard.accounts.Role;
import uk.org.ncjaa.springboard.content.ContentKind;
import uk.org.ncjaa.springboard.content.TestContent;
import uk.org.ncjaa.springboard.content.domain.ContentItem;
import uk.org.ncjaa.springboard.content.domain.ContentStatus;
import uk.org.ncjaa.springboard.content.domain.Contents;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SpringboardTest
class ContentAdminControllerTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestAccounts accounts;

    @Autowired
    Contents contents;

    @Autowired
    uk.org.ncjaa.springboard.content.domain.ContentImages images;

    @Test
    void aFormWithMistakesComesBackWithWhatWasTypedAndEachProblem() throws Exception {
        TestAccounts.Created editor = accounts.create(Role.MEMBER, Role.EDITOR);
        mvc.perform(post("/admin/content/new").param("kind", "opportunities").with(csrf()).with(editor.login())
                .param("title", "").param("slug", "Bad Address!").param("body", "Kept *text*").param("closesOn", "next tuesday")
                .param("artForms", "no-such-art-form").param("related", "https://elsewhere.example/x").param("videoUrl", "https://evil.example/v")
                .param("position", "0"))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("There is a problem")))
            .andExpect(content().string(containsString("Enter a title")))
            .andExpect(content().string(containsString("Enter an address of lower-case letters")))
            .andExpect(content().string(containsString("Enter the closing date as a date")))
            .andExpect(content().string(containsString("Choose art forms from the list")))
            .andExpect(content().string(containsString("Enter addresses on this site")))
            .andExpect(content().string(containsString("Enter the address of a video on")))
            .andExpect(content().string(containsString("Choose the type of opportunity")))
            .andExpect(content().string(containsString("Say how to apply")))
            .andExpect(content().string(containsString("Kept *text*")))
            .andExpect(content().string(containsString("value=\"next tuesday\"")))
            .andExpect(content().string(containsString("value=\"Bad Address!\"")));
    }

    @Test
    void editorsWritePreviewPublishAndRestore() throws Exception {
        TestAccounts.Created editor = accounts.create(Role.MEMBER, Role.EDITOR);
        String slug = TestContent.slug("admin-news");
        String location = mvc.perform(post("/admin/content/new").param("kind", "news").with(csrf()).with(editor.login())
                .param("title", "First version").param("slug", slug).param("standfirst", "Short").param("body", "First **text**")
                .param("topics", "Arts Forum, policy").param("artForms", "music").param("position", "0"))
            .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        ContentItem item = contents.get(id);
        assertThat(item.status()).isEqualTo(ContentStatus.DRAFT);
        assertThat(item.topics()).containsExactly("Arts Forum", "policy");

        // the same address again is refused with a message, not a database error
        mvc.perform(post("/admin/content/new").param("kind", "news").with(csrf()).with(editor.login())
                .param("title", "Copy").param("slug", slug).param("position", "0"))
            .andExpect(status().isOk()).andExpect(content().string(containsString("already has this address")));

        // the live preview renders and sanitises
        mvc.perform(post("/admin/content/preview").with(csrf()).with(editor.login()).header("HX-Request", "true")
                .param("body", "## Heading\n\n<script>alert(1)</script> [x](javascript:alert(1))"))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("<h2>Heading</h2>")))
            .andExpect(content().string(not(containsString("<script"))))
            .andExpect(content().string(not(containsString("href=\"javascript"))))
            .andExpect(content().string(not(containsString("<html"))));
        // and without JavaScript, the preview button re-renders the editor with it and saves nothing
        mvc.perform(post(location).with(csrf()).with(editor.login()).param("action", "preview").param("title", "Changed title")
                .param("slug", slug).param("body", "Previewed *words*").param("position", "0"))
            .andExpect(status().isOk()).andExpect(content().string(containsString("<em>words</em>")));
        assertThat(contents.get(id).title()).isEqualTo("First version");

        mvc.perform(post(location).with(csrf()).with(editor.login()).param("action", "save").param("title", "Second version")
                .param("slug", slug).param("body", "Second text").param("position", "0"))
            .andExpect(status().is3xxRedirection());
        mvc.perform(post(location + "/workflow").with(csrf()).with(editor.login()).param("action", "schedule").param("at", "soon"))
            .andExpect(status().isOk()).andExpect(content().string(containsString("Enter the date and time to publish it")));
        mvc.perform(post(location + "/workflow").with(csrf()).with(editor.login()).param("action", "publish"))
            .andExpect(status().is3xxRedirection());
        item = contents.get(id);
        mvc.perform(get(item.href())).andExpect(status().isOk()).andExpect(content().string(containsString("Second version")));
        mvc.perform(post(location + "/workflow").with(csrf()).with(editor.login()).param("action", "publish"))
            .andExpect(status().isOk()).andExpect(content().string(containsString("It is already published.")));

        mvc.perform(get(location + "/revisions").with(editor.login())).andExpect(status().isOk())
            .andExpect(content().string(containsString("Revision 3"))).andExpect(content().string(containsString("Published")));
        mvc.perform(get(location + "/revisions/1").with(editor.login())).andExpect(status().isOk())
            .andExpect(content().string(containsString("<del><span class=\"visually-hidden\">removed: </span>First</del>"
                    + "<ins><span class=\"visually-hidden\">added: </span>Second</ins> version")));
        mvc.perform(post(location + "/revisions/1/restore").with(csrf()).with(editor.login())).andExpect(status().is3xxRedirection());
        mvc.perform(get(item.href())).andExpect(content().string(containsString("First version")))
            .andExpect(content().string(containsString("<strong>text</strong>")));
        mvc.perform(get(location + "/revisions/99").with(editor.login())).andExpect(status().isNotFound());
    }

    @Test
    void aPictureIsCheckedDrawnAfreshAtSeveralWidthsAndNeverShownWithoutItsDescription() throws Exception {
        TestAccounts.Created editor = accounts.create(Role.MEMBER, Role.EDITOR);
        ContentItem item = contents.create(ContentKind.CASE_STUDY, TestContent.article("Pictured", "Text"), "Editor");
        String base = "/admin/content/" + item.id();
        byte[] png = png(1200, 800);

        mvc.perform(multipart(base + "/image").file(new org.springframework.mock.web.MockMultipartFile("file", "x.png", "image/png", png))
                .param("alt", "").with(csrf()).with(editor.login()))
            .andExpect(status().isOk()).andExpect(content().string(containsString("Describe the picture in a few words")));
        mvc.perform(multipart(base + "/image").file(new org.springframework.mock.web.MockMultipartFile("file", "x.png", "image/png",
                "<script>alert(1)</script>".getBytes())).param("alt", "A choir").with(csrf()).with(editor.login()))
            .andExpect(status().isOk()).andExpect(content().string(containsString("not an image we can read")))
            .andExpect(content().string(containsString("value=\"A choir\"")));
        mvc.perform(multipart(base + "/image").file(new org.springframework.mock.web.MockMultipartFile("file", "x.png", "image/png", png))
                .param("alt", "Twelve women singing").with(csrf()).with(editor.login()))
            .andExpect(status().is3xxRedirection());

        // a draft's picture is for editors only
        mvc.perform(get("/media/content/" + item.id() + "/480.png")).andExpect(status().isNotFound());
        mvc.perform(get("/media/content/" + item.id() + "/480.png").with(editor.login())).andExpect(status().isOk());
        contents.publish(item.id(), "Editor");
        for (int width : new int[] { 480, 960, 1200 }) {
            byte[] served = mvc.perform(get("/media/content/" + item.id() + "/" + width + ".png")).andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.header().string("Cache-Control",
                        containsString("immutable")))
                .andReturn().getResponse().getContentAsByteArray();
            assertThat(javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(served)).getWidth()).isEqualTo(width);
        }
        mvc.perform(get("/media/content/" + item.id() + "/1600.png")).andExpect(status().isNotFound());
        mvc.perform(get(contents.get(item.id()).href())).andExpect(status().isOk())
            .andExpect(content().string(containsString("alt=\"Twelve women singing\"")))
            .andExpect(content().string(containsString("480w")))
            .andExpect(content().string(containsString("1200w")))
            .andExpect(content().string(containsString("property=\"og:image\"")));
        // the listing shows it small, beside the title that says what it is
        mvc.perform(get("/case-studies")).andExpect(status().isOk())
            .andExpect(content().string(containsString("src=\"/media/content/" + item.id() + "/480.png?v=")));
        mvc.perform(post(base + "/image/delete").with(csrf()).with(editor.login())).andExpect(status().is3xxRedirection());
        mvc.perform(get("/media/content/" + item.id() + "/480.png")).andExpect(status().isNotFound());
    }

    @Test
    void picturesForTheTextAreCheckedKeptNoWiderThanTheTextAndPlacedByTheirMarkdown() throws Exception {
        TestAccounts.Created editor = accounts.create(Role.MEMBER, Role.EDITOR);
        ContentItem item = contents.create(ContentKind.NEWS, TestContent.article("Pictures inside", "Text"), "Editor");
        String base = "/admin/content/" + item.id();

        mvc.perform(multipart(base + "/body-images").file(new org.springframework.mock.web.MockMultipartFile("bodyFile", "x.png",
                "image/png", png(2000, 1000))).param("bodyAlt", "").with(csrf()).with(editor.login()))
            .andExpect(status().isOk()).andExpect(content().string(containsString("Describe the picture in a few words")));
        mvc.perform(multipart(base + "/body-images").file(new org.springframework.mock.web.MockMultipartFile("bodyFile", "x.png",
                "image/png", "not a picture".getBytes())).param("bodyAlt", "A [printed] poster").with(csrf()).with(editor.login()))
            .andExpect(status().isOk()).andExpect(content().string(containsString("not an image we can read")))
            .andExpect(content().string(containsString("value=\"A [printed] poster\"")));
        var added = mvc.perform(multipart(base + "/body-images").file(new org.springframework.mock.web.MockMultipartFile("bodyFile",
                "x.png", "image/png", png(2000, 1000))).param("bodyAlt", "A [printed] poster").with(csrf()).with(editor.login()))
            .andExpect(status().is3xxRedirection()).andReturn();
        assertThat((String) added.getFlashMap().get("notice")).contains("![A (printed) poster](/media/content/images/");
        uk.org.ncjaa.springboard.content.domain.ContentImages.BodyImage image = images.bodyImages(item.id()).get(0);
        assertThat(image.width()).as("no wider than the text column").isEqualTo(960);
        mvc.perform(get(base).with(editor.login())).andExpect(content().string(containsString(image.markdown())));

        // placed in the text by its line, shown to the public once the item is published, and not before
        contents.save(item.id(), TestContent.article("Pictures inside", "Before.\n\n" + image.markdown() + "\n\nAfter."), "Editor");
        mvc.perform(get(image.src())).andExpect(status().isNotFound());
        mvc.perform(get(image.src()).with(editor.login())).andExpect(status().isOk());
        ContentItem published = contents.publish(item.id(), "Editor");
        mvc.perform(get(published.href())).andExpect(status().isOk())
            .andExpect(content().string(containsString("src=\"" + image.src() + "\"")))
            .andExpect(content().string(containsString("alt=\"A (printed) poster\"")));
        byte[] served = mvc.perform(get(image.src())).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(served)).getHeight()).isEqualTo(480);

        mvc.perform(post(base + "/body-images/" + image.id() + "/delete").with(csrf()).with(editor.login()))
            .andExpect(status().is3xxRedirection());
        mvc.perform(get(image.src())).andExpect(status().isNotFound());
    }

    private static byte[] png(int width, int height) throws java.io.IOException {
        java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(width, height, java.awt.image.BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D g = image.createGraphics();
        g.setColor(java.awt.Color.ORANGE);
        g.fillRect(0, 0, width / 2, height);
        g.dispose();
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}
