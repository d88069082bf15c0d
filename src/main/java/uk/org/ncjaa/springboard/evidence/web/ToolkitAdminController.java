package uk.org.ncjaa.springboard.evidence.web;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import uk.org.ncjaa.springboard.accounts.security.AccountUser;
import uk.org.ncjaa.springboard.evidence.toolkit.StrandKind;
import uk.org.ncjaa.springboard.evidence.toolkit.Toolkit;
import uk.org.ncjaa.springboard.evidence.toolkit.ToolkitSummaries;
import uk.org.ncjaa.springboard.evidence.toolkit.ToolkitSummary;

/** Editors write the summary at the top of each toolkit strand. */
@Controller
class ToolkitAdminController {

    private final Toolkit toolkit;
    private final ToolkitSummaries summaries;

    ToolkitAdminController(Toolkit toolkit, ToolkitSummaries summaries) {
        this.toolkit = toolkit;
        this.summaries = summaries;
    }

    @GetMapping("/admin/evidence/toolkit")
    String list(Model model) {
        Map<StrandKind, Listing> kinds = new LinkedHashMap<>();
        for (StrandKind kind : StrandKind.values()) {
            kinds.put(kind, new Listing(toolkit.headlines(kind), summaries.all(kind)));
        }
        model.addAttribute("kinds", kinds);
        return "evidence/toolkit-admin";
    }

    @GetMapping("/admin/evidence/toolkit/art-forms/{slug}")
    String editArtForm(@PathVariable String slug, Model model) {
        return edit(StrandKind.ART_FORMS, slug, model);
    }

    @GetMapping("/admin/evidence/toolkit/outcomes/{slug}")
    String editOutcome(@PathVariable String slug, Model model) {
        return edit(StrandKind.OUTCOMES, slug, model);
    }

    @PostMapping("/admin/evidence/toolkit/art-forms/{slug}")
    String saveArtForm(@PathVariable String slug, @RequestParam(required = false) String summary,
            @RequestParam(required = false) String version, @AuthenticationPrincipal AccountUser editor, Model model,
            RedirectAttributes redirect) {
        return save(StrandKind.ART_FORMS, slug, summary, version, editor, model, redirect);
    }

    @PostMapping("/admin/evidence/toolkit/outcomes/{slug}")
    String saveOutcome(@PathVariable String slug, @RequestParam(required = false) String summary,
            @RequestParam(required = false) String version, @AuthenticationPrincipal AccountUser editor, Model model,
            RedirectAttributes redirect) {
        return save(StrandKind.OUTCOMES, slug, summary, version, editor, model, redirect);
    }

    private String edit(StrandKind kind, String slug, Model model) {
        var concept = toolkit.concept(kind, slug);
        var saved = summaries.find(kind, slug).orElse(null);
        model.addAttribute("kind", kind);
        model.addAttribute("concept", concept);
        model.addAttribute("saved", saved);
        model.addAttribute("text", saved == null ? "" : saved.body());
        model.addAttribute("version", saved == null ? "" : String.valueOf(saved.version()));
        if (!model.containsAttribute("problems")) {
            model.addAttribute("problems", Map.of());
        }
        return "evidence/toolkit-edit";
    }

    private String save(StrandKind kind, String slug, String summary, String version, AccountUser editor, Model model,
            RedirectAttributes redirect) {
        var concept = toolkit.concept(kind, slug);
        String text = ToolkitSummary.normalise(summary);
        Map<String, String> problems = new LinkedHashMap<>();
        if (text.length() > ToolkitSummary.MAX_LENGTH) {
            problems.put("summary", "Keep the summary under " + String.format(java.util.Locale.UK, "%,d", ToolkitSummary.MAX_LENGTH)
                    + " characters; it has " + String.format(java.util.Locale.UK, "%,d", text.length()));
        }
        Long expected = version(version);
        if (problems.isEmpty()) {
            try {
                ToolkitSummaries.Outcome outcome = summaries.write(kind, slug, text, expected, editor.displayName());
                redirect.addFlashAttribute("notice", switch (outcome) {
                    case SAVED -> "The summary for " + concept.label() + " is saved.";
                    case REMOVED -> "The summary for " + concept.label() + " is removed.";
                    case UNCHANGED -> "Nothing changed.";
                });
                return "redirect:/admin/evidence/toolkit/" + kind.path() + "/" + slug;
            }
            catch (ToolkitSummaries.Conflict conflict) {
                problems.put("summary", "Another editor changed this summary while you were writing. Their version is shown"
                        + " below yours; save again to replace it with yours.");
                model.addAttribute("theirs", conflict.current());
                expected = conflict.current() == null ? null : conflict.current().version();
            }
            catch (ConcurrencyFailureException | DataIntegrityViolationException race) {
                problems.put("summary", "Another editor saved this summary at the same moment. Open it again to see theirs.");
            }
        }
        edit(kind, slug, model);
        model.addAttribute("problems", problems);
        model.addAttribute("text", summary == null ? "" : summary);
        model.addAttribute("version", expected == null ? "" : String.valueOf(expected));
        return "evidence/toolkit-edit";
    }

    /** The version the editor started from; anything that is not a number is treated as "there was none". */
    private static Long version(String version) {
        if (version == null || !version.strip().matches("\\d{1,18}")) {
            return null;
        }
        return Long.valueOf(version.strip());
    }

    record Listing(java.util.List<Toolkit.Headline> strands, Map<String, ToolkitSummaries.Summary> summaries) {
    }
}
