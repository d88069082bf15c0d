package uk.org.ncjaa.springboard.taxonomy.web;

import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import uk.org.ncjaa.springboard.shared.NotFoundException;
import uk.org.ncjaa.springboard.taxonomy.Vocabulary;
import uk.org.ncjaa.springboard.taxonomy.domain.Concept;
import uk.org.ncjaa.springboard.taxonomy.domain.DuplicateLabelException;
import uk.org.ncjaa.springboard.taxonomy.domain.TaxonomyService;

@Controller
@RequestMapping("/admin/taxonomy")
class TaxonomyAdminController {

    private final TaxonomyService taxonomy;

    TaxonomyAdminController(TaxonomyService taxonomy) {
        this.taxonomy = taxonomy;
    }

    @InitBinder
    void binder(WebDataBinder binder) {
        binder.setDisallowedFields("id");
    }

    @GetMapping
    String index(Model model) {
        model.addAttribute("vocabularies", Vocabulary.values());
        model.addAttribute("counts", taxonomy.countsInUse());
        return "taxonomy/admin/index";
    }

    @GetMapping("/{vocabulary}")
    String list(@PathVariable String vocabulary, Model model) {
        return listPage(vocabulary(vocabulary), new ConceptForm(), model);
    }

    @PostMapping("/{vocabulary}")
    String add(@PathVariable String vocabulary, @Valid @ModelAttribute("form") ConceptForm form, BindingResult errors,
            Model model, RedirectAttributes redirect) {
        Vocabulary vocab = vocabulary(vocabulary);
        if (!errors.hasErrors()) {
            try {
                Concept added = taxonomy.add(vocab, form.details());
                redirect.addFlashAttribute("notice", "Added “" + added.label() + "”.");
                return "redirect:/admin/taxonomy/" + vocab.slug();
            }
            catch (DuplicateLabelException ex) {
                errors.rejectValue("label", "duplicate", "Another concept already has this label");
            }
            catch (IllegalArgumentException ex) {
                errors.rejectValue("parentSlug", "invalid", "Choose a parent from this vocabulary's concepts");
            }
        }
        return listPage(vocab, form, model);
    }

    @GetMapping("/{vocabulary}/{id}")
    String edit(@PathVariable String vocabulary, @PathVariable long id, Model model) {
        Concept concept = concept(vocabulary, id);
        return editPage(concept, ConceptForm.of(concept), model);
    }

    @PostMapping("/{vocabulary}/{id}")
    String update(@PathVariable String vocabulary, @PathVariable long id, @Valid @ModelAttribute("form") ConceptForm form,
            BindingResult errors, Model model, RedirectAttributes redirect) {
        Concept concept = concept(vocabulary, id);
        if (!errors.hasErrors()) {
            try {
                taxonomy.update(id, form.details());
                redirect.addFlashAttribute("notice", "Saved “" + form.getLabel().strip() + "”.");
                return "redirect:/admin/taxonomy/" + concept.vocabulary().slug();
            }
            catch (DuplicateLabelException ex) {
                errors.rejectValue("label", "duplicate", "Another concept already has this label");
            }
            catch (IllegalArgumentException ex) {
                errors.rejectValue("parentSlug", "invalid", "Choose a parent that is not this concept or one under it");
            }
        }
        return editPage(concept, form, model);
    }

    @PostMapping("/{vocabulary}/{id}/retire")
    String retire(@PathVariable String vocabulary, @PathVariable long id, RedirectAttributes redirect) {
        Concept concept = concept(vocabulary, id);
        taxonomy.retire(id);
        redirect.addFlashAttribute("notice", "Retired “" + concept.label() + "”. Existing tags keep it.");
        return "redirect:/admin/taxonomy/" + concept.vocabulary().slug();
    }

    @PostMapping("/{vocabulary}/{id}/reinstate")
    String reinstate(@PathVariable String vocabulary, @PathVariable long id, RedirectAttributes redirect) {
        Concept concept = concept(vocabulary, id);
        taxonomy.reinstate(id);
        redirect.addFlashAttribute("notice", "Reinstated “" + concept.label() + "”.");
        return "redirect:/admin/taxonomy/" + concept.vocabulary().slug();
    }

    @PostMapping("/{vocabulary}/{id}/merge")
    String merge(@PathVariable String vocabulary, @PathVariable long id, @RequestParam(required = false) Long targetId,
            RedirectAttributes redirect) {
        Concept concept = concept(vocabulary, id);
        if (targetId == null || targetId == id) {
            redirect.addFlashAttribute("problem", "Choose another concept to merge into.");
            return "redirect:/admin/taxonomy/" + concept.vocabulary().slug() + "/" + id;
        }
        Concept target = concept(vocabulary, targetId);
        taxonomy.merge(id, target.id());
        redirect.addFlashAttribute("notice",
                "Merged “" + concept.label() + "” into “" + target.label() + "”. Its labels now find “" + target.label() + "”.");
        return "redirect:/admin/taxonomy/" + concept.vocabulary().slug();
    }

    private String listPage(Vocabulary vocabulary, ConceptForm form, Model model) {
        model.addAttribute("vocabulary", vocabulary);
        model.addAttribute("concepts", taxonomy.all(vocabulary));
        model.addAttribute("form", form);
        return "taxonomy/admin/list";
    }

    private String editPage(Concept concept, ConceptForm form, Model model) {
        model.addAttribute("vocabulary", concept.vocabulary());
        model.addAttribute("concept", concept);
        model.addAttribute("concepts", taxonomy.all(concept.vocabulary()));
        model.addAttribute("form", form);
        return "taxonomy/admin/edit";
    }

    private Concept concept(String vocabulary, long id) {
        Concept concept = taxonomy.get(id);
        if (concept.vocabulary() != vocabulary(vocabulary)) {
            throw new NotFoundException("No such concept in this vocabulary");
        }
        return concept;
    }

    private static Vocabulary vocabulary(String slug) {
        return Vocabulary.fromSlug(slug).orElseThrow(() -> new NotFoundException("No such vocabulary"));
    }
}
