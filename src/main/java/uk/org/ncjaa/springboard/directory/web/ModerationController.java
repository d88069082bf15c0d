package uk.org.ncjaa.springboard.directory.web;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import uk.org.ncjaa.springboard.accounts.security.AccountUser;
import uk.org.ncjaa.springboard.directory.domain.Listings;
import uk.org.ncjaa.springboard.directory.domain.Logos;
import uk.org.ncjaa.springboard.shared.NotFoundException;

/** Editors review what organisations send: the queue, each change beside what the public sees now, approve or return. */
@Controller
class ModerationController {

    private final Listings listings;
    private final Logos logos;

    ModerationController(Listings listings, Logos logos) {
        this.listings = listings;
        this.logos = logos;
    }

    @GetMapping("/admin/directory")
    String queue(Model model) {
        model.addAttribute("queue", listings.queue());
        model.addAttribute("published", listings.countPublished());
        return "directory/queue";
    }

    @GetMapping("/admin/directory/{id}")
    String review(@PathVariable long id, Model model) {
        Listings.Review review = listings.review(id);
        model.addAttribute("review", review);
        model.addAttribute("revisions", listings.revisions(id));
        model.addAttribute("logoPending", logos.has(id, true));
        model.addAttribute("comment", "");
        return "directory/review";
    }

    @GetMapping("/admin/directory/{id}/logo.png")
    ResponseEntity<byte[]> pendingLogo(@PathVariable long id) {
        byte[] image = logos.image(id, true).orElseThrow(() -> new NotFoundException("No logo waiting"));
        return ResponseEntity.ok().contentType(MediaType.IMAGE_PNG).header("X-Content-Type-Options", "nosniff").body(image);
    }

    @PostMapping("/admin/directory/{id}/approve")
    String approve(@AuthenticationPrincipal AccountUser editor, @PathVariable long id, RedirectAttributes redirect) {
        if (!listings.submitted(id)) {
            redirect.addFlashAttribute("changed", "That listing is no longer waiting for review.");
            return "redirect:/admin/directory";
        }
        listings.approve(id, editor.displayName());
        redirect.addFlashAttribute("changed", "Approved and published. The organisation has been told.");
        return "redirect:/admin/directory";
    }

    @PostMapping("/admin/directory/{id}/return")
    String returnWith(@PathVariable long id, @RequestParam(defaultValue = "") String comment, Model model, RedirectAttributes redirect) {
        if (comment.isBlank() || comment.length() > 4000) {
            model.addAttribute("review", listings.review(id));
            model.addAttribute("revisions", listings.revisions(id));
            model.addAttribute("logoPending", logos.has(id, true));
            model.addAttribute("comment", comment);
            model.addAttribute("commentProblem", comment.isBlank() ? "Say what the organisation should change"
                    : "Keep your comments under 4,000 characters");
            return "directory/review";
        }
        if (!listings.submitted(id)) {
            redirect.addFlashAttribute("changed", "That listing is no longer waiting for review.");
            return "redirect:/admin/directory";
        }
        listings.returnWith(id, comment);
        redirect.addFlashAttribute("changed", "Returned with your comments. The organisation has been told.");
        return "redirect:/admin/directory";
    }
}
