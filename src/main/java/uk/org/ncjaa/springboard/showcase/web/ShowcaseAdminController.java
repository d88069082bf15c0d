package uk.org.ncjaa.springboard.showcase.web;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.springframework.core.io.Resource;
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
import uk.org.ncjaa.springboard.showcase.domain.Check;
import uk.org.ncjaa.springboard.showcase.domain.Exhibition;
import uk.org.ncjaa.springboard.showcase.domain.NameCheck;
import uk.org.ncjaa.springboard.showcase.domain.ShowcaseException;
import uk.org.ncjaa.springboard.showcase.domain.Work;
import uk.org.ncjaa.springboard.showcase.domain.Works;
import uk.org.ncjaa.springboard.taxonomy.TaxonomyApi;
import uk.org.ncjaa.springboard.taxonomy.Vocabulary;

/**
 * Editors' moderation: the queue, each work with its consent, the organisation's answers, the words
 * that might name someone or somewhere, and the checklist every point of which must be confirmed to
 * publish; featuring, withdrawing, and curating exhibitions.
 */
@Controller
class ShowcaseAdminController {

    private final Works works;
    private final TaxonomyApi taxonomy;

    ShowcaseAdminController(Works works, TaxonomyApi taxonomy) {
        this.works = works;
        this.taxonomy = taxonomy;
    }

    @GetMapping("/admin/showcase")
    String queue(Model model) {
        model.addAttribute("waiting", works.waiting());
        model.addAttribute("every", works.every());
        model.addAttribute("exhibitions", works.everyExhibition());
        return "showcase/admin/queue";
    }

    @GetMapping("/admin/showcase/works/{id}")
    String work(@PathVariable long id, Model model) {
        Work work = works.work(id);
        model.addAttribute("w", new ShowcaseController.WorkView(work, taxonomy.labels(Vocabulary.ART_FORM),
                taxonomy.labels(Vocabulary.SETTING), taxonomy.labels(Vocabulary.REGION)));
        model.addAttribute("suspects", NameCheck.suspects(work.title(), work.creditName(), work.makerWords(), work.textBody(),
                work.description(), work.transcript(), work.project()));
        model.addAttribute("checks", Check.values());
        model.addAttribute("decisions", works.decisions(id));
        model.addAttribute("consentInForce", work.consentInForce(works.today()));
        return "showcase/admin/work";
    }

    @PostMapping("/admin/showcase/works/{id}/decision")
    String decide(@AuthenticationPrincipal AccountUser user, @PathVariable long id, @RequestParam(required = false) String action,
            @RequestParam(required = false) List<String> checks, @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        Set<Check> confirmed = EnumSet.noneOf(Check.class);
        if (checks != null) {
            checks.forEach(c -> Arrays.stream(Check.values()).filter(k -> k.name().equals(c)).findFirst().ifPresent(confirmed::add));
        }
        try {
            works.decide(id, action, confirmed, reason, user.id());
            redirect.addFlashAttribute("notice", "Decision recorded.");
        }
        catch (ShowcaseException refused) {
            redirect.addFlashAttribute("problem", refused.getMessage());
            return "redirect:/admin/showcase/works/" + id;
        }
        return "redirect:/admin/showcase";
    }

    @PostMapping("/admin/showcase/works/{id}/feature")
    String feature(@PathVariable long id, @RequestParam(required = false) String featured, RedirectAttributes redirect) {
        try {
            works.feature(id, "true".equals(featured));
            redirect.addFlashAttribute("notice", "true".equals(featured) ? "The work is featured on the home page." : "No longer featured.");
        }
        catch (ShowcaseException refused) {
            redirect.addFlashAttribute("problem", refused.getMessage());
        }
        return "redirect:/admin/showcase/works/" + id;
    }

    @PostMapping("/admin/showcase/works/{id}/withdraw")
    String withdraw(@AuthenticationPrincipal AccountUser user, @PathVariable long id, @RequestParam(required = false) String reason,
            RedirectAttributes redirect) {
        works.withdrawByEditor(id, reason, user.id());
        redirect.addFlashAttribute("notice", "The work was withdrawn: it has gone from the site and its files are deleted.");
        return "redirect:/admin/showcase";
    }

    @GetMapping("/admin/showcase/works/{id}/consent-form")
    ResponseEntity<Resource> consentForm(@PathVariable long id) {
        return SubmitController.ConsentForms.download(works, works.work(id));
    }

    @PostMapping("/admin/showcase/exhibitions")
    String createExhibition(@RequestParam(required = false) String title, RedirectAttributes redirect) {
        try {
            Exhibition exhibition = works.createExhibition(title, "");
            return "redirect:/admin/showcase/exhibitions/" + exhibition.id();
        }
        catch (ShowcaseException refused) {
            redirect.addFlashAttribute("problem", refused.getMessage());
            return "redirect:/admin/showcase";
        }
    }

    @GetMapping("/admin/showcase/exhibitions/{id}")
    String exhibition(@PathVariable long id, Model model) {
        Exhibition exhibition = works.exhibition(id);
        if (!model.containsAttribute("title")) {
            model.addAttribute("title", exhibition.title());
            model.addAttribute("introduction", exhibition.introduction());
            model.addAttribute("workList", String.join("\n", exhibition.workIds().stream()
                .map(workId -> works.work(workId).slug()).toList()));
        }
        model.addAttribute("exhibition", exhibition);
        model.addAttribute("published", works.published());
        return "showcase/admin/exhibition";
    }

    @PostMapping("/admin/showcase/exhibitions/{id}")
    String editExhibition(@PathVariable long id, @RequestParam(required = false) String title,
            @RequestParam(required = false) String introduction, @RequestParam(required = false) String workList,
            @RequestParam(required = false) String publish, RedirectAttributes redirect) {
        try {
            works.editExhibition(id, title, introduction, workList == null ? List.of() : Arrays.asList(workList.split("\\R")));
            if (publish != null) {
                works.publishExhibition(id, "true".equals(publish));
            }
            redirect.addFlashAttribute("notice", "Exhibition saved.");
        }
        catch (ShowcaseException refused) {
            redirect.addFlashAttribute("problem", refused.getMessage());
            redirect.addFlashAttribute("title", title);
            redirect.addFlashAttribute("introduction", introduction);
            redirect.addFlashAttribute("workList", workList);
        }
        return "redirect:/admin/showcase/exhibitions/" + id;
    }
}
