package uk.org.ncjaa.springboard.evidence.web;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.springframework.data.domain.Page;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import uk.org.ncjaa.springboard.accounts.security.AccountUser;
import uk.org.ncjaa.springboard.evidence.curation.BulkActions;
import uk.org.ncjaa.springboard.evidence.curation.EntryList;
import uk.org.ncjaa.springboard.evidence.domain.EvidenceStatus;

/** Editors' list of every entry in every state, with filters, and actions on the entries they tick. */
@Controller
class EntryListController {

    private final EntryList list;
    private final BulkActions bulk;

    EntryListController(EntryList list, BulkActions bulk) {
        this.list = list;
        this.bulk = bulk;
    }

    @GetMapping("/admin/evidence/entries")
    String entries(@RequestParam(name = "status", required = false) List<String> statuses,
            @RequestParam(required = false) String rating, @RequestParam(required = false) String q,
            @RequestParam(required = false) String page, Model model) {
        Set<EvidenceStatus> chosen = statuses(statuses);
        EntryList.Rating ratingChosen = rating(rating);
        String words = q == null ? "" : q.strip();
        int number = page != null && page.matches("\\d{1,4}") ? Math.max(1, Integer.parseInt(page)) : 1;
        Page<EntryList.Item> found = list.find(new EntryList.Filter(chosen, ratingChosen, words), number);
        model.addAttribute("items", found.getContent());
        model.addAttribute("total", found.getTotalElements());
        model.addAttribute("page", number);
        model.addAttribute("pages", Math.max(1, found.getTotalPages()));
        model.addAttribute("statuses", EvidenceStatus.values());
        model.addAttribute("chosenStatuses", chosen);
        model.addAttribute("ratings", EntryList.Rating.values());
        model.addAttribute("rating", ratingChosen);
        model.addAttribute("q", words);
        model.addAttribute("actions", BulkActions.Action.values());
        model.addAttribute("filterQuery", query(chosen, ratingChosen, words, null));
        return "evidence/entry-list";
    }

    @PostMapping("/admin/evidence/entries/bulk")
    String act(@AuthenticationPrincipal AccountUser editor, @RequestParam(name = "slug", required = false) List<String> slugs,
            @RequestParam(required = false) String action, @RequestParam(required = false) String reason,
            @RequestParam(name = "status", required = false) List<String> statuses, @RequestParam(required = false) String rating,
            @RequestParam(required = false) String q, RedirectAttributes redirect) {
        String back = "redirect:/admin/evidence/entries" + query(statuses(statuses), rating(rating), q == null ? "" : q.strip(), null);
        BulkActions.Action chosen = action(action);
        if (chosen == null) {
            redirect.addFlashAttribute("problem", "Choose what to do with the entries you ticked.");
            return back;
        }
        if (slugs == null || slugs.isEmpty()) {
            redirect.addFlashAttribute("problem", "Tick the entries to act on first.");
            return back;
        }
        try {
            BulkActions.Outcome outcome = bulk.apply(slugs, chosen, reason, editor.displayName());
            if (outcome.done() > 0) {
                redirect.addFlashAttribute("notice", chosen.label() + ": done for " + outcome.done()
                        + (outcome.done() == 1 ? " entry." : " entries."));
            }
            if (!outcome.refused().isEmpty()) {
                redirect.addFlashAttribute("problem", "Not done for " + outcome.refused().size() + ": "
                        + String.join(" ", outcome.refused().stream().map(reasonText -> reasonText.endsWith(".") ? reasonText : reasonText + ".")
                            .toList()));
            }
        }
        catch (IllegalArgumentException refused) {
            redirect.addFlashAttribute("problem", refused.getMessage());
        }
        return back;
    }

    private static Set<EvidenceStatus> statuses(List<String> values) {
        Set<EvidenceStatus> chosen = EnumSet.noneOf(EvidenceStatus.class);
        if (values != null) {
            values.forEach(value -> {
                EvidenceStatus status = named(EvidenceStatus.class, value);
                if (status != null) {
                    chosen.add(status);
                }
            });
        }
        return chosen;
    }

    private static EntryList.Rating rating(String value) {
        return named(EntryList.Rating.class, value);
    }

    private static BulkActions.Action action(String value) {
        return named(BulkActions.Action.class, value);
    }

    /** The constant a parameter names, in any case; null for anything else. */
    private static <E extends Enum<E>> E named(Class<E> type, String value) {
        String wanted = value == null ? "" : value.strip();
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equalsIgnoreCase(wanted)) {
                return constant;
            }
        }
        return null;
    }

    /** The filters as a query string, for paging links and for coming back after an action. */
    static String query(Set<EvidenceStatus> statuses, EntryList.Rating rating, String words, Integer page) {
        List<String> parts = new java.util.ArrayList<>();
        statuses.forEach(status -> parts.add("status=" + status.name().toLowerCase(Locale.ROOT)));
        if (rating != null) {
            parts.add("rating=" + rating.name().toLowerCase(Locale.ROOT));
        }
        if (!words.isEmpty()) {
            parts.add("q=" + java.net.URLEncoder.encode(words, java.nio.charset.StandardCharsets.UTF_8));
        }
        if (page != null) {
            parts.add("page=" + page);
        }
        return parts.isEmpty() ? "" : "?" + String.join("&", parts);
    }
}
