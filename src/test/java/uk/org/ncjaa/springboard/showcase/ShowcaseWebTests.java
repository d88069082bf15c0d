package uk.org.ncjaa.springboard.showcase;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

import uk.org.ncjaa.springboard.directory.Publish;
import uk.org.ncjaa.springboard.directory.domain.Listing;
import uk.org.ncjaa.springboard.directory.domain.Listings;
import uk.org.ncjaa.springboard.showcase.domain.Check;
import uk.org.ncjaa.springboard.showcase.domain.DemoArtworks;
import uk.org.ncjaa.springboard.showcase.domain.Work;
import uk.org.ncjaa.springboard.showcase.domain.WorkStatus;
import uk.org.ncjaa.springboard.showcase.domain.Works;
import uk.org.ncjaa.springboard.shared.files.FileStore;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The showcase end to end over HTTP: an organisation sends a work with its consent, an editor moderates
 * it, the public sees it everywhere it is shown, and a withdrawal takes it from every one of those
 * surfaces at once, its files deleted.
 */
@SpringboardTest
class ShowcaseWebTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestAccounts accounts;

    @Autowired
    Listings listings;

    @Autowired
    Works works;

    @Autowired
    FileStore files;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    uk.org.ncjaa.springboard.support.TestMail.Inbox inbox;

    TestAccounts.Created organisation;
    TestAccounts.Created editor;
    Listing listing;

    @BeforeEach
    void anOrganisationWithAListingAndAnEditor() {
        organisation = accounts.createMember();
        listing = Publish.listing(listings, organisation.id(), Publish.content("Showcase Test Studio " + organisation.id(),
                "Printmaking with women in prison", List.of("visual-arts"), List.of("north-west"), false));
        editor = accounts.create(uk.org.ncjaa.springboard.accounts.Role.MEMBER, uk.org.ncjaa.springboard.accounts.Role.EDITOR);
    }

    static final byte[] PICTURE = DemoArtworks.png(DemoArtworks.Style.BIRDS, 3, 900, 600);

    private MockMultipartHttpServletRequestBuilder picture(String title, String... more) {
        return picture(title, PICTURE, more);
    }

    private MockMultipartHttpServletRequestBuilder picture(String title, byte[] media, String... more) {
        MockMultipartHttpServletRequestBuilder request = multipart("/showcase/submit");
        request.file(new MockMultipartFile("media", "birds.png", "image/png", media));
        request.file(new MockMultipartFile("consentForm", "consent.png", "image/png", DemoArtworks.png(DemoArtworks.Style.PATTERN, 1, 300, 400)));
        java.util.Map<String, String> params = new java.util.LinkedHashMap<>();
        params.put("listingId", String.valueOf(listing.id()));
        params.put("kind", "image");
        params.put("title", title);
        params.put("creditMode", "FIRST_NAME");
        params.put("creditName", "Marcia");
        params.put("artForm", "visual-arts");
        params.put("setting", "adult-prison-women");
        params.put("region", "north-west");
        params.put("year", String.valueOf(LocalDate.now().getYear()));
        params.put("description", "Birds on a wire against a pale sky");
        params.put("makerWords", "The birds are all of us.");
        params.put("consentOnline", "true");
        params.put("involvesVictims", "no");
        params.put("involvesStaff", "no");
        params.put("involvesCurrentCase", "no");
        // each pair given replaces the default; an empty value leaves the field out, as an unticked box is
        for (int i = 0; i + 1 < more.length; i += 2) {
            params.put(more[i], more[i + 1]);
        }
        params.forEach((name, value) -> {
            if (!value.isEmpty()) {
                request.param(name, value);
            }
        });
        return request;
    }

    private Work sent(String title) {
        return works.ownWorks(organisation.id()).stream().filter(w -> w.title().equals(title)).findFirst().orElseThrow();
    }

    private void publish(Work work) throws Exception {
        var request = post("/admin/showcase/works/" + work.id() + "/decision").param("action", "publish").with(editor.login()).with(csrf());
        for (Check check : Check.values()) {
            request.param("checks", check.name());
        }
        mvc.perform(request).andExpect(redirectedUrl("/admin/showcase"));
    }

    @Test
    void aWorkIsSentModeratedShownEverywhereAndWithdrawnFromEverywhere() throws Exception {
        String title = "Birds over the yard " + organisation.id();
        mvc.perform(picture(title).with(organisation.login()).with(csrf())).andExpect(redirectedUrl("/showcase/manage"));
        Work work = sent(title);
        assertThat(work.status()).isEqualTo(WorkStatus.SUBMITTED);

        // nothing is public before moderation; the organisation and editors see the picture to check it
        mvc.perform(get(work.href())).andExpect(status().isNotFound());
        mvc.perform(get(work.href() + "/320.jpg")).andExpect(status().isNotFound());
        mvc.perform(get(work.href() + "/320.jpg").with(organisation.login())).andExpect(status().isOk())
            .andExpect(header().string("Cache-Control", "no-store"));
        mvc.perform(get(work.href() + "/800.jpg").with(editor.login())).andExpect(status().isOk());
        mvc.perform(get("/showcase/manage").with(organisation.login())).andExpect(content().string(containsString(title)))
            .andExpect(content().string(containsString("Waiting for moderation")));

        // the editor must confirm every point of the checklist
        mvc.perform(post("/admin/showcase/works/" + work.id() + "/decision").param("action", "publish").param("checks", "NO_VICTIMS")
            .with(editor.login()).with(csrf())).andExpect(redirectedUrl("/admin/showcase/works/" + work.id()));
        assertThat(works.work(work.id()).status()).isEqualTo(WorkStatus.SUBMITTED);
        publish(work);
        assertThat(uk.org.ncjaa.springboard.support.TestMail.Inbox.body(inbox.awaitOne(organisation.email(), "Published in the showcase")))
            .contains(work.href());

        // shown: its page, the gallery, the feed, the site search, the sitemap, and the home page once featured
        mvc.perform(get(work.href())).andExpect(status().isOk()).andExpect(content().string(containsString("Birds on a wire against a pale sky")))
            .andExpect(content().string(containsString("Picture by Marcia")));
        mvc.perform(get(work.href() + "/320.jpg")).andExpect(status().isOk())
            .andExpect(header().string("Cache-Control", "max-age=60, public"));
        mvc.perform(get("/showcase")).andExpect(content().string(containsString(title)));
        mvc.perform(get("/showcase/feed")).andExpect(content().string(containsString(title)));
        mvc.perform(get("/search").param("q", "Birds over the yard " + organisation.id()))
            .andExpect(content().string(containsString(work.href())));
        mvc.perform(get("/search").param("q", "yard").param("type", "showcase")).andExpect(content().string(containsString(work.href())));
        mvc.perform(get("/sitemap.xml")).andExpect(content().string(containsString(work.href())));
        mvc.perform(post("/admin/showcase/works/" + work.id() + "/feature").param("featured", "true").with(editor.login()).with(csrf()));
        mvc.perform(get("/")).andExpect(content().string(containsString(work.href())));
        var exhibition = works.createExhibition("Test exhibition " + organisation.id(), "An introduction");
        works.editExhibition(exhibition.id(), exhibition.title(), "An introduction", List.of(work.slug()));
        works.publishExhibition(exhibition.id(), true);
        mvc.perform(get(exhibition.href())).andExpect(content().string(containsString(title)));
        mvc.perform(get(exhibition.href() + "/feed")).andExpect(content().string(containsString(title)));
        String imageBase = jdbc.queryForObject("select image_key from showcase_work where id = ?", String.class, work.id());
        assertThat(files.get("showcase", imageBase + "-320.jpg")).isPresent();

        // the organisation withdraws it: gone from every surface at once, pages kept for visitors included
        mvc.perform(post("/showcase/manage/" + work.id() + "/withdraw").with(organisation.login()).with(csrf()))
            .andExpect(redirectedUrl("/showcase/manage"));
        mvc.perform(get(work.href())).andExpect(status().isNotFound());
        mvc.perform(get(work.href() + "/320.jpg")).andExpect(status().isNotFound());
        mvc.perform(get(work.href() + "/320.jpg").with(editor.login())).andExpect(status().isNotFound());
        mvc.perform(get("/showcase")).andExpect(content().string(not(containsString(title))));
        mvc.perform(get("/showcase/feed")).andExpect(content().string(not(containsString(title))));
        mvc.perform(get("/search").param("q", "yard").param("type", "showcase")).andExpect(content().string(not(containsString(work.href()))));
        mvc.perform(get("/sitemap.xml")).andExpect(content().string(not(containsString(work.href()))));
        mvc.perform(get("/")).andExpect(content().string(not(containsString(work.href()))));
        mvc.perform(get(exhibition.href())).andExpect(content().string(not(containsString(title))));
        assertThat(files.get("showcase", imageBase + "-320.jpg")).isEmpty();
        assertThat(files.get("showcase", imageBase + "-1600.jpg")).isEmpty();
        Work gone = works.work(work.id());
        assertThat(gone.status()).isEqualTo(WorkStatus.WITHDRAWN);
        assertThat(gone.title() + gone.description() + gone.makerWords() + gone.creditName()).doesNotContain("Marcia", "Birds");
        assertThat(gone.consentFormKey()).isNull();
    }

    @Test
    void aWelshVisitorSeesTheShowcaseInWelshAndTheEnglishPagesStayAsTheyWere() throws Exception {
        String title = "Welsh birds " + organisation.id();
        mvc.perform(picture(title).with(organisation.login()).with(csrf())).andExpect(redirectedUrl("/showcase/manage"));
        Work work = sent(title);
        mvc.perform(get("/showcase/manage").param("lang", "cy").with(organisation.login()))
            .andExpect(content().string(containsString("Gweithiau a anfonwyd gennych")))
            .andExpect(content().string(containsString("Yn aros i gael ei gymedroli")))
            .andExpect(content().string(not(containsString("??"))));
        publish(work);

        String gallery = mvc.perform(get("/showcase").param("lang", "cy")).andExpect(status().isOk())
            .andReturn().getResponse().getContentAsString();
        assertThat(gallery).contains("<html lang=\"cy\"").contains("<h1>Arddangosfa</h1>").contains("Llun gan Marcia")
            .contains("Hidlo&#39;r gweithiau").contains("Unrhyw ffurf gelf").contains(title).doesNotContain("??")
            .doesNotContain("Show works");
        String page = mvc.perform(get(work.href()).param("lang", "cy")).andExpect(status().isOk())
            .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Am y gwaith").contains("Gwnaed gan").contains("Llun gan Marcia")
            .contains("Dangosir gyda chaniatâd y gwneuthurwr").contains("cysylltwch â&#39;r gynghrair").contains(title + " | Arddangosfa | Springboard")
            .doesNotContain("??").doesNotContain("About the work");
        // the English pages are word for word as before
        mvc.perform(get(work.href()).param("lang", "en")).andExpect(content().string(containsString("Picture by Marcia")))
            .andExpect(content().string(containsString("About the work")))
            .andExpect(content().string(containsString("Shown with the maker&#39;s consent.")))
            .andExpect(content().string(not(containsString("Am y gwaith"))));
        mvc.perform(get("/showcase").param("lang", "en")).andExpect(content().string(containsString("Show works")))
            .andExpect(content().string(containsString("Picture by Marcia")))
            .andExpect(content().string(not(containsString("Arddangosfa"))));

        // the form, and what it refuses, in Welsh
        mvc.perform(get("/showcase/submit").param("lang", "cy").with(organisation.login()))
            .andExpect(content().string(containsString("Anfon gwaith i&#39;r Arddangosfa")))
            .andExpect(content().string(containsString("Caniatâd y gwneuthurwr")))
            .andExpect(content().string(not(containsString("??"))));
        mvc.perform(picture("Gwaith heb ganiatâd", "consentOnline", "").param("lang", "cy").with(organisation.login()).with(csrf()))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("Rhaid i ganiatâd y gwneuthurwr gynnwys dangos y gwaith ar-lein")))
            .andExpect(content().string(containsString("Dewiswch eich ffeiliau eto cyn anfon.")))
            .andExpect(content().string(containsString("value=\"Gwaith heb ganiatâd\"")));

        mvc.perform(get("/admin/showcase").param("lang", "cy").with(editor.login()))
            .andExpect(content().string(containsString("Pob gwaith"))).andExpect(content().string(not(containsString("??"))));
        mvc.perform(get("/admin/showcase/works/" + work.id()).param("lang", "cy").with(editor.login()))
            .andExpect(content().string(containsString("Llun gan Marcia (Enw cyntaf yn unig) · Wedi&#39;i gyhoeddi")))
            .andExpect(content().string(containsString("Ar-lein, dim dyddiad gorffen")))
            .andExpect(content().string(not(containsString("??"))));
        mvc.perform(get("/admin/showcase/works/" + work.id()).param("lang", "en").with(editor.login()))
            .andExpect(content().string(containsString("Picture by Marcia (First name only) · Published")))
            .andExpect(content().string(containsString("Online, no end date")));

        // the site search names the showcase in the page's language
        mvc.perform(get("/search").param("q", title).param("lang", "cy")).andExpect(content().string(containsString(work.href())))
            .andExpect(content().string(containsString("Arddangosfa")));

        // the home page's block follows the page's language
        mvc.perform(post("/admin/showcase/works/" + work.id() + "/feature").param("featured", "true").with(editor.login()).with(csrf()));
        mvc.perform(get("/").param("lang", "cy")).andExpect(content().string(containsString("O&#39;r Arddangosfa")))
            .andExpect(content().string(containsString("Llun gan Marcia")));
        mvc.perform(get("/").param("lang", "en")).andExpect(content().string(containsString("From the showcase")));
    }

    @Test
    void aRefusedFormComesBackWithEverythingTypedAndSaysWhy() throws Exception {
        mvc.perform(picture("Kept title", "involvesVictims", "yes").with(organisation.login()).with(csrf()))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("does not show works that involve victims")))
            .andExpect(content().string(containsString("value=\"Kept title\"")))
            .andExpect(content().string(containsString("Birds on a wire against a pale sky")))
            .andExpect(content().string(containsString("Choose your files again")));
        mvc.perform(picture("Full name", "creditMode", "FULL_NAME", "creditName", "Marcia Example", "makerConfirmedFullName", "true")
            .with(organisation.login()).with(csrf()))
            .andExpect(content().string(containsString("both confirm")));
        mvc.perform(picture("No consent", "consentOnline", "").with(organisation.login()).with(csrf()))
            .andExpect(content().string(containsString("consent must cover showing the work online")));
        mvc.perform(picture("Not a picture", "not a picture".getBytes()).with(organisation.login()).with(csrf()))
            .andExpect(status().isOk()).andExpect(content().string(containsString("not an image we can read")));
        assertThat(works.ownWorks(organisation.id())).isEmpty();
    }

    @Test
    void onlyThoseWhoLookAfterTheOrganisationSeeItsWorksAndConsentForms() throws Exception {
        String title = "Private until published " + organisation.id();
        mvc.perform(picture(title).with(organisation.login()).with(csrf())).andExpect(redirectedUrl("/showcase/manage"));
        Work work = sent(title);
        mvc.perform(get("/showcase/manage/" + work.id() + "/consent-form").with(organisation.login())).andExpect(status().isOk())
            .andExpect(header().string("Cache-Control", "no-store"));
        TestAccounts.Created stranger = accounts.createMember();
        mvc.perform(get("/showcase/manage/" + work.id()).with(stranger.login())).andExpect(status().isNotFound());
        mvc.perform(get("/showcase/manage/" + work.id() + "/consent-form").with(stranger.login())).andExpect(status().isNotFound());
        mvc.perform(post("/showcase/manage/" + work.id() + "/withdraw").with(stranger.login()).with(csrf())).andExpect(status().isNotFound());
        mvc.perform(get(work.href() + "/320.jpg").with(stranger.login())).andExpect(status().isNotFound());
        mvc.perform(get("/showcase/manage").with(stranger.login())).andExpect(content().string(not(containsString(title))));
        // a member with no listing is told how to get one, not shown a form for someone else's organisation
        mvc.perform(get("/showcase/submit").with(stranger.login())).andExpect(content().string(containsString("Register your organisation")));
        mvc.perform(picture("Not theirs").with(stranger.login()).with(csrf()))
            .andExpect(content().string(containsString("Choose an organisation whose Directory listing you look after")));
        assertThat(works.work(work.id()).status()).isEqualTo(WorkStatus.SUBMITTED);
    }

    @Test
    void aReturnedWorkComesBackWithTheReasonAndIsChangedKeepingItsFiles() throws Exception {
        String title = "Returned work " + organisation.id();
        mvc.perform(picture(title).with(organisation.login()).with(csrf())).andExpect(redirectedUrl("/showcase/manage"));
        Work work = sent(title);
        mvc.perform(post("/admin/showcase/works/" + work.id() + "/decision").param("action", "return").param("reason", "")
            .with(editor.login()).with(csrf())).andExpect(redirectedUrl("/admin/showcase/works/" + work.id()));
        mvc.perform(post("/admin/showcase/works/" + work.id() + "/decision").param("action", "return")
            .param("reason", "Please leave the prison's name out of the maker's words").with(editor.login()).with(csrf()))
            .andExpect(redirectedUrl("/admin/showcase"));
        assertThat(uk.org.ncjaa.springboard.support.TestMail.Inbox.body(inbox.awaitOne(organisation.email(), "Changes asked for")))
            .contains("Please leave the prison's name out");
        mvc.perform(get("/showcase/manage").with(organisation.login()))
            .andExpect(content().string(containsString("Returned for changes")))
            .andExpect(content().string(containsString("Please leave the prison")));

        // changed without a new picture: the one sent stays
        String image = jdbc.queryForObject("select image_key from showcase_work where id = ?", String.class, work.id());
        MockMultipartHttpServletRequestBuilder change = multipart("/showcase/manage/" + work.id());
        change.param("listingId", String.valueOf(listing.id())).param("kind", "image").param("title", title)
            .param("creditMode", "INITIALS").param("creditName", "m").param("artForm", "visual-arts")
            .param("setting", "adult-prison-women").param("region", "north-west").param("year", String.valueOf(LocalDate.now().getYear()))
            .param("description", "Birds on a wire against a pale sky").param("makerWords", "The birds are all of us.")
            .param("consentOnline", "true").param("consentHeldByOrganisation", "true").param("involvesVictims", "no")
            .param("involvesStaff", "no").param("involvesCurrentCase", "no");
        mvc.perform(change.with(organisation.login()).with(csrf())).andExpect(redirectedUrl("/showcase/manage"));
        Work changed = works.work(work.id());
        assertThat(changed.status()).isEqualTo(WorkStatus.SUBMITTED);
        assertThat(changed.credit()).isEqualTo("M.");
        assertThat(changed.imageKey()).isEqualTo(image);
        assertThat(files.get("showcase", image + "-800.jpg")).isPresent();
    }

    @Test
    void aVideoComesOnlyFromAnAllowedHostAndLoadsOnlyWhenTheVisitorAsks() throws Exception {
        mvc.perform(picture("Video elsewhere", "kind", "video", "videoAddress", "https://example.org/film.mp4", "transcript", "Words said")
            .with(organisation.login()).with(csrf())).andExpect(content().string(containsString("on YouTube or Vimeo")));
        String title = "Our film " + organisation.id();
        mvc.perform(picture(title, "kind", "video", "videoAddress", "https://www.youtube.com/watch?v=dQw4w9WgXcQ", "transcript",
                "A group dances in a hall; music plays.").with(organisation.login()).with(csrf())).andExpect(redirectedUrl("/showcase/manage"));
        Work work = sent(title);
        assertThat(work.imageKey()).as("a video's picture upload is not kept").isNull();
        publish(work);
        mvc.perform(get(work.href())).andExpect(content().string(not(containsString("<iframe"))))
            .andExpect(content().string(containsString("A group dances in a hall")));
        mvc.perform(get(work.href()).param("video", "show"))
            .andExpect(content().string(containsString("https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ")));
    }

    @Autowired
    uk.org.ncjaa.springboard.newsletter.domain.Campaigns campaigns;

    @Autowired
    uk.org.ncjaa.springboard.newsletter.sending.Sends sends;

    @Test
    void theDigestCarriesOnlyWorksWhoseMakersAgreedAndAWithdrawnWorkLeavesItsArchive() throws Exception {
        String both = "For the newsletter too " + organisation.id();
        String webOnly = "For the website only " + organisation.id();
        mvc.perform(picture(both, "consentNewsletter", "true").with(organisation.login()).with(csrf()));
        mvc.perform(picture(webOnly).with(organisation.login()).with(csrf()));
        Work work = sent(both);
        publish(work);
        publish(sent(webOnly));

        var digest = campaigns.newDigest(editor.id());
        assertThat(campaigns.get(digest.id()).items()).extracting(i -> i.title()).contains(both).doesNotContain(webOnly);
        // sent to nobody (no subscriber is in this region), so that it reaches the archive at once
        campaigns.write(digest.id(), "Showcase digest " + organisation.id(), "Hello", "", null, "no-such-region");
        sends.startNow(digest.id());
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30)).pollInterval(java.time.Duration.ofMillis(50))
            .until(() -> "SENT".equals(jdbc.queryForObject("select status from newsletter_campaign where id = ?", String.class, digest.id())));
        mvc.perform(get("/newsletter/archive/" + digest.id())).andExpect(content().string(containsString(both)));
        mvc.perform(get("/newsletter/archive/" + digest.id() + "/email.html")).andExpect(content().string(containsString(work.href())));

        mvc.perform(post("/admin/showcase/works/" + work.id() + "/withdraw").param("reason", "The maker asked").with(editor.login()).with(csrf()))
            .andExpect(redirectedUrl("/admin/showcase"));
        mvc.perform(get("/newsletter/archive/" + digest.id())).andExpect(status().isOk()).andExpect(content().string(not(containsString(both))));
        mvc.perform(get("/newsletter/archive/" + digest.id() + "/email.html")).andExpect(status().isOk())
            .andExpect(content().string(not(containsString(both)))).andExpect(content().string(not(containsString(work.href()))));
    }

    @Test
    void aWorkLeavesTheSiteWhenItsMakersConsentEnds() throws Exception {
        String title = "Consent until soon " + organisation.id();
        mvc.perform(picture(title, "consentUntil", LocalDate.now().plusDays(10).toString()).with(organisation.login()).with(csrf()))
            .andExpect(redirectedUrl("/showcase/manage"));
        Work work = sent(title);
        publish(work);
        mvc.perform(get(work.href())).andExpect(status().isOk());
        // the days pass: the consent's last day was yesterday
        jdbc.update("update showcase_work set consent_until = ? where id = ?", java.sql.Date.valueOf(works.today().minusDays(1)), work.id());
        // the job's run: the work is withdrawn, and the page kept for visitors is forgotten with it
        assertThat(works.withdrawEndedConsents()).isGreaterThanOrEqualTo(1);
        mvc.perform(get(work.href())).andExpect(status().isNotFound());
        assertThat(works.work(work.id()).status()).isEqualTo(WorkStatus.WITHDRAWN);
        assertThat(works.decisions(work.id())).anySatisfy(d -> assertThat(d.action()).isEqualTo("CONSENT_ENDED"));
        assertThat(uk.org.ncjaa.springboard.support.TestMail.Inbox.body(inbox.awaitOne(organisation.email(), "Taken down from the showcase")))
            .contains(title).contains("consent has ended");
    }
}
