package uk.org.ncjaa.springboard.content.web;

import java.util.Map;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import uk.org.ncjaa.springboard.accounts.security.AccountUser;
import uk.org.ncjaa.springboard.accounts.security.RateLimits;
import uk.org.ncjaa.springboard.content.domain.ContentStateException;
import uk.org.ncjaa.springboard.content.domain.ContentSubmission;
import uk.org.ncjaa.springboard.content.domain.Sharing;

/** "Share your work": members send news, a case study, an event or an opportunity, and follow what happens to it. */
@Controller
class ShareController {

    private static final String TOO_MANY = "content.share.problem.tooMany";

    private final Sharing sharing;
    private final RateLimits limits;
    private final ContentWords words;

    ShareController(Sharing sharing, RateLimits limits, ContentWords words) {
        this.words = words;
        this.sharing = sharing;
        this.limits = limits;
    }

    @InitBinder("form")
    void bindFields(WebDataBinder binder) {
        binder.initDirectFieldAccess();
    }

    @GetMapping("/share")
    String form(@AuthenticationPrincipal AccountUser user, Model model) {
        return page(new ShareForm(), Map.of(), null, user, model);
    }

    @PostMapping("/share")
    String submit(@ModelAttribute("form") ShareForm form, @AuthenticationPrincipal AccountUser user, Model model,
            RedirectAttributes redirect) {
        Map<String, String> problems = form.problems();
        if (!problems.isEmpty()) {
            return page(form, problems, null, user, model);
        }
        if (!limits.tryShare(user.id())) {
            return page(form, Map.of("title", TOO_MANY), null, user, model);
        }
        sharing.submit(user.id(), form.details());
        redirect.addFlashAttribute("notice", words.text("content.share.sent"));
        return "redirect:/share";
    }

    @GetMapping("/share/{id}")
    String returned(@PathVariable long id, @AuthenticationPrincipal AccountUser user, Model model) {
        ContentSubmission submission = sharing.mine(id, user.id());
        return page(ShareForm.of(submission.details()), Map.of(), submission, user, model);
    }

    @PostMapping("/share/{id}")
    String resubmit(@PathVariable long id, @ModelAttribute("form") ShareForm form, @AuthenticationPrincipal AccountUser user,
            Model model, RedirectAttributes redirect) {
        ContentSubmission submission = sharing.mine(id, user.id());
        Map<String, String> problems = form.problems();
        if (!problems.isEmpty()) {
            return page(form, problems, submission, user, model);
        }
        if (!limits.tryShare(user.id())) {
            return page(form, Map.of("title", TOO_MANY), submission, user, model);
        }
        try {
            sharing.resubmit(id, user.id(), form.details());
        }
        catch (ContentStateException ex) {
            return page(form, Map.of("title", ex.getMessage()), submission, user, model);
        }
        redirect.addFlashAttribute("notice", words.text("content.share.resent"));
        return "redirect:/share";
    }

    private String page(ShareForm form, Map<String, String> problems, ContentSubmission submission, AccountUser user, Model model) {
        model.addAttribute("form", form);
        // the form's problems are keys of the bundle; anything else (a reason from the workflow) is shown as it is
        Map<String, String> said = new java.util.LinkedHashMap<>();
        problems.forEach((field, problem) -> said.put(field, words.textOr(problem)));
        model.addAttribute("problems", said);
        model.addAttribute("submission", submission);
        model.addAttribute("kinds", ContentSubmission.Kind.values());
        model.addAttribute("mine", sharing.mine(user.id()));
        return "content/share";
    }
}
