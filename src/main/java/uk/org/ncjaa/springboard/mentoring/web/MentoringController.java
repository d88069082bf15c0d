package uk.org.ncjaa.springboard.mentoring.web;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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
import uk.org.ncjaa.springboard.mentoring.domain.Certificates;
import uk.org.ncjaa.springboard.mentoring.domain.Feedback;
import uk.org.ncjaa.springboard.mentoring.domain.Match;
import uk.org.ncjaa.springboard.mentoring.domain.Meeting;
import uk.org.ncjaa.springboard.mentoring.domain.MentoringException;
import uk.org.ncjaa.springboard.mentoring.domain.Relationships;
import uk.org.ncjaa.springboard.mentoring.domain.Round;
import uk.org.ncjaa.springboard.mentoring.domain.Rounds;
import uk.org.ncjaa.springboard.mentoring.domain.Vocabularies;
import uk.org.ncjaa.springboard.mentoring.matching.Criterion;
import uk.org.ncjaa.springboard.taxonomy.TaxonomyApi;
import uk.org.ncjaa.springboard.taxonomy.Vocabulary;

/** The scheme's public page, and members' applications, offers and mentoring pages. */
@Controller
class MentoringController {

    private final Rounds rounds;
    private final Applications applications;
    private final Relationships relationships;
    private final Certificates certificates;
    private final TaxonomyApi taxonomy;
    private final ChoiceLabels labels;
    private final MentoringText text;

    MentoringController(Rounds rounds, Applications applications, Relationships relationships, Certificates certificates,
            TaxonomyApi taxonomy, ChoiceLabels labels, MentoringText text) {
        this.text = text;
        this.rounds = rounds;
        this.applications = applications;
        this.relationships = relationships;
        this.certificates = certificates;
        this.taxonomy = taxonomy;
        this.labels = labels;
    }

    @InitBinder({ "form", "meeting" })
    void bindFields(WebDataBinder binder) {
        binder.initDirectFieldAccess();
    }

    @GetMapping("/mentoring")
    String scheme(Model model) {
        model.addAttribute("rounds", rounds.shown());
        model.addAttribute("today", rounds.today());
        model.addAttribute("criteria", Criterion.values());
        return "mentoring/scheme";
    }

    @GetMapping("/mentoring/rounds/{id}/apply")
    String applyForm(@PathVariable long id, @RequestParam(name = "as", required = false) String as,
            @AuthenticationPrincipal AccountUser user, Model model) {
        Round round = rounds.shown(id);
        Optional<Application> existing = applications.mineIn(id, user.id());
        ApplicationForm form = existing.map(ApplicationForm::of).orElseGet(ApplicationForm::new);
        if (existing.isEmpty() && ("mentor".equals(as) || "mentee".equals(as))) {
            form.role = as.toUpperCase(java.util.Locale.ROOT);
        }
        return applyPage(round, form, existing.orElse(null), Map.of(), model);
    }

    @PostMapping("/mentoring/rounds/{id}/apply")
    String apply(@PathVariable long id, @ModelAttribute("form") ApplicationForm form, @RequestParam(defaultValue = "save") String action,
            @AuthenticationPrincipal AccountUser user, Model model, RedirectAttributes redirect) {
        Round round = rounds.shown(id);
        Application existing = applications.mineIn(id, user.id()).orElse(null);
        boolean send = "send".equals(action);
        Map<String, String> problems = form.problems(text, send, round.maxPerMentor(), taxonomy.labels(Vocabulary.ART_FORM).keySet(),
                taxonomy.labels(Vocabulary.SETTING).keySet(), taxonomy.labels(Vocabulary.REGION).keySet());
        if (!problems.isEmpty()) {
            return applyPage(round, form, existing, problems, model);
        }
        try {
            applications.save(id, user.id(), form.role(), form.details(round.questions().size()), send);
        }
        catch (MentoringException ex) {
            return applyPage(round, form, existing, Map.of("role", text.problem(ex)), model);
        }
        redirect.addFlashAttribute("notice", text.get(send ? "mentoring.notice.sent" : "mentoring.notice.draftSaved"));
        return send ? "redirect:/mentoring/mine" : "redirect:/mentoring/rounds/" + id + "/apply";
    }

    private String applyPage(Round round, ApplicationForm form, Application existing, Map<String, String> problems, Model model) {
        model.addAttribute("round", round);
        model.addAttribute("form", form);
        model.addAttribute("existing", existing);
        model.addAttribute("problems", problems);
        model.addAttribute("open", round.takingApplications(rounds.today()));
        model.addAttribute("editable", existing == null || existing.status() == Application.Status.DRAFT
                || existing.status() == Application.Status.SUBMITTED);
        model.addAttribute("artFormChoices", taxonomy.labels(Vocabulary.ART_FORM));
        model.addAttribute("settingChoices", taxonomy.labels(Vocabulary.SETTING));
        model.addAttribute("regionChoices", taxonomy.labels(Vocabulary.REGION));
        model.addAttribute("formatChoices", text.labels("mentoring.format.", Vocabularies.FORMATS));
        model.addAttribute("timeChoices", text.labels("mentoring.time.", Vocabularies.TIMES));
        model.addAttribute("topicChoices", text.labels("mentoring.topic.", Vocabularies.TOPICS));
        return "mentoring/apply";
    }

    @GetMapping("/mentoring/mine")
    String mine(@AuthenticationPrincipal AccountUser user, Model model) {
        List<Application> mine = applications.mine(user.id());
        Map<Long, Round> roundsById = new LinkedHashMap<>();
        mine.forEach(a -> roundsById.computeIfAbsent(a.roundId(), rounds::get));
        model.addAttribute("applications", mine);
        model.addAttribute("rounds", roundsById);
        model.addAttribute("matches", relationships.mine(user.id()));
        return "mentoring/mine";
    }

    @PostMapping("/mentoring/applications/{id}/withdraw")
    String withdraw(@PathVariable long id, @AuthenticationPrincipal AccountUser user, RedirectAttributes redirect) {
        try {
            applications.withdraw(id, user.id());
            redirect.addFlashAttribute("notice", text.get("mentoring.notice.withdrawn"));
        }
        catch (MentoringException ex) {
            redirect.addFlashAttribute("notice", text.problem(ex));
        }
        return "redirect:/mentoring/mine";
    }

    @GetMapping("/mentoring/matches/{id}")
    String match(@PathVariable long id, @AuthenticationPrincipal AccountUser user, Model model) {
        return matchPage(relationships.view(id, user.id()), Map.of(), new MeetingForm(), model);
    }

    @PostMapping("/mentoring/matches/{id}/answer")
    String answer(@PathVariable long id, @RequestParam(defaultValue = "") String answer, @AuthenticationPrincipal AccountUser user,
            Model model, RedirectAttributes redirect) {
        if (!answer.equals("accept") && !answer.equals("decline")) {
            return matchPage(relationships.view(id, user.id()), Map.of("answer", text.get("mentoring.problem.answer")), new MeetingForm(), model);
        }
        try {
            Match match = relationships.answer(id, user.id(), answer.equals("accept"));
            redirect.addFlashAttribute("notice", text.get(match.status() == Match.Status.ACTIVE ? "mentoring.notice.begun"
                    : match.status() == Match.Status.DECLINED ? "mentoring.notice.declined" : "mentoring.notice.waiting"));
        }
        catch (MentoringException ex) {
            redirect.addFlashAttribute("notice", text.problem(ex));
        }
        return "redirect:/mentoring/matches/" + id;
    }

    @PostMapping("/mentoring/matches/{id}/goals")
    String goals(@PathVariable long id, @RequestParam(defaultValue = "") String goals, @AuthenticationPrincipal AccountUser user,
            Model model, RedirectAttributes redirect) {
        if (goals.strip().length() > 4000) {
            return matchPage(relationships.view(id, user.id()), Map.of("goals", text.get("mentoring.problem.goals")), new MeetingForm(),
                    model);
        }
        return act(id, redirect, text.get("mentoring.notice.goals"), () -> relationships.agreeGoals(id, user.id(), goals.strip()));
    }

    @PostMapping("/mentoring/matches/{id}/meetings")
    String meeting(@PathVariable long id, @ModelAttribute("meeting") MeetingForm form, @AuthenticationPrincipal AccountUser user,
            Model model, RedirectAttributes redirect) {
        Map<String, String> problems = form.problems(text, rounds.today());
        if (!problems.isEmpty()) {
            return matchPage(relationships.view(id, user.id()), problems, form, model);
        }
        return act(id, redirect, text.get("mentoring.notice.meeting"), () -> relationships.logMeeting(id, user.id(), form.date(), form.format(),
                form.minutes(), form.notes.strip()));
    }

    @PostMapping("/mentoring/matches/{id}/feedback")
    String feedback(@PathVariable long id, @RequestParam(defaultValue = "") String stage, @RequestParam(defaultValue = "") String satisfaction,
            @RequestParam(defaultValue = "") String progress, @RequestParam(defaultValue = "") String comment,
            @AuthenticationPrincipal AccountUser user, Model model, RedirectAttributes redirect) {
        Map<String, String> problems = new LinkedHashMap<>();
        Integer happy = scale(satisfaction);
        Integer moved = scale(progress);
        Feedback.Stage chosen = "MID".equals(stage) ? Feedback.Stage.MID : "END".equals(stage) ? Feedback.Stage.END : null;
        if (chosen == null) {
            problems.put("stage", text.get("mentoring.problem.stage"));
        }
        if (happy == null) {
            problems.put("satisfaction", text.get("mentoring.problem.satisfaction"));
        }
        if (moved == null) {
            problems.put("progress", text.get("mentoring.problem.progress"));
        }
        if (comment.strip().length() > 2000) {
            problems.put("comment", text.get("mentoring.problem.comment"));
        }
        if (!problems.isEmpty()) {
            return matchPage(relationships.view(id, user.id()), problems, new MeetingForm(), model);
        }
        return act(id, redirect, text.get("mentoring.notice.feedback"),
                () -> relationships.giveFeedback(id, user.id(), chosen, happy, moved, comment.strip()));
    }

    @PostMapping("/mentoring/matches/{id}/close")
    String close(@PathVariable long id, @RequestParam(defaultValue = "") String outcome, @RequestParam(defaultValue = "") String note,
            @AuthenticationPrincipal AccountUser user, Model model, RedirectAttributes redirect) {
        Match.Outcome chosen = null;
        for (Match.Outcome o : Match.Outcome.values()) {
            if (o.name().equals(outcome)) {
                chosen = o;
            }
        }
        if (chosen == null || note.strip().length() > 2000) {
            return matchPage(relationships.view(id, user.id()), Map.of("outcome", text.get(chosen == null ? "mentoring.problem.outcome"
                    : "mentoring.problem.note")), new MeetingForm(), model);
        }
        Match.Outcome closing = chosen;
        return act(id, redirect, text.get("mentoring.notice.closed"), () -> relationships.close(id, user.id(), closing, note.strip()));
    }

    @GetMapping("/mentoring/matches/{id}/certificate.pdf")
    ResponseEntity<byte[]> certificate(@PathVariable long id, @AuthenticationPrincipal AccountUser user) {
        try {
            byte[] pdf = certificates.render(relationships.view(id, user.id()), org.springframework.context.i18n.LocaleContextHolder.getLocale());
            return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename("mentoring-certificate.pdf").build().toString())
                .body(pdf);
        }
        catch (MentoringException ex) {
            return ResponseEntity.status(409).contentType(MediaType.TEXT_PLAIN).body(text.problem(ex).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
    }

    private String act(long id, RedirectAttributes redirect, String done, Runnable step) {
        try {
            step.run();
            redirect.addFlashAttribute("notice", done);
        }
        catch (MentoringException ex) {
            redirect.addFlashAttribute("notice", text.problem(ex));
        }
        return "redirect:/mentoring/matches/" + id;
    }

    private String matchPage(Relationships.View view, Map<String, String> problems, MeetingForm meeting, Model model) {
        model.addAttribute("view", view);
        model.addAttribute("problems", problems);
        model.addAttribute("meeting", meeting);
        model.addAttribute("criteria", Criterion.values());
        model.addAttribute("formats", Meeting.Format.values());
        model.addAttribute("outcomes", Match.Outcome.values());
        model.addAttribute("stages", Feedback.Stage.values());
        model.addAttribute("today", rounds.today());
        model.addAttribute("labels", labels.all());
        return "mentoring/match";
    }

    private static Integer scale(String value) {
        return value.matches("[1-5]") ? Integer.valueOf(value) : null;
    }

    /** Logging a meeting, bound to its fields directly. */
    static class MeetingForm {

        public String heldOn = "";
        public String format = "";
        public String minutes = "60";
        public String notes = "";

        Map<String, String> problems(MentoringText text, LocalDate today) {
            Map<String, String> problems = new LinkedHashMap<>();
            LocalDate date = date();
            if (date == null) {
                problems.put("heldOn", text.get("mentoring.problem.heldOn"));
            }
            else if (date.isAfter(today)) {
                problems.put("heldOn", text.get("mentoring.problem.heldOnFuture"));
            }
            if (format() == null) {
                problems.put("format", text.get("mentoring.problem.format"));
            }
            Integer length = minutes();
            if (length == null || length < 5 || length > 600) {
                problems.put("minutes", text.get("mentoring.problem.minutes"));
            }
            if (notes.strip().length() > 4000) {
                problems.put("notes", text.get("mentoring.problem.notes"));
            }
            return problems;
        }

        LocalDate date() {
            return FormValues.date(heldOn);
        }

        Meeting.Format format() {
            for (Meeting.Format f : Meeting.Format.values()) {
                if (f.name().equals(format)) {
                    return f;
                }
            }
            return null;
        }

        Integer minutes() {
            return FormValues.number(minutes);
        }
    }
}
