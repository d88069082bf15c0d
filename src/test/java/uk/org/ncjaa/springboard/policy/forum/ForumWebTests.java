package uk.org.ncjaa.springboard.policy.forum;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import uk.org.ncjaa.springboard.accounts.Role;
import uk.org.ncjaa.springboard.support.SpringboardTest;
import uk.org.ncjaa.springboard.support.TestAccounts;
import uk.org.ncjaa.springboard.support.TestMail.Inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The forum over HTTP: what the public, forum members, network members and staff each see and do. */
@SpringboardTest
class ForumWebTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestAccounts accounts;

    @Autowired
    Forum forum;

    @Autowired
    Proposals proposals;

    @Autowired
    ForumJobs jobs;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Inbox inbox;

    private Meeting pastMeeting(String title) throws Exception {
        Meeting m = forum.createMeeting(title, Instant.now().minus(Duration.ofDays(100)), "Leeds", "A chair", null);
        forum.addPaper(m.id(), "Open paper " + title, LocalDate.now().minusDays(1), false,
                new java.io.ByteArrayInputStream(DemoForum.pdf("open")), "open.pdf");
        forum.addPaper(m.id(), "Secret paper " + title, LocalDate.now().minusDays(1), true,
                new java.io.ByteArrayInputStream(DemoForum.pdf("secret")), "secret.pdf");
        forum.addPaper(m.id(), "Later paper " + title, LocalDate.now().plusDays(10), false,
                new java.io.ByteArrayInputStream(DemoForum.pdf("later")), "later.pdf");
        forum.draftMinutes(m.id(), "Draft words nobody outside reads");
        return m;
    }

    @Test
    void thePublicSeesNeitherMembersOnlyPapersNorDraftMinutes() throws Exception {
        Meeting m = pastMeeting("Web past meeting");
        mvc.perform(get(m.path()))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("Open paper Web past meeting")))
            .andExpect(content().string(not(containsString("Secret paper"))))
            .andExpect(content().string(not(containsString("Later paper"))))
            .andExpect(content().string(not(containsString("Draft words nobody outside reads"))));
        long secret = forum.papers(m.id()).stream().filter(p -> p.membersOnly()).findFirst().orElseThrow().id();
        long open = forum.papers(m.id()).stream().filter(p -> p.title().startsWith("Open")).findFirst().orElseThrow().id();
        mvc.perform(get(m.path() + "/papers/" + secret)).andExpect(status().isNotFound());
        mvc.perform(get(m.path() + "/papers/" + open)).andExpect(status().isOk())
            .andExpect(result -> assertThat(result.getResponse().getContentType()).isEqualTo("application/pdf"));

        // a network member who is not on the forum is told the members' view does not exist
        TestAccounts.Created member = accounts.createMember();
        mvc.perform(get(m.path() + "/members").with(member.login())).andExpect(status().isNotFound());
        mvc.perform(get(m.path() + "/papers/" + secret).with(member.login())).andExpect(status().isNotFound());

        // a forum member reads it all
        TestAccounts.Created onForum = accounts.createMember();
        forum.addMember("Forum Person", onForum.email(), "HMPPS");
        mvc.perform(get(m.path() + "/members").with(onForum.login()))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("Secret paper Web past meeting")))
            .andExpect(content().string(containsString("Draft words nobody outside reads")));
        mvc.perform(get(m.path() + "/papers/" + secret).with(onForum.login())).andExpect(status().isOk());

        // once approved and published, the minutes are public
        forum.approveMinutesByCorrespondence(m.id());
        mvc.perform(get(m.path())).andExpect(content().string(not(containsString("Draft words nobody outside reads"))));
        forum.publishMinutes(m.id());
        mvc.perform(get(m.path())).andExpect(content().string(containsString("Draft words nobody outside reads")));
        mvc.perform(get("/policy")).andExpect(status().isOk()).andExpect(content().string(containsString("Minutes of the Arts Forum: Web past meeting")));
        mvc.perform(get("/policy/feed")).andExpect(status().isOk()).andExpect(content().string(containsString("Web past meeting")));
        mvc.perform(get("/search").param("q", "draft words nobody").param("type", "policy"))
            .andExpect(status().isOk()).andExpect(content().string(containsString("Web past meeting")));
    }

    @Test
    void actionsAreCarriedAndTheLogShowsOnlyThoseOfPublishedMinutes() throws Exception {
        Meeting first = forum.createMeeting("Carry first", Instant.now().minus(Duration.ofDays(200)), "York", "Chair", null);
        Meeting second = forum.createMeeting("Carry second", Instant.now().plus(Duration.ofDays(200)), "York", "Chair", null);
        Action carried = forum.addAction(first.id(), "Carried action text", "HMPPS", null, second.id(), null);
        Action dropped = forum.addAction(first.id(), "Dropped action text", "MoJ", null, null, LocalDate.now().minusDays(3));
        mvc.perform(post("/admin/policy/forum/actions/" + dropped.id()).with(csrf()).with(editor().login())
                .param("status", "DROPPED").param("reason", ""))
            .andExpect(status().is3xxRedirection());
        assertThat(forum.action(dropped.id()).status()).isEqualTo(Action.Status.OPEN);

        mvc.perform(get(second.path())).andExpect(content().string(not(containsString("Carried action text"))));
        forum.draftMinutes(first.id(), "Minutes");
        forum.approveMinutesByCorrespondence(first.id());
        forum.publishMinutes(first.id());
        mvc.perform(get(second.path())).andExpect(content().string(containsString("Carried action text")));
        mvc.perform(get("/policy/arts-forum/actions"))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("Carried action text")))
            .andExpect(content().string(containsString("Dropped action text")))
            .andExpect(content().string(containsString("(MoJ, due ")));
        assertThat(carried.id()).isNotNull();
    }

    @Test
    void aMemberProposesSeesErrorsAndReadsTheDeclineReason() throws Exception {
        TestAccounts.Created member = accounts.createMember();
        mvc.perform(get("/policy/arts-forum/propose")).andExpect(status().is3xxRedirection());
        mvc.perform(post("/policy/arts-forum/propose").with(csrf()).with(member.login()).param("title", "").param("why", "Kept <why>"))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("Say in a few words what the issue is")))
            .andExpect(content().string(containsString("Kept &lt;why&gt;")));
        mvc.perform(post("/policy/arts-forum/propose").with(csrf()).with(member.login()).param("title", "Web proposal")
                .param("why", "Because").param("named", "true"))
            .andExpect(redirectedUrl("/policy/arts-forum/proposals"));
        Proposal mine = proposals.mine(member.id()).get(0);
        assertThat(mine.named()).isTrue();

        TestAccounts.Created staff = editor();
        mvc.perform(post("/admin/policy/forum/proposals/" + mine.id() + "/decision").with(csrf()).with(staff.login())
                .param("decision", "decline").param("reason", "Outside the forum's remit, try the regional network"))
            .andExpect(redirectedUrl("/admin/policy/forum/proposals"));
        mvc.perform(get("/policy/arts-forum/proposals").with(member.login()))
            .andExpect(content().string(containsString("Outside the forum&#39;s remit, try the regional network")));
        MimeMessage mail = inbox.awaitOne(member.email(), "Your item for the Arts Forum");
        assertThat(Inbox.body(mail)).contains("Outside the forum's remit");
    }

    @Test
    void acceptedItemsCarryEveryRaiserAfterAMerge() throws Exception {
        TestAccounts.Created a = accounts.createMember();
        TestAccounts.Created b = accounts.createMember();
        Proposal first = proposals.propose(a.id(), "Ann Raiser", true, "Merged web issue", "Why", "", "");
        Proposal second = proposals.propose(b.id(), "Ben Raiser", false, "Same web issue", "Why", "", "");
        TestAccounts.Created staff = editor();
        mvc.perform(post("/admin/policy/forum/proposals/" + second.id() + "/decision").with(csrf()).with(staff.login())
            .param("decision", "merge").param("target", String.valueOf(first.id())));
        mvc.perform(post("/admin/policy/forum/proposals/" + first.id() + "/decision").with(csrf()).with(staff.login())
            .param("decision", "accept"));
        assertThat(proposals.raisers(first.id()).count()).isEqualTo(2);
        mvc.perform(get("/policy/arts-forum"))
            .andExpect(content().string(containsString("Merged web issue")))
            .andExpect(content().string(containsString("raised by 2 members")))
            .andExpect(content().string(containsString("Ann Raiser")))
            .andExpect(content().string(not(containsString("Ben Raiser"))));
    }

    @Test
    void staffPagesAreRefusedToMembersAndStaffUploadOnlyRealPdfs() throws Exception {
        TestAccounts.Created member = accounts.createMember();
        mvc.perform(get("/admin/policy/forum").with(member.login())).andExpect(status().isForbidden());
        mvc.perform(get("/admin/policy/influence").with(member.login())).andExpect(status().isForbidden());

        TestAccounts.Created staff = editor();
        mvc.perform(post("/admin/policy/forum/meetings/new").with(csrf()).with(staff.login()).param("title", "")
                .param("heldOn", "not a date").param("heldTime", "14:00").param("place", "Kept place").param("chair", "C"))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("Enter the meeting&#39;s title")))
            .andExpect(content().string(containsString("Kept place")));
        Meeting m = forum.createMeeting("Upload meeting", Instant.now().plus(Duration.ofDays(20)), "Hull", "Chair", null);
        mvc.perform(multipart("/admin/policy/forum/meetings/" + m.id() + "/papers")
                .file(new MockMultipartFile("paperFile", "fake.pdf", "application/pdf", "<html>not a pdf</html>".getBytes()))
                .param("paperTitle", "Fake").param("publishOn", "2026-12-01").with(csrf()).with(staff.login()))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("That file is not a PDF")));
        mvc.perform(multipart("/admin/policy/forum/meetings/" + m.id() + "/papers")
                .file(new MockMultipartFile("paperFile", "real.pdf", "application/pdf", DemoForum.pdf("real")))
                .param("paperTitle", "Real").param("publishOn", "2026-12-01").with(csrf()).with(staff.login()))
            .andExpect(redirectedUrl("/admin/policy/forum/meetings/" + m.id()));
        assertThat(forum.papers(m.id())).extracting(Paper::title).containsExactly("Real");
        mvc.perform(get("/admin/policy/forum/meetings/" + m.id()).with(staff.login())).andExpect(status().isOk());
        mvc.perform(get("/admin/policy/forum").with(staff.login())).andExpect(status().isOk());
        mvc.perform(get("/admin/policy/forum/proposals").with(staff.login())).andExpect(status().isOk());
    }

    @Test
    void anOwnerIsRemindedOnceBeforeTheDueDate() throws Exception {
        Meeting m = forum.createMeeting("Reminder meeting", Instant.now().minus(Duration.ofDays(30)), "Leeds", "Chair", null);
        String owner = TestAccounts.uniqueEmail("owner");
        Action action = forum.addAction(m.id(), "Send the figures", "Owner Person", owner, null, forum.today().plusDays(3));
        Action later = forum.addAction(m.id(), "Later thing", "Owner Person", owner, null, forum.today().plusDays(30));
        assertThat(jobs.remind()).isGreaterThanOrEqualTo(1);
        jobs.remind();
        inbox.awaitOne(owner, "Arts Forum action due");
        assertThat(jdbc.queryForObject("select count(*) from forum_action_reminder where action_id = ?", Long.class, action.id())).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from forum_action_reminder where action_id = ?", Long.class, later.id())).isZero();
        assertThat(inbox.to(owner)).hasSize(1);
    }

    private TestAccounts.Created editor() {
        return accounts.create(Role.MEMBER, Role.EDITOR);
    }
}
