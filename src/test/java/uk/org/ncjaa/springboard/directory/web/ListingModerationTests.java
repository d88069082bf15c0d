package uk.org.ncjaa.springboard.directory.web;

import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import uk.org.ncjaa.springboard.accounts.Role;
import uk.org.ncjaa.springboard.support.SpringboardTest;
import uk.org.ncjaa.springboard.support.TestAccounts;
import uk.org.ncjaa.springboard.support.TestMail.Inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SpringboardTest
class ListingModerationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestAccounts accounts;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Inbox inbox;

    @Test
    void anOrganisationListsItselfAndAnEditorReturnsThenApprovesIt() throws Exception {
        TestAccounts.Created owner = accounts.createMember();
        TestAccounts.Created editor = accounts.create(Role.EDITOR);
        String name = "Quillstone Arts " + System.nanoTime();
        long id = create(owner, name);
        assertThat(jdbc.queryForObject("select count(*) from account_role where account_id = ? and role = 'ORGANISATION_ADMIN'",
                Long.class, owner.id())).as("the creator becomes the organisation's admin").isOne();

        // nothing is public until an editor approves it
        mvc.perform(get("/directory/" + slug(id))).andExpect(status().isNotFound());

        // bad input: every answer comes back with a message beside the field
        mvc.perform(post("/directory/manage/" + id).with(csrf()).with(owner.login())
                .param("name", name).param("description", "We run <script>alert(1)</script> workshops")
                .param("email", "not-an-email").param("website", "javascript:alert(1)")
                .param("artForms", "music", "no-such-art").param("services[0].url", "ftp://x")
                .param("services[0].description", "A service with no name").param("submit", "submit"))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("Enter an email address like info@example.org")))
            .andExpect(content().string(containsString("Enter a web address starting with https://")))
            .andExpect(content().string(containsString("Choose from the list")))
            .andExpect(content().string(containsString("Give the service a name")))
            .andExpect(content().string(containsString("We run &lt;script&gt;alert(1)&lt;/script&gt; workshops")))
            .andExpect(content().string(containsString("value=\"not-an-email\"")));
        assertThat(state(id)).as("nothing was sent for review").isEqualTo("EDITING");

        mvc.perform(post("/directory/manage/" + id).with(csrf()).with(owner.login())
                .param("name", name).param("description", "We run <b>music</b> workshops in prisons.")
                .param("email", "hello@quillstone.example.org").param("artForms", "music").param("regions", "london")
                .param("deliveryModels", "workshops").param("services[0].name", "Songwriting course")
                .param("locations[0].town", "Leeds").param("locations[0].region", "yorkshire-and-the-humber")
                .param("submit", "submit"))
            .andExpect(redirectedUrl("/directory/manage/" + id));
        assertThat(state(id)).isEqualTo("SUBMITTED");
        MimeMessage toEditor = inbox.awaitOne(editor.email(), "A directory listing to review");
        assertThat(Inbox.body(toEditor)).contains(name).contains("/admin/directory/" + id);

        mvc.perform(get("/admin/directory").with(editor.login())).andExpect(content().string(containsString(name)));
        mvc.perform(get("/admin/directory/" + id).with(editor.login()))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("Songwriting course")))
            .andExpect(content().string(containsString("We run &lt;b&gt;music&lt;/b&gt; workshops")));
        mvc.perform(post("/admin/directory/" + id + "/return").with(csrf()).with(editor.login()).param("comment", " "))
            .andExpect(status().isOk()).andExpect(content().string(containsString("Say what the organisation should change")));
        mvc.perform(post("/admin/directory/" + id + "/return").with(csrf()).with(editor.login())
                .param("comment", "Please describe who takes part."))
            .andExpect(redirectedUrl("/admin/directory"));
        assertThat(state(id)).isEqualTo("RETURNED");
        MimeMessage returned = inbox.awaitOne(owner.email(), "needs some changes");
        assertThat(Inbox.body(returned)).contains("Please describe who takes part.");
        mvc.perform(get("/directory/manage/" + id).with(owner.login())).andExpect(content().string(containsString("Please describe who takes part.")));

        mvc.perform(post("/directory/manage/" + id).with(csrf()).with(owner.login())
                .param("name", name).param("description", "We run music workshops with women in prison.")
                .param("artForms", "music").param("regions", "london").param("services[0].name", "Songwriting course")
                .param("submit", "submit"))
            .andExpect(redirectedUrl("/directory/manage/" + id));
        mvc.perform(post("/admin/directory/" + id + "/approve").with(csrf()).with(editor.login()))
            .andExpect(redirectedUrl("/admin/directory"));
        inbox.awaitOne(owner.email(), "is published");

        mvc.perform(get("/directory/" + slug(id)))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("We run music workshops with women in prison.")))
            .andExpect(content().string(containsString("Last verified by the organisation")));
        mvc.perform(get("/directory").param("q", name))
            .andExpect(content().string(containsString(name)));
        assertThat(jdbc.queryForObject("select changed from directory_revision where listing_id = ? and number = 1", String.class, id))
            .isEqualTo("First publication");

        // a later change leaves the public listing alone until approved, and the review shows only what changed
        mvc.perform(post("/directory/manage/" + id).with(csrf()).with(owner.login())
                .param("name", name).param("description", "We run music and dance workshops with women in prison.")
                .param("artForms", "music", "dance").param("regions", "london").param("services[0].name", "Songwriting course")
                .param("submit", "submit"))
            .andExpect(redirectedUrl("/directory/manage/" + id));
        mvc.perform(get("/directory/" + slug(id)))
            .andExpect(content().string(not(containsString("music and dance workshops"))));
        MvcResult review = mvc.perform(get("/admin/directory/" + id).with(editor.login())).andReturn();
        assertThat(review.getResponse().getContentAsString()).contains("Art forms").contains("Description")
            .doesNotContain("<th scope=\"row\">Regions served</th>");
        mvc.perform(post("/admin/directory/" + id + "/approve").with(csrf()).with(editor.login()));
        mvc.perform(get("/directory/" + slug(id))).andExpect(content().string(containsString("music and dance workshops")));
        assertThat(jdbc.queryForObject("select changed from directory_revision where listing_id = ? and number = 2", String.class, id))
            .isEqualTo("Changed: Description, Art forms");
    }

    @Test
    void oneOrganisationsAdminCannotTouchAnothersListing() throws Exception {
        TestAccounts.Created owner = accounts.createMember();
        TestAccounts.Created other = accounts.createMember();
        long id = create(owner, "Harbourlight Theatre " + System.nanoTime());
        long theirs = create(other, "Other Company " + System.nanoTime());

        mvc.perform(get("/directory/manage/" + id).with(other.login())).andExpect(status().isNotFound());
        mvc.perform(post("/directory/manage/" + id).with(csrf()).with(other.login()).param("name", "Taken over")
                .param("description", "Hijacked")).andExpect(status().isNotFound());
        mvc.perform(post("/directory/manage/" + id + "/verify").with(csrf()).with(other.login())).andExpect(status().isNotFound());
        mvc.perform(post("/directory/manage/" + id + "/invite").with(csrf()).with(other.login()).param("email", "x@example.org"))
            .andExpect(status().isNotFound());
        mvc.perform(get("/directory/manage/" + id + "/logo.png").with(other.login())).andExpect(status().isNotFound());
        assertThat(jdbc.queryForObject("select name from directory_listing where id = ?", String.class, id)).startsWith("Harbourlight");
        assertThat(jdbc.queryForObject("select count(*) from directory_invitation where listing_id = ?", Long.class, id)).isZero();

        // members see only their own listings; editors moderate but do not own
        mvc.perform(get("/directory/manage").with(owner.login()))
            .andExpect(content().string(containsString("Harbourlight Theatre")))
            .andExpect(content().string(not(containsString("Other Company"))));
        mvc.perform(get("/directory/manage/" + theirs).with(owner.login())).andExpect(status().isNotFound());
    }

    @Test
    void aColleagueInvitedByEmailBecomesAnAdminOnlyWithThatAddress() throws Exception {
        TestAccounts.Created owner = accounts.createMember();
        TestAccounts.Created colleague = accounts.createMember();
        TestAccounts.Created stranger = accounts.createMember();
        long id = create(owner, "Fieldfare Dance " + System.nanoTime());

        mvc.perform(post("/directory/manage/" + id + "/invite").with(csrf()).with(owner.login()).param("email", "nope"))
            .andExpect(redirectedUrl("/directory/manage/" + id + "#admins"));
        assertThat(jdbc.queryForObject("select count(*) from directory_invitation where listing_id = ?", Long.class, id)).isZero();
        mvc.perform(post("/directory/manage/" + id + "/invite").with(csrf()).with(owner.login()).param("email", colleague.email()))
            .andExpect(redirectedUrl("/directory/manage/" + id + "#admins"));
        String link = Inbox.link(inbox.awaitOne(colleague.email(), "directory listing"), "/directory/invitations/");

        mvc.perform(post(link).with(csrf()).with(stranger.login()))
            .andExpect(status().isOk()).andExpect(content().string(containsString("This invitation cannot be used")));
        mvc.perform(get("/directory/manage/" + id).with(stranger.login())).andExpect(status().isNotFound());
        mvc.perform(get(link).with(colleague.login())).andExpect(status().isOk());
        mvc.perform(post(link).with(csrf()).with(colleague.login())).andExpect(redirectedUrl("/directory/manage/" + id));
        mvc.perform(get("/directory/manage/" + id).with(colleague.login())).andExpect(status().isOk());
        mvc.perform(post(link).with(csrf()).with(colleague.login()))
            .andExpect(content().string(containsString("This invitation cannot be used")));
    }

    @Test
    void joiningForAnOrganisationStartsItsListing() throws Exception {
        String email = TestAccounts.uniqueEmail("org-joiner");
        String organisation = "Wrenfield Print Studio " + System.nanoTime();
        mvc.perform(post("/join").with(csrf()).with(TestAccounts.fromOwnAddress()).param("name", "Olu Adeyemi").param("email", email)
                .param("password", TestAccounts.PASSWORD).param("privacy", "true").param("registerOrganisation", "true"))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("Enter the organisation&#39;s name to register it in the directory")));
        mvc.perform(post("/join").with(csrf()).with(TestAccounts.fromOwnAddress()).param("name", "Olu Adeyemi").param("email", email)
                .param("password", TestAccounts.PASSWORD).param("privacy", "true").param("registerOrganisation", "true")
                .param("organisation", organisation))
            .andExpect(redirectedUrl("/register/check-email"));
        Long account = jdbc.queryForObject("select id from account where email = ?", Long.class, email);
        assertThat(jdbc.queryForObject("select l.name from directory_listing l join directory_listing_admin a on a.listing_id = l.id"
                + " where a.account_id = ?", String.class, account)).isEqualTo(organisation);
        assertThat(jdbc.queryForObject("select t.kind from membership_term t join member m on m.id = t.member_id where m.account_id = ?",
                String.class, account)).isEqualTo("ORGANISATION");
    }

    private long create(TestAccounts.Created owner, String name) throws Exception {
        MvcResult created = mvc.perform(post("/directory/new").with(csrf()).with(owner.login()).param("name", name)).andReturn();
        String location = created.getResponse().getRedirectedUrl();
        assertThat(location).startsWith("/directory/manage/");
        return Long.parseLong(location.substring("/directory/manage/".length()));
    }

    private String slug(long id) {
        return jdbc.queryForObject("select slug from directory_listing where id = ?", String.class, id);
    }

    private String state(long id) {
        return jdbc.queryForObject("select draft_state from directory_listing where id = ?", String.class, id);
    }
}
