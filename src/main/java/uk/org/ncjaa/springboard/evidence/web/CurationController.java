package uk.org.ncjaa.springboard.evidence.web;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import uk.org.ncjaa.springboard.accounts.security.AccountUser;
import uk.org.ncjaa.springboard.evidence.curation.Curation;
import uk.org.ncjaa.springboard.evidence.curation.CurationForm;
import uk.org.ncjaa.springboard.evidence.domain.EvidenceEntry;
import uk.org.ncjaa.springboard.evidence.domain.EvidenceReader;
import uk.org.ncjaa.springboard.evidence.domain.Finding;
import uk.org.ncjaa.springboard.taxonomy.ConceptView;
import uk.org.ncjaa.springboard.taxonomy.TaxonomyApi;
import uk.org.ncjaa.springboard.taxonomy.Vocabulary;

/** Editors curate the Evidence Library: the submissions queue, editing, decisions and history. */
@Controller
class CurationController {

    private static final int BLANK_FINDINGS = 2;

    private final Curation curation;
    private final EvidenceReader reader;
    private final TaxonomyApi taxonomy;

    CurationController(Curation curation, EvidenceReader reader, TaxonomyApi taxonomy) {
        this.curation = curation;
        this.reader = reader;
        this.taxonomy = taxonomy;
    }

    @GetMapping("/admin/evidence")
    String queue(Model model) {
        model.addAttribute("queue", curation.queue());
        return "evidence/curation-queue";
    }

    @GetMapping("/admin/evidence/{slug}")
    String edit(@PathVariable String slug, Model model) {
        EvidenceEntry entry = curation.entry(slug);
        model.addAttribute("form", curation.form(entry));
        return page(entry, model);
    }

    @PostMapping("/admin/evidence/{slug}")
    String save(@AuthenticationPrincipal AccountUser editor, @PathVariable String slug, @ModelAttribute("form") CurationForm form,
            BindingResult errors, @RequestParam MultiValueMap<String, String> params, Model model, RedirectAttributes redirect) {
        Map<String, List<String>> tags = new LinkedHashMap<>();
        for (Vocabulary vocabulary : Vocabulary.values()) {
            tags.put(vocabulary.name(), new ArrayList<>(params.getOrDefault("tag-" + vocabulary.name(), List.of())));
        }
        form.setTags(tags);
        Curation.Checked checked = curation.check(form, errors);
        if (errors.hasErrors() || !curation.save(slug, checked, editor.displayName(), errors)) {
            return page(curation.entry(slug), model);
        }
        redirect.addFlashAttribute("notice", "Saved.");
        return "redirect:/admin/evidence/" + slug;
    }

    @PostMapping("/admin/evidence/{slug}/decision")
    String decide(@AuthenticationPrincipal AccountUser editor, @PathVariable String slug, @RequestParam String action,
            @RequestParam(required = false) String comments, RedirectAttributes redirect) {
        try {
            switch (action) {
                case "review" -> curation.startReview(slug, editor.displayName());
                case "publish" -> curation.publish(slug, editor.displayName());
                case "return" -> curation.returnToSubmitter(slug, comments, editor.displayName());
                case "withdraw" -> curation.withdraw(slug, comments, editor.displayName());
                default -> throw new IllegalArgumentException("Choose an action.");
            }
            redirect.addFlashAttribute("notice", switch (action) {
                case "review" -> "The review has started; the member has been told.";
                case "publish" -> "Published.";
                case "return" -> "Returned to the member with your comments.";
                default -> "Withdrawn.";
            });
        }
        catch (IllegalStateException | IllegalArgumentException refused) {
            redirect.addFlashAttribute("problem", refused.getMessage());
        }
        return "redirect:/admin/evidence/" + slug;
    }

    @GetMapping("/admin/evidence/{slug}/revisions/{number}")
    String revision(@PathVariable String slug, @PathVariable int number, Model model) {
        model.addAttribute("entry", curation.entry(slug));
        model.addAttribute("revision", curation.revision(slug, number));
        return "evidence/curation-revision";
    }

    private String page(EvidenceEntry entry, Model model) {
        CurationForm form = (CurationForm) model.getAttribute("form");
        while (form != null && form.getFindings().stream().filter(CurationForm.FindingRow::isBlank).count() < BLANK_FINDINGS) {
            form.getFindings().add(new CurationForm.FindingRow());
        }
        Map<Vocabulary, List<ConceptView>> vocabularies = new EnumMap<>(Vocabulary.class);
        for (Vocabulary vocabulary : Vocabulary.values()) {
            // members' roles describe people in the network, not what a study looked at
            if (vocabulary != Vocabulary.ROLE) {
                vocabularies.put(vocabulary, taxonomy.concepts(vocabulary));
            }
        }
        model.addAttribute("entry", reader.view(entry));
        model.addAttribute("vocabularies", vocabularies);
        model.addAttribute("outcomes", vocabularies.get(Vocabulary.OUTCOME));
        model.addAttribute("directions", Finding.Direction.values());
        model.addAttribute("confidences", Finding.Confidence.values());
        model.addAttribute("independences", EvidenceEntry.Independence.values());
        model.addAttribute("dataTypes", EvidenceEntry.DataType.values());
        model.addAttribute("inclusions", EvidenceEntry.Inclusion.values());
        model.addAttribute("revisions", curation.revisions(entry.slug()));
        model.addAttribute("suggestion", curation.suggestion(entry));
        return "evidence/curation-edit";
    }
}
