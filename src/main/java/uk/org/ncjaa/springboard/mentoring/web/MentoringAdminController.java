package uk.org.ncjaa.springboard.mentoring.web;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import uk.org.ncjaa.springboard.accounts.security.AccountUser;
import uk.org.ncjaa.springboard.mentoring.domain.Application;
import uk.org.ncjaa.springboard.mentoring.domain.Applications;
import uk.org.ncjaa.springboard.mentoring.domain.Match;
import uk.org.ncjaa.springboard.mentoring.domain.Matching;
import uk.org.ncjaa.springboard.mentoring.domain.MentoringException;
import uk.org.ncjaa.springboard.mentoring.domain.MentoringReports;
import uk.org.ncjaa.springboard.mentoring.domain.Role;
import uk.org.ncjaa.springboard.mentoring.domain.Round;
import uk.org.ncjaa.springboard.mentoring.domain.Rounds;
import uk.org.ncjaa.springboard.mentoring.matching.Criterion;
import uk.org.ncjaa.springboard.mentoring.matching.Objective;
import uk.org.ncjaa.springboard.shared.web.Htmx;
import uk.org.ncjaa.springboard.shared.Csv;
import uk.org.ncjaa.springboard.taxonomy.TaxonomyApi;
import uk.org.ncjaa.springboard.taxonomy.Vocabulary;

/** Staff run the scheme: rounds and their weights, decisions on applications, matching, and reports. */
@Controller
class MentoringAdminController {

    private final Rounds rounds;
    private final Applications applications;
    private final Matching matching;
    private final MentoringReports reports;
    private final TaxonomyApi taxonomy;
    private final ChoiceLabels labels;

    MentoringAdminController(Rounds rounds, Applications applications, Matching matching, MentoringReports reports, TaxonomyApi taxonomy,
            ChoiceLabels labels) {
        this.rounds = rounds;
        this.applications = applications;
        this.matching = matching;
        this.reports = reports;
        this.taxonomy = taxonomy;
        this.labels = labels;
    }

    @InitBinder("form")
    void bindFields(WebDataBinder binder) {
        binder.initDirectFieldAccess();
    }

    @GetMapping("/admin/mentoring")
    String index(Model model) {
        model.addAttribute("rounds", rounds.all());
        return "mentoring/admin/index";
    }

    @GetMapping("/admin/mentoring/rounds/new")
    String newRound(Model model) {
        RoundForm form = new RoundForm();
        form.opensOn = rounds.today().toString();
        form.closesOn = rounds.today().plusWeeks(4).toString();
        form.startsOn = rounds.today().plusWeeks(8).toString();
        return roundPage(null, form, Map.of(), model);
    }

    @PostMapping("/admin/mentoring/rounds/new")
    String create(@ModelAttribute("form") RoundForm form, Model model, RedirectAttributes redirect) {
        Map<String, String> problems = form.problems();
        if (!problems.isEmpty()) {
            return roundPage(null, form, problems, model);
        }
        Round round = rounds.create(form.settings());
        redirect.addFlashAttribute("notice", "The round is saved as a draft. Open it when you are ready for applications.");
        return "redirect:/admin/mentoring/rounds/" + round.id();
    }

    @GetMapping("/admin/mentoring/rounds/{id}")
    String round(@PathVariable long id, Model model) {
        Round round = rounds.get(id);
        return roundPage(round, RoundForm.of(round), Map.of(), model);
    }

    @PostMapping("/admin/mentoring/rounds/{id}")
    String change(@PathVariable long id, @ModelAttribute("form") RoundForm form, Model model, RedirectAttributes redirect) {
        Round round = rounds.get(id);
        Map<String, String> problems = form.problems();
        if (!problems.isEmpty()) {
            return roundPage(round, form, problems, model);
        }
        rounds.change(id, form.settings());
        redirect.addFlashAttribute("notice", "The round is saved. New weights apply the next time you run the matching.");
        return "redirect:/admin/mentoring/rounds/" + id;
    }

    @PostMapping("/admin/mentoring/rounds/{id}/status")
    String status(@PathVariable long id, @RequestParam(defaultValue = "") String action, RedirectAttributes redirect) {
        try {
            if ("open".equals(action)) {
                rounds.open(id);
                redirect.addFlashAttribute("notice", "The round is open: it is shown on the mentoring page.");
            }
            else if ("close".equals(action)) {
                rounds.close(id);
                redirect.addFlashAttribute("notice", "The round is closed.");
            }
        }
        catch (MentoringException ex) {
            redirect.addFlashAttribute("notice", ex.getMessage());
        }
        return "redirect:/admin/mentoring/rounds/" + id;
    }

    private String roundPage(Round round, RoundForm form, Map<String, String> problems, Model model) {
        model.addAttribute("round", round);
        model.addAttribute("form", form);
        model.addAttribute("problems", problems);
        model.addAttribute("criteria", Criterion.values());
        model.addAttribute("objectives", Objective.values());
        return "mentoring/admin/round";
    }

    @GetMapping("/admin/mentoring/rounds/{id}/applications")
    String applications(@PathVariable long id, Model model) {
        model.addAttribute("round", rounds.get(id));
        model.addAttribute("applications", applications.sent(id));
        return "mentoring/admin/applications";
    }

    @GetMapping("/admin/mentoring/applications/{id}")
    String application(@PathVariable long id, Model model) {
        return applicationPage(applications.get(id), Map.of(), "", model);
    }

    @PostMapping("/admin/mentoring/applications/{id}/decision")
    String decide(@PathVariable long id, @RequestParam(defaultValue = "") String decision, @RequestParam(defaultValue = "") String reason,
            @AuthenticationPrincipal AccountUser user, Model model, RedirectAttributes redirect) {
        Application application = applications.get(id);
        Application.Status chosen = switch (decision) {
            case "accept" -> Application.Status.ACCEPTED;
            case "waitlist" -> Application.Status.WAITLISTED;
            case "decline" -> Application.Status.DECLINED;
            default -> null;
        };
        Map<String, String> problems = new LinkedHashMap<>();
        if (chosen == null) {
            problems.put("decision", "Choose accept, wait-list or decline");
        }
        if (chosen != null && chosen != Application.Status.ACCEPTED && reason.isBlank()) {
            problems.put("reason", "Write the reason the applicant will read");
        }
        if (reason.strip().length() > 2000) {
            problems.put("reason", "Keep the reason under 2,000 characters");
        }
        if (problems.isEmpty()) {
            try {
                applications.decide(id, chosen, reason.strip(), user.displayName());
                redirect.addFlashAttribute("notice", "Decided, and the applicant is emailed.");
                return "redirect:/admin/mentoring/rounds/" + application.roundId() + "/applications";
            }
            catch (MentoringException ex) {
                problems.put("decision", ex.getMessage());
            }
        }
        return applicationPage(application, problems, reason, model);
    }

    private String applicationPage(Application application, Map<String, String> problems, String reason, Model model) {
        model.addAttribute("entry", application);
        model.addAttribute("details", application.details());
        model.addAttribute("round", rounds.get(application.roundId()));
        model.addAttribute("problems", problems);
        model.addAttribute("reason", reason);
        model.addAttribute("labels", labels.all());
        return "mentoring/admin/application";
    }

    /** One pair as staff see it, with names and the "why this match". */
    record PairRow(Match match, Application mentee, Application mentor) {
    }

    /**
     * The matching page; with a mentee and a mentor chosen it also explains that pair (why they
     * would match, or what keeps them apart), and to htmx it answers with the explanation alone.
     */
    @GetMapping("/admin/mentoring/rounds/{id}/matching")
    String matchingPage(@PathVariable long id, @RequestParam(required = false) String mentee, @RequestParam(required = false) String mentor,
            Model model, jakarta.servlet.http.HttpServletRequest request) {
        Round round = rounds.get(id);
        if (mentee != null && mentor != null) {
            model.addAttribute("explained", explain(round, mentee, mentor));
            if (Htmx.isFragmentRequest(request)) {
                // the explanation alone: none of the rest of the page is read
                model.addAttribute("criteria", Criterion.values());
                return "mentoring/admin/matching :: explanation";
            }
        }
        return matchingPage(round, Map.of(), model);
    }

    /** A pair staff asked about: its breakdown, or why it cannot be, or that the choice was not valid. */
    record Explained(Application mentee, Application mentor, Matching.Explanation explanation, String problem) {
    }

    private Explained explain(Round round, String menteeId, String mentorId) {
        Application mentee = sentTo(round, menteeId, Role.MENTEE);
        Application mentor = sentTo(round, mentorId, Role.MENTOR);
        if (mentee == null || mentor == null) {
            return new Explained(null, null, null, "Choose a mentee and a mentor from this round's lists");
        }
        return new Explained(mentee, mentor, matching.explain(mentee.id(), mentor.id()), null);
    }

    /** The sent application with this id on this side of the round, or null for anything else typed into the address. */
    private Application sentTo(Round round, String id, Role role) {
        if (!id.matches("\\d{1,18}")) {
            return null;
        }
        try {
            Application application = applications.get(Long.parseLong(id));
            return application.roundId() == round.id() && application.role() == role && application.status() != Application.Status.DRAFT
                    ? application : null;
        }
        catch (uk.org.ncjaa.springboard.shared.NotFoundException ex) {
            return null;
        }
    }

    @PostMapping("/admin/mentoring/rounds/{id}/matching/run")
    String run(@PathVariable long id, RedirectAttributes redirect) {
        Matching.Run run = matching.run(id);
        redirect.addFlashAttribute("run", run);
        redirect.addFlashAttribute("notice", String.format("Proposed %d pairs with a total score of %,d (a simple best-first method "
                + "would have made %d pairs scoring %,d). %d mentees are left unmatched.", run.proposed(), run.totalScore(),
                run.greedyMatched(), run.greedyScore(), run.menteesLeft()));
        return "redirect:/admin/mentoring/rounds/" + id + "/matching";
    }

    @PostMapping("/admin/mentoring/rounds/{id}/matching/publish")
    String publish(@PathVariable long id, RedirectAttributes redirect) {
        Matching.Published published = matching.publish(id);
        String notice = published.offered() + " pairs offered, and both people in each are emailed.";
        if (!published.notOffered().isEmpty()) {
            notice += " Not offered: " + String.join(" ", published.notOffered());
        }
        redirect.addFlashAttribute("notice", notice);
        return "redirect:/admin/mentoring/rounds/" + id + "/matching";
    }

    @PostMapping("/admin/mentoring/rounds/{id}/matching/add")
    String add(@PathVariable long id, @RequestParam(defaultValue = "0") long mentee, @RequestParam(defaultValue = "0") long mentor,
            @RequestParam(defaultValue = "") String reason, @AuthenticationPrincipal AccountUser user, Model model,
            RedirectAttributes redirect) {
        return override(id, "add", reason, model, redirect, "The pair is proposed.",
                () -> matching.add(id, mentee, mentor, reason.strip(), user.displayName()));
    }

    @PostMapping("/admin/mentoring/rounds/{id}/matching/swap")
    String swap(@PathVariable long id, @RequestParam(defaultValue = "0") long first, @RequestParam(defaultValue = "0") long second,
            @RequestParam(defaultValue = "") String reason, @AuthenticationPrincipal AccountUser user, Model model,
            RedirectAttributes redirect) {
        return override(id, "swap", reason, model, redirect, "The two proposals have swapped mentors.",
                () -> matching.swap(first, second, reason.strip(), user.displayName()));
    }

    @PostMapping("/admin/mentoring/rounds/{id}/matching/exclude")
    String exclude(@PathVariable long id, @RequestParam(defaultValue = "0") long mentee, @RequestParam(defaultValue = "0") long mentor,
            @RequestParam(defaultValue = "") String reason, @AuthenticationPrincipal AccountUser user, Model model,
            RedirectAttributes redirect) {
        return override(id, "exclude", reason, model, redirect, "The pair is ruled out, and will never be proposed.",
                () -> matching.exclude(mentee, mentor, reason.strip(), user.displayName()));
    }

    @PostMapping("/admin/mentoring/matches/{matchId}/remove")
    String remove(@PathVariable long matchId, @RequestParam(defaultValue = "") String reason, @AuthenticationPrincipal AccountUser user,
            Model model, RedirectAttributes redirect) {
        Match match = matching.get(matchId);
        return override(match.roundId(), "remove-" + matchId, reason, model, redirect, "The proposal is taken out.",
                () -> matching.remove(matchId, reason.strip(), user.displayName()));
    }

    @PostMapping("/admin/mentoring/matches/{matchId}/withdraw")
    String withdrawOffer(@PathVariable long matchId, @RequestParam(defaultValue = "") String reason,
            @AuthenticationPrincipal AccountUser user, Model model, RedirectAttributes redirect) {
        Match match = matching.get(matchId);
        return override(match.roundId(), "withdraw-" + matchId, reason, model, redirect, "The offer is withdrawn; both are free again.",
                () -> matching.withdrawOffer(matchId, reason.strip(), user.displayName()));
    }

    private String override(long roundId, String field, String reason, Model model, RedirectAttributes redirect, String done, Runnable step) {
        Round round = rounds.get(roundId);
        if (reason.isBlank() || reason.strip().length() > 1000) {
            return matchingPage(round, Map.of(field, reason.isBlank() ? "Give a reason: it is kept with the change"
                    : "Keep the reason under 1,000 characters"), model);
        }
        try {
            step.run();
        }
        catch (MentoringException ex) {
            return matchingPage(round, Map.of(field, ex.getMessage()), model);
        }
        redirect.addFlashAttribute("notice", done);
        return "redirect:/admin/mentoring/rounds/" + roundId + "/matching";
    }

    private String matchingPage(Round round, Map<String, String> problems, Model model) {
        List<Application> sent = applications.sent(round.id());
        Map<Long, Application> byId = sent.stream().collect(Collectors.toMap(Application::id, a -> a));
        List<PairRow> proposed = new ArrayList<>();
        List<PairRow> published = new ArrayList<>();
        Map<Long, Integer> holding = new HashMap<>();
        Set<Long> menteesHeld = new HashSet<>();
        for (Match match : matching.inRound(round.id())) {
            PairRow row = new PairRow(match, byId.get(match.menteeId()), byId.get(match.mentorId()));
            (match.status() == Match.Status.PROPOSED ? proposed : published).add(row);
            if (match.status().held()) {
                holding.merge(match.mentorId(), 1, Integer::sum);
                menteesHeld.add(match.menteeId());
            }
        }
        List<Application> freeMentees = sent.stream()
            .filter(a -> a.role() == Role.MENTEE && a.status() == Application.Status.ACCEPTED && !menteesHeld.contains(a.id())).toList();
        List<Application> freeMentors = sent.stream()
            .filter(a -> a.role() == Role.MENTOR && a.status() == Application.Status.ACCEPTED && holding.getOrDefault(a.id(), 0) < round.placesFor(a))
            .toList();
        List<Application> acceptedMentees = sent.stream().filter(a -> a.role() == Role.MENTEE && a.status() == Application.Status.ACCEPTED).toList();
        List<Application> acceptedMentors = sent.stream().filter(a -> a.role() == Role.MENTOR && a.status() == Application.Status.ACCEPTED).toList();
        model.addAttribute("round", round);
        model.addAttribute("proposed", proposed);
        model.addAttribute("published", published);
        model.addAttribute("freeMentees", freeMentees);
        model.addAttribute("freeMentors", freeMentors);
        model.addAttribute("acceptedMentees", acceptedMentees);
        model.addAttribute("acceptedMentors", acceptedMentors);
        model.addAttribute("overrides", matching.overrides(round.id()));
        model.addAttribute("meetings", matching.meetingCounts(round.id()));
        model.addAttribute("criteria", Criterion.values());
        model.addAttribute("problems", problems);
        return "mentoring/admin/matching";
    }

    @GetMapping("/admin/mentoring/rounds/{id}/report")
    String report(@PathVariable long id, Model model) {
        model.addAttribute("report", reports.report(id, taxonomy.labels(Vocabulary.REGION)));
        return "mentoring/admin/report";
    }

    @GetMapping("/admin/mentoring/rounds/{id}/report.csv")
    ResponseEntity<byte[]> reportCsv(@PathVariable long id) {
        MentoringReports.Report report = reports.report(id, taxonomy.labels(Vocabulary.REGION));
        StringBuilder csv = new StringBuilder();
        for (List<String> row : reports.csv(report)) {
            csv.append(row.stream().map(Csv::cell).collect(Collectors.joining(","))).append("\r\n");
        }
        return ResponseEntity.ok().contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
            .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename("mentoring-round-" + id + ".csv").build().toString())
            .body(csv.toString().getBytes(StandardCharsets.UTF_8));
    }
}
