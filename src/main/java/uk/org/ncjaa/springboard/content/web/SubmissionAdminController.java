package uk.org.ncjaa.springboard.content.web;

import java.util.Map;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import uk.org.ncjaa.springboard.accounts.security.AccountUser;
import uk.org.ncjaa.springboard.content.domain.ContentStateException;
import uk.org.ncjaa.springboard.content.domain.ContentSubmission;
import uk.org.ncjaa.springboard.content.domain.Sharing;
import uk.org.ncjaa.springboard.shared.text.Markdown;

/** The editors' queue of what members shared: read, then accept, return with comments, or decline. */
@Controller
class SubmissionAdminController {

    private final Sharing sharing;

    private final ContentWords text;

    SubmissionAdminController(Sharing sharing, ContentWords text) {
        this.text = text;
        this.sharing = sharing;
    }

    @GetMapping("/admin/content/submissions")
    String queue(Model model) {
        model.addAttribute("submissions", sharing.queue());
        return "content/admin/submissions";
    }

    @GetMapping("/admin/content/submissions/{id}")
    String submission(@PathVariable long id, Model model) {
        return show(sharing.get(id), Map.of(), "", model);
    }

    @PostMapping("/admin/content/submissions/{id}/decision")
    String decide(@PathVariable long id, @RequestParam(required = false) String action, @RequestParam(required = false) String comments,
            @AuthenticationPrincipal AccountUser user, Model model, RedirectAttributes redirect) {
        ContentSubmission submission = sharing.get(id);
        String said = comments == null ? "" : comments.strip();
        if (("return".equals(action) || "decline".equals(action)) && said.isEmpty()) {
            return show(submission, Map.of("comments", text.text("content.admin.submission.problem.comments")), said, model);
        }
        if (said.length() > 5000) {
            return show(submission, Map.of("comments", text.text("content.admin.submission.problem.comments.long")), said, model);
        }
        try {
            switch (action == null ? "" : action) {
                case "accept" -> {
                    ContentSubmission accepted = sharing.accept(id, user.displayName());
                    if (accepted.itemId() != null) {
                        redirect.addFlashAttribute("notice", text.text("content.admin.submission.accepted"));
                        return "redirect:/admin/content/" + accepted.itemId();
                    }
                    // an event needs a date, times and tickets that only staff can set: the new event form
                    // opens filled in with the member's words
                    ContentSubmission.Details shared = accepted.details();
                    Map<String, String> words = new java.util.HashMap<>();
                    words.put("title", shared.title());
                    words.put("description", shared.body());
                    words.put("organiser", shared.organisation());
                    words.put("venue", shared.eventWhere());
                    words.put("when", shared.eventWhen());
                    redirect.addFlashAttribute("sharedEvent", words);
                    redirect.addFlashAttribute("notice", text.text("content.admin.submission.accepted.event"));
                    return "redirect:/admin/events/new";
                }
                case "return" -> {
                    sharing.returnWith(id, said, user.displayName());
                    redirect.addFlashAttribute("notice", text.text("content.admin.submission.returned"));
                }
                case "decline" -> {
                    sharing.decline(id, said, user.displayName());
                    redirect.addFlashAttribute("notice", text.text("content.admin.submission.declined"));
                }
                default -> {
                    return show(submission, Map.of("action", text.text("content.admin.submission.problem.action")), said, model);
                }
            }
        }
        catch (ContentStateException ex) {
            return show(submission, Map.of("action", ex.getMessage()), said, model);
        }
        return "redirect:/admin/content/submissions";
    }

    private String show(ContentSubmission submission, Map<String, String> problems, String comments, Model model) {
        model.addAttribute("submission", submission);
        model.addAttribute("member", sharing.memberName(submission));
        model.addAttribute("bodyHtml", Markdown.toHtml(submission.body()));
        model.addAttribute("problems", problems);
        model.addAttribute("comments", comments);
        return "content/admin/submission";
    }
}
