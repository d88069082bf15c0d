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
    private final org.springframework.context.MessageSource messages;

    SavedSearchController(SavedSearches searches, org.springframework.context.MessageSource messages) {
        this.searches = searches;
        this.messages = messages;
    }

    private String message(String key, Object... arguments) {
        return messages.getMessage(key, arguments, org.springframework.context.i18n.LocaleContextHolder.getLocale());
    }

    /** The reason a search was not saved, in the page's language where the bundles have it. */
    private String refusal(RuntimeException refused) {
        if (refused instanceof IllegalStateException && refused.getMessage() != null && refused.getMessage().startsWith("You can keep up to")) {
            return message("evidence.saved.problem.limit", SavedSearches.MAX_PER_MEMBER);
        }
        if ("That search is too long to save.".equals(refused.getMessage())) {
            return message("evidence.saved.problem.long");
        }
        return refused.getMessage();
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
            redirect.addFlashAttribute("notice", message("evidence.saved.notice.saved", saved.name()));
        }
        catch (IllegalStateException | IllegalArgumentException refused) {
            redirect.addFlashAttribute("problem", refusal(refused));
        }
        return "redirect:/evidence/saved";
    }

    @PostMapping("/evidence/saved/{id}")
    String change(@AuthenticationPrincipal AccountUser user, @PathVariable long id, @RequestParam String frequency,
            RedirectAttributes redirect) {
        searches.change(user.id(), id, frequency(frequency));
        redirect.addFlashAttribute("notice", message("evidence.saved.notice.changed"));
        return "redirect:/evidence/saved";
    }

    @PostMapping("/evidence/saved/{id}/delete")
    String delete(@AuthenticationPrincipal AccountUser user, @PathVariable long id, RedirectAttributes redirect) {
        searches.delete(user.id(), id);
        redirect.addFlashAttribute("notice", message("evidence.saved.notice.deleted"));
        return "redirect:/evidence/saved";
    }

    private static SavedSearch.Frequency frequency(String text) {
        return "DAILY".equalsIgnoreCase(text) ? SavedSearch.Frequency.DAILY : SavedSearch.Frequency.WEEKLY;
    }
}
