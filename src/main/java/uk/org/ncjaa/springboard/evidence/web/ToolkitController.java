package uk.org.ncjaa.springboard.evidence.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import uk.org.ncjaa.springboard.evidence.toolkit.StrandKind;
import uk.org.ncjaa.springboard.evidence.toolkit.Toolkit;
import uk.org.ncjaa.springboard.evidence.toolkit.ToolkitSummaries;
import uk.org.ncjaa.springboard.shared.SpringboardProperties;
import uk.org.ncjaa.springboard.shared.web.PageMeta;

/** The evidence toolkit: the library summed up by art form and by outcome, with the editors' summaries. */
@Controller
class ToolkitController {

    private final Toolkit toolkit;
    private final ToolkitSummaries summaries;
    private final SpringboardProperties site;

    ToolkitController(Toolkit toolkit, ToolkitSummaries summaries, SpringboardProperties site) {
        this.toolkit = toolkit;
        this.summaries = summaries;
        this.site = site;
    }

    @GetMapping("/evidence/toolkit")
    String index(Model model) {
        model.addAttribute("artForms", toolkit.headlines(StrandKind.ART_FORMS));
        model.addAttribute("outcomes", toolkit.headlines(StrandKind.OUTCOMES));
        model.addAttribute("meta", new PageMeta("Evidence toolkit", "What the Evidence Library says about each art form and each "
                + "outcome: how many studies, how strong, which way their findings point and what they cost.",
                site.baseUrl() + "/evidence/toolkit", "website"));
        return "evidence/toolkit";
    }

    @GetMapping("/evidence/toolkit/art-forms/{slug}")
    String artForm(@PathVariable String slug, Model model) {
        return strand(StrandKind.ART_FORMS, slug, model);
    }

    @GetMapping("/evidence/toolkit/outcomes/{slug}")
    String outcome(@PathVariable String slug, Model model) {
        return strand(StrandKind.OUTCOMES, slug, model);
    }

    private String strand(StrandKind kind, String slug, Model model) {
        Toolkit.Strand strand = toolkit.strand(kind, slug);
        model.addAttribute("strand", strand);
        model.addAttribute("plots", ForestPlot.acrossStudies(strand.measured(), "strand-plot-"));
        model.addAttribute("summary", summaries.find(kind, slug).orElse(null));
        model.addAttribute("meta", new PageMeta(strand.concept().label() + ": evidence toolkit", "What the Evidence Library says about "
                + strand.concept().label() + ": " + strand.entries() + (strand.entries() == 1 ? " study" : " studies")
                + ", their strength, the direction of their findings and cost.",
                site.baseUrl() + "/evidence/toolkit/" + kind.path() + "/" + strand.concept().slug(), "article"));
        return "evidence/toolkit-strand";
    }
}
