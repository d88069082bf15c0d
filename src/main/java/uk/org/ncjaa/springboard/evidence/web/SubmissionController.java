package uk.org.ncjaa.springboard.evidence.web;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.validation.Valid;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import uk.org.ncjaa.springboard.accounts.security.AccountUser;
import uk.org.ncjaa.springboard.evidence.domain.EvidenceEntry;
import uk.org.ncjaa.springboard.evidence.domain.EvidenceFile;
import uk.org.ncjaa.springboard.evidence.domain.EvidenceReader;
import uk.org.ncjaa.springboard.evidence.files.EvidenceFiles;
import uk.org.ncjaa.springboard.evidence.submissions.SubmissionForm;
import uk.org.ncjaa.springboard.evidence.submissions.Submissions;
import uk.org.ncjaa.springboard.taxonomy.ConceptView;
import uk.org.ncjaa.springboard.taxonomy.TaxonomyApi;
import uk.org.ncjaa.springboard.taxonomy.Vocabulary;

/** A member submits an evaluation in three steps: details, upload, confirm. */
@Controller
class SubmissionController {

    private final Submissions submissions;
    private final EvidenceReader reader;
    private final TaxonomyApi taxonomy;
    private final EvidenceFiles files;
    private final org.springframework.context.MessageSource messages;

    SubmissionController(Submissions submissions, EvidenceReader reader, TaxonomyApi taxonomy, EvidenceFiles files,
            org.springframework.context.MessageSource messages) {
        this.submissions = submissions;
        this.reader = reader;
        this.taxonomy = taxonomy;
        this.files = files;
        this.messages = messages;
    }

    @GetMapping("/evidence/submit")
    String start(Model model) {
        model.addAttribute("form", new SubmissionForm());
        return details(model, null);
    }

    @PostMapping("/evidence/submit")
    String create(@AuthenticationPrincipal AccountUser user, @Valid @ModelAttribute("form") SubmissionForm form, BindingResult errors,
            Model model) {
        check(form, errors, null);
        if (errors.hasErrors()) {
            return details(model, null);
        }
        String slug = submissions.draft(user.id(), form);
        return "redirect:/evidence/submit/" + slug + "/file";
    }

    @GetMapping("/evidence/submit/{slug}")
    String edit(@AuthenticationPrincipal AccountUser user, @PathVariable String slug, Model model) {
        model.addAttribute("form", submissions.form(submissions.owned(slug, user.id())));
        return details(model, slug);
    }

    @PostMapping("/evidence/submit/{slug}")
    String update(@AuthenticationPrincipal AccountUser user, @PathVariable String slug,
            @Valid @ModelAttribute("form") SubmissionForm form, BindingResult errors, Model model) {
        submissions.owned(slug, user.id());
        check(form, errors, slug);
        if (errors.hasErrors()) {
            return details(model, slug);
        }
        submissions.update(slug, user.id(), form);
        return "redirect:/evidence/submit/" + slug + "/file";
    }

    @GetMapping("/evidence/submit/{slug}/file")
    String file(@AuthenticationPrincipal AccountUser user, @PathVariable String slug, Model model) {
        model.addAttribute("entry", reader.view(submissions.owned(slug, user.id())));
        model.addAttribute("maxUpload", files.maxUpload().toMegabytes() + " MB");
        return "evidence/submit-file";
    }

    @PostMapping("/evidence/submit/{slug}/file")
    String upload(@AuthenticationPrincipal AccountUser user, @PathVariable String slug,
            @RequestParam(name = "file", required = false) MultipartFile file, Model model, RedirectAttributes redirect) {
        Set<EvidenceFile.Risk> risks;
        try {
            risks = submissions.attach(slug, user.id(), file);
        }
        catch (EvidenceFiles.Rejected rejected) {
            model.addAttribute("uploadError", rejected.key() == null ? rejected.getMessage()
                    : messages.getMessage(rejected.key(), rejected.arguments(), rejected.getMessage(), locale()));
            return file(user, slug, model);
        }
        if (risks == null || risks.isEmpty()) {
            redirect.addFlashAttribute("notice", message("evidence.upload.done"));
        }
        else {
            // kept, but the member should know what we found (our curators see it too)
            redirect.addFlashAttribute("notice", message("evidence.upload.risks", risks.stream()
                .map(risk -> messages.getMessage("evidence.risk." + risk.name(), null, risk.forMember(), locale()))
                .collect(Collectors.joining(" "))));
        }
        return "redirect:/evidence/submit/" + slug + "/file";
    }

    @GetMapping("/evidence/submit/{slug}/confirm")
    String confirm(@AuthenticationPrincipal AccountUser user, @PathVariable String slug, Model model) {
        model.addAttribute("entry", reader.view(submissions.owned(slug, user.id())));
        return "evidence/submit-confirm";
    }

    @PostMapping("/evidence/submit/{slug}/confirm")
    String submit(@AuthenticationPrincipal AccountUser user, @PathVariable String slug,
            @RequestParam(name = "criteria", required = false) String criteria, Model model, RedirectAttributes redirect) {
        EvidenceEntry entry = submissions.owned(slug, user.id());
        if (criteria == null) {
            model.addAttribute("entry", reader.view(entry));
            model.addAttribute("criteriaError", message("evidence.submit.error.criteria"));
            return "evidence/submit-confirm";
        }
        submissions.submit(slug, user.id());
        redirect.addFlashAttribute("notice", message("evidence.submit.done"));
        return "redirect:/evidence/submissions";
    }

    @GetMapping("/evidence/submissions")
    String mine(@AuthenticationPrincipal AccountUser user, Model model) {
        model.addAttribute("entries", submissions.mine(user.id()));
        return "evidence/submissions";
    }

    private String details(Model model, String slug) {
        model.addAttribute("slug", slug);
        for (Vocabulary vocabulary : List.of(Vocabulary.ART_FORM, Vocabulary.SETTING, Vocabulary.OUTCOME, Vocabulary.DOCUMENT_TYPE,
                Vocabulary.STUDY_DESIGN)) {
            model.addAttribute(vocabulary.name(), taxonomy.concepts(vocabulary));
        }
        return "evidence/submit-details";
    }

    /** Values from outside the vocabularies, and records the library already holds, are refused with a reason. */
    private void check(SubmissionForm form, BindingResult errors, String slug) {
        unknown(form.getArtForms(), Vocabulary.ART_FORM, "artForms", errors);
        unknown(form.getSettings(), Vocabulary.SETTING, "settings", errors);
        unknown(form.getOutcomes(), Vocabulary.OUTCOME, "outcomes", errors);
        unknown(form.getDocumentType() == null || form.getDocumentType().isBlank() ? List.of() : List.of(form.getDocumentType()),
                Vocabulary.DOCUMENT_TYPE, "documentType", errors);
        unknown(form.getStudyDesign() == null || form.getStudyDesign().isBlank() ? List.of() : List.of(form.getStudyDesign()),
                Vocabulary.STUDY_DESIGN, "studyDesign", errors);
        if (!errors.hasFieldErrors("title") && !errors.hasFieldErrors("doi")) {
            submissions.duplicateOf(form, slug).ifPresent(existing -> errors.rejectValue("title", "duplicate",
                    message("evidence.submit.error.duplicate", existing.title())));
        }
    }

    private void unknown(List<String> chosen, Vocabulary vocabulary, String field, BindingResult errors) {
        Set<String> known = taxonomy.concepts(vocabulary).stream().map(ConceptView::slug).collect(Collectors.toSet());
        if (chosen.stream().anyMatch(value -> !known.contains(value))) {
            errors.rejectValue(field, "unknown", message("evidence.submit.error.unknown"));
        }
    }

    private String message(String key, Object... arguments) {
        return messages.getMessage(key, arguments, locale());
    }

    private static java.util.Locale locale() {
        return org.springframework.context.i18n.LocaleContextHolder.getLocale();
    }
}
