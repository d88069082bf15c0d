package uk.org.ncjaa.springboard.policy.consultation.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import uk.org.ncjaa.springboard.policy.consultation.domain.Analysis;
import uk.org.ncjaa.springboard.policy.consultation.domain.Consultations;

/**
 * The equality monitoring answers of those who answered a consultation: under /admin/equality, so
 * only the equality analyst sees it, and only as counts with small ones hidden.
 */
@Controller
class ConsultationEqualityController {

    private final Consultations consultations;
    private final Analysis analysis;

    ConsultationEqualityController(Consultations consultations, Analysis analysis) {
        this.consultations = consultations;
        this.analysis = analysis;
    }

    @GetMapping("/admin/equality/consultations/{id}")
    String equality(@PathVariable long id, Model model) {
        model.addAttribute("consultation", consultations.get(id));
        model.addAttribute("group", analysis.equality(id));
        return "policy/consultations/admin/equality";
    }
}
