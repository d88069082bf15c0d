package uk.org.ncjaa.springboard.showcase.web;

import java.io.IOException;
import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import uk.org.ncjaa.springboard.accounts.security.AccountUser;
import uk.org.ncjaa.springboard.showcase.domain.Check;
import uk.org.ncjaa.springboard.showcase.domain.CreditMode;
import uk.org.ncjaa.springboard.showcase.domain.ShowcaseException;
import uk.org.ncjaa.springboard.showcase.domain.Work;
import uk.org.ncjaa.springboard.showcase.domain.WorkKind;
import uk.org.ncjaa.springboard.showcase.domain.WorkStatus;
import uk.org.ncjaa.springboard.showcase.domain.Works;
import uk.org.ncjaa.springboard.shared.NotFoundException;
import uk.org.ncjaa.springboard.taxonomy.TaxonomyApi;
import uk.org.ncjaa.springboard.taxonomy.Vocabulary;

/**
 * Where member organisations send works, follow them through moderation, change them when returned,
 * and withdraw them at once. Only people who look after an organisation's Directory listing may send
 * works for it, and each sees only its own organisations' works.
 */
@Controller
class SubmitController {

    private final Works works;
    private final TaxonomyApi taxonomy;
    private final List<String> videoHosts;
    private final org.springframework.context.MessageSource messages;

    SubmitController(Works works, TaxonomyApi taxonomy,
            @Value("${springboard.content.video-hosts:youtube.com,youtu.be,vimeo.com}") List<String> videoHosts,
            org.springframework.context.MessageSource messages) {
        this.messages = messages;
        this.works = works;
        this.taxonomy = taxonomy;
        this.videoHosts = videoHosts;
    }

    @GetMapping("/showcase/submit")
    String form(@AuthenticationPrincipal AccountUser user, Model model) {
        return page(user, WorkForm.blank(), null, model);
    }

    private String page(AccountUser user, WorkForm form, Work editing, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("editing", editing);
        model.addAttribute("organisations", works.organisations(user.id()));
        model.addAttribute("kinds", WorkKind.values());
        model.addAttribute("creditModes", CreditMode.values());
        model.addAttribute("artForms", taxonomy.labels(Vocabulary.ART_FORM));
        model.addAttribute("settings", taxonomy.labels(Vocabulary.SETTING));
        model.addAttribute("regions", taxonomy.labels(Vocabulary.REGION));
        model.addAttribute("checks", Check.values());
        return "showcase/submit";
    }

    @PostMapping("/showcase/submit")
    String submit(@AuthenticationPrincipal AccountUser user, @ModelAttribute("form") WorkForm form,
            @RequestParam(required = false) MultipartFile media, @RequestParam(required = false) MultipartFile consentForm, Model model,
            RedirectAttributes redirect) {
        try {
            Work work = works.submit(user.id(), form.getListingId() == null ? -1 : form.getListingId(), form.details(videoHosts),
                    upload(media), upload(consentForm));
            redirect.addFlashAttribute("notice", text("showcase.notice.sent", work.title()));
            return "redirect:/showcase/manage";
        }
        catch (ShowcaseException refused) {
            model.addAttribute("problem", problem(refused) + chooseAgain(media, consentForm));
            return page(user, form, null, model);
        }
    }

    /** A browser never sends a chosen file back with a refused form: the page says so. */
    private String chooseAgain(MultipartFile media, MultipartFile consentForm) {
        boolean sent = media != null && !media.isEmpty() || consentForm != null && !consentForm.isEmpty();
        return sent ? " " + text("showcase.problem.chooseAgain") : "";
    }

    /** What was refused, in the page's language where the bundle has it. */
    private String problem(ShowcaseException refused) {
        return refused.key() == null ? refused.getMessage()
                : messages.getMessage(refused.key(), refused.args(), refused.getMessage(), LocaleContextHolder.getLocale());
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }

    private static Works.Upload upload(MultipartFile file) {
        if (file == null || file.isEmpty()) {
            return null;
        }
        try {
            return new Works.Upload(file.getBytes(), file.getOriginalFilename());
        }
        catch (IOException ex) {
            throw new ShowcaseException("The file did not arrive complete. Please try again.", "showcase.problem.incomplete");
        }
    }

    @GetMapping("/showcase/manage")
    String manage(@AuthenticationPrincipal AccountUser user, Model model) {
        model.addAttribute("organisations", works.organisations(user.id()));
        model.addAttribute("works", works.ownWorks(user.id()).stream()
            .map(w -> new Sent(w, works.decisions(w.id()).stream().filter(d -> !d.reason().isBlank()).reduce((a, b) -> b)
                .map(d -> d.reason()).orElse("")))
            .toList());
        return "showcase/manage";
    }

    /** A work with the latest reason an editor or the organisation gave. */
    record Sent(Work work, String reason) {
    }

    @GetMapping("/showcase/manage/{id}")
    String edit(@AuthenticationPrincipal AccountUser user, @PathVariable long id, Model model) {
        Work work = works.ownWork(user.id(), id);
        model.addAttribute("decisions", works.decisions(id));
        return page(user, WorkForm.of(work), work, model);
    }

    @PostMapping("/showcase/manage/{id}")
    String revise(@AuthenticationPrincipal AccountUser user, @PathVariable long id, @ModelAttribute("form") WorkForm form,
            @RequestParam(required = false) MultipartFile media, @RequestParam(required = false) MultipartFile consentForm, Model model,
            RedirectAttributes redirect) {
        Work work = works.ownWork(user.id(), id);
        try {
            works.revise(user.id(), id, form.details(videoHosts), upload(media), upload(consentForm));
            redirect.addFlashAttribute("notice", text("showcase.notice.changesSent"));
            return "redirect:/showcase/manage";
        }
        catch (ShowcaseException refused) {
            model.addAttribute("problem", problem(refused) + chooseAgain(media, consentForm));
            model.addAttribute("decisions", works.decisions(id));
            return page(user, form, work, model);
        }
    }

    @PostMapping("/showcase/manage/{id}/withdraw")
    String withdraw(@AuthenticationPrincipal AccountUser user, @PathVariable long id, @RequestParam(required = false) String reason,
            RedirectAttributes redirect) {
        works.withdrawOwn(user.id(), id, reason == null ? "" : reason.strip());
        redirect.addFlashAttribute("notice", text("showcase.notice.withdrawn"));
        return "redirect:/showcase/manage";
    }

    /** The signed consent form, for the organisation that holds it (editors read it from the moderation page). */
    @GetMapping("/showcase/manage/{id}/consent-form")
    ResponseEntity<Resource> consentForm(@AuthenticationPrincipal AccountUser user, @PathVariable long id) {
        return ConsentForms.download(works, works.ownWork(user.id(), id));
    }

    /** Shared by the organisation's and the editors' pages: a consent form is private, never kept by a browser. */
    static final class ConsentForms {

        private ConsentForms() {
        }

        static ResponseEntity<Resource> download(Works works, Work work) {
            if (work.status() == WorkStatus.WITHDRAWN) {
                throw new NotFoundException("No consent form for work " + work.id());
            }
            Resource form = works.consentForm(work).orElseThrow(() -> new NotFoundException("No consent form for work " + work.id()));
            MediaType type = work.consentFormKey().endsWith(".pdf") ? MediaType.APPLICATION_PDF : MediaType.IMAGE_JPEG;
            String name = work.consentFormName() == null ? "consent-form" : work.consentFormName();
            return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name, java.nio.charset.StandardCharsets.UTF_8)
                    .build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store").body(form);
        }
    }
}
