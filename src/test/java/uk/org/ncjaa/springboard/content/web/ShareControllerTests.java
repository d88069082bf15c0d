package uk.org.ncjaa.springboard.content.web;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import uk.org.ncjaa.springboard.accounts.Role;
import uk.org.ncjaa.springboard.content.domain.ContentItem;
import uk.org.ncjaa.springboard.content.domain.ContentStatus;
import uk.org.ncjaa.springboard.content.domain.ContentSubmission;
import uk.org.ncjaa.springboard.content.domain.Contents;
import uk.org.ncjaa.springboard.content.domain.Sharing;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** "Share your work" from the member's form through the editors' queue to publication, with an email at each step. */
@SpringboardTest
class ShareControllerTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestAccounts accounts;

    @Autowired
    Sharing sharing;

    @Autowired
    Contents contents;

    @Autowired
    Inbox inbox;

    @Autowired
    uk.org.ncjaa.springboard.accounts.security.RateLimits limits;

    @Test
    void aMemberWhoHasSharedTenTimesTodayIsAskedToWaitAndKeepsWhatTheyWrote() throws Exception {
        TestAccounts.Created member = accounts.createMember();
        for (int i = 0; i < 10; i++) {
            assertThat(limits.tryShare(member.id())).isTrue();
        }
        mvc.perform(post("/share").with(csrf()).with(member.login()).param("kind", "NEWS").param("title", "One too many")
                .param("body", "Words kept for tomorrow"))
            .andExpect(status().isOk()).andExpect(content().string(containsString("Please send this tomorrow")))
            .andExpect(content().string(containsString("Words kept for tomorrow")));
        assertThat(sharing.mine(member.id())).isEmpty();
        // another member is not held back by the first
        assertThat(limits.tryShare(accounts.createMember().id())).isTrue();
    }

    @Test
    void aMembersNewsIsReturnedChangedAcceptedAndPublishedWithAnEmailAtEachStep() throws Exception {
        TestAccounts.Created member = accounts.createMember();
        TestAccounts.Created editor = accounts.create(Role.MEMBER, Role.EDITOR);

        mvc.perform(post("/share").with(csrf()).with(member.login()).param("kind", "NEWS").param("title", "")
                .param("body", "Kept words"))
            .andExpect(status().isOk()).andExpect(content().string(containsString("Enter a title")))
            .andExpect(content().string(containsString("Kept words")));
        mvc.perform(post("/share").with(csrf()).with(member.login()).param("kind", "NEWS").param("title", "Our choir's first concert")
                .param("body", "Twelve women sang for their families.").param("organisation", "Cadence"))
            .andExpect(status().is3xxRedirection());
        ContentSubmission sent = sharing.mine(member.id()).get(0);
        assertThat(sent.status()).isEqualTo(ContentSubmission.Status.SUBMITTED);
        inbox.awaitOne(member.email(), "We have your submission");
        inbox.awaitOne(editor.email(), "Our choir's first concert");

        // an editor returns it with comments; the member reads them, changes it and sends it again
        mvc.perform(post("/admin/content/submissions/" + sent.id() + "/decision").with(csrf()).with(editor.login()).param("action", "return"))
            .andExpect(status().isOk()).andExpect(content().string(containsString("Write to the member")));
        mvc.perform(post("/admin/content/submissions/" + sent.id() + "/decision").with(csrf()).with(editor.login()).param("action", "return")
                .param("comments", "Please say which prison, if you may."))
            .andExpect(status().is3xxRedirection());
        assertThat(Inbox.body(inbox.awaitOne(member.email(), "needs some changes"))).contains("Please say which prison");
        mvc.perform(get("/share/" + sent.id()).with(member.login())).andExpect(status().isOk())
            .andExpect(content().string(containsString("Please say which prison")));
        mvc.perform(post("/share/" + sent.id()).with(csrf()).with(member.login()).param("kind", "NEWS")
                .param("title", "Our choir's first concert").param("body", "Twelve women at HMP Example sang for their families."))
            .andExpect(status().is3xxRedirection());

        // someone else's submission is not theirs to see
        TestAccounts.Created other = accounts.createMember();
        mvc.perform(get("/share/" + sent.id()).with(other.login())).andExpect(status().isNotFound());

        // accepted: a draft for the editors, with the member's words, then published
        String draft = mvc.perform(post("/admin/content/submissions/" + sent.id() + "/decision").with(csrf()).with(editor.login())
                .param("action", "accept")).andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        inbox.awaitOne(member.email(), "is accepted");
        long itemId = Long.parseLong(draft.substring(draft.lastIndexOf('/') + 1));
        ContentItem item = contents.get(itemId);
        assertThat(item.status()).isEqualTo(ContentStatus.DRAFT);
        assertThat(item.body()).contains("HMP Example");
        assertThat(item.authors()).isNotBlank();
        mvc.perform(post("/admin/content/submissions/" + sent.id() + "/decision").with(csrf()).with(editor.login()).param("action", "accept"))
            .andExpect(status().isOk()).andExpect(content().string(containsString("already decided")));
        contents.publish(itemId, "Editor");
        assertThat(Inbox.body(inbox.awaitOne(member.email(), "is published"))).contains(contents.get(itemId).href());
    }

    @Test
    void anAcceptedEventOpensTheNewEventFormFilledInWithTheMembersWords() throws Exception {
        TestAccounts.Created member = accounts.createMember();
        TestAccounts.Created editor = accounts.create(Role.MEMBER, Role.EDITOR);
        String title = "Open studio {day} " + Long.toString(System.nanoTime(), 36);
        mvc.perform(post("/share").with(csrf()).with(member.login()).param("kind", "EVENT").param("title", title)
                .param("body", "Come and see the <b>prints</b> made at HMP Example.\n\nTea provided.").param("organisation", "Inkwell")
                .param("eventWhen", "Saturday 6 March, 2 till 5").param("eventWhere", "Inkwell Studio, Leeds"))
            .andExpect(status().is3xxRedirection());
        ContentSubmission sent = sharing.mine(member.id()).get(0);

        var accepted = mvc.perform(post("/admin/content/submissions/" + sent.id() + "/decision").with(csrf()).with(editor.login())
                .param("action", "accept")).andExpect(status().is3xxRedirection()).andReturn();
        assertThat(accepted.getResponse().getRedirectedUrl()).isEqualTo("/admin/events/new");
        inbox.awaitOne(member.email(), "is accepted");
        String form = mvc.perform(get("/admin/events/new").with(editor.login()).flashAttrs(accepted.getFlashMap()))
            .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(form).contains("value=\"" + title + "\"")
            .as("the first paragraph is the summary, escaped").contains("value=\"Come and see the &lt;b&gt;prints&lt;/b&gt; made at HMP Example.\"")
            .contains("Tea provided.").contains("value=\"Inkwell\"").contains("value=\"Inkwell Studio, Leeds\"")
            .contains("The member wrote when it is: <q>Saturday 6 March, 2 till 5</q>");
        // nothing is made until staff save it with a date
        mvc.perform(get("/admin/events/new").with(editor.login())).andExpect(status().isOk())
            .andExpect(content().string(not(containsString(title))));
    }

    @Test
    void anEventNeedsWhenAndWhereAndAnOpportunityHowToApply() throws Exception {
        TestAccounts.Created member = accounts.createMember();
        mvc.perform(post("/share").with(csrf()).with(member.login()).param("kind", "EVENT").param("title", "Open day")
                .param("body", "Come along"))
            .andExpect(status().isOk()).andExpect(content().string(containsString("Say when the event is")))
            .andExpect(content().string(containsString("Say where the event is")));
        mvc.perform(post("/share").with(csrf()).with(member.login()).param("kind", "OPPORTUNITY").param("title", "A job")
                .param("body", "Details").param("closesOn", "soon"))
            .andExpect(status().isOk()).andExpect(content().string(containsString("Say how to apply")))
            .andExpect(content().string(containsString("Enter the closing date as a date")));
        mvc.perform(post("/share").with(csrf()).with(member.login()).param("kind", "SPAM").param("title", "x").param("body", "y"))
            .andExpect(status().isOk()).andExpect(content().string(containsString("Choose what you are sharing")));
    }
}
