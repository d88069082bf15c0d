package uk.org.ncjaa.springboard.evidence.web;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import uk.org.ncjaa.springboard.accounts.security.AccountUser;
import uk.org.ncjaa.springboard.evidence.alerts.SavedSearch;
import uk.org.ncjaa.springboard.evidence.alerts.SavedSearches;

/** Members keep searches and choose how often to hear of new entries for them. */
@Controller
class SavedSearchController {

    private final SavedSearches searches;

    SavedSearchController(SavedSearches searches) {
        this.searches = searches;
    }

    @GetMapping("/evidence/saved")
    String list(@AuthenticationPrincipal AccountUser user, Model model) {
        model.addAttribute("searches", searches.mine(user.id()));
        model.addAttribute("frequencies", SavedSearch.Frequency.values());
        return "evidence/saved";
    }

    @PostMapping("/evidence/saved")
    String save(@AuthenticationPrincipal AccountUser user, @RequestParam(required = false) String name,
            @RequestParam(required = false, defaultValue = "") String query,
            @RequestParam(required = false, defaultValue = "WEEKLY") String frequency, RedirectAttributes redirect) {
        try {
            SavedSearch saved = searches.save(user.id(), name, query, frequency(frequency));
            redirect.addFlashAttribute("notice", "Saved “" + saved.name() + "”. We will email you when new entries match it.");
        }
        catch (IllegalStateException | IllegalArgumentException refused) {
            redirect.addFlashAttribute("problem", refused.getMessage());
        }
        return "redirect:/evidence/saved";
    }

    @PostMapping("/evidence/saved/{id}")
    String change(@AuthenticationPrincipal AccountUser user, @PathVariable long id, @RequestParam String frequency,
            RedirectAttributes redirect) {
        searches.change(user.id(), id, frequency(frequency));
        redirect.addFlashAttribute("notice", "Changed how often we email you.");
        return "redirect:/evidence/saved";
    }

    @PostMapping("/evidence/saved/{id}/delete")
    String delete(@AuthenticationPrincipal AccountUser user, @PathVariable long id, RedirectAttributes redirect) {
        searches.delete(user.id(), id);
        redirect.addFlashAttribute("notice", "Deleted the saved search. We will not email you about it again.");
        return "redirect:/evidence/saved";
    }

    private static SavedSearch.Frequency frequency(String text) {
        return "DAILY".equalsIgnoreCase(text) ? SavedSearch.Frequency.DAILY : SavedSearch.Frequency.WEEKLY;
    }
}
