package uk.org.ncjaa.springboard.mentoring.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import uk.org.ncjaa.springboard.mentoring.domain.MentoringReports;
import uk.org.ncjaa.springboard.mentoring.domain.Rounds;

/**
 * The fairness of a round's matching by equality monitoring answers: under /admin/equality, so
 * only the equality analyst sees it, and only as counts with small ones hidden.
 */
@Controller
class MentoringEqualityController {

    private final Rounds rounds;
    private final MentoringReports reports;

    MentoringEqualityController(Rounds rounds, MentoringReports reports) {
        this.rounds = rounds;
        this.reports = reports;
    }

    @GetMapping("/admin/equality/mentoring/{id}")
    String fairness(@PathVariable long id, Model model) {
        model.addAttribute("round", rounds.get(id));
        model.addAttribute("groups", reports.equality(id));
        return "mentoring/admin/equality";
    }
}
