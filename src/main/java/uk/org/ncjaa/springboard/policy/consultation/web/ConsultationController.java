package uk.org.ncjaa.springboard.policy.consultation.web;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import uk.org.ncjaa.springboard.accounts.security.AccountUser;
import uk.org.ncjaa.springboard.accounts.security.RateLimits;
import uk.org.ncjaa.springboard.policy.consultation.domain.Answer;
import uk.org.ncjaa.springboard.policy.consultation.domain.Answering;
import uk.org.ncjaa.springboard.policy.consultation.domain.Consultation;
import uk.org.ncjaa.springboard.policy.consultation.domain.ConsultationException;
import uk.org.ncjaa.springboard.policy.consultation.domain.Consultations;
import uk.org.ncjaa.springboard.shared.EmailAddresses;

/** The public side: consultations open and closed, answering them, and the responses. */
@Controller
class ConsultationController {

    private final Consultations consultations;
    private final Answering answering;
    private final RateLimits limits;
    private final MessageSource messages;

    ConsultationController(Consultations consultations, Answering answering, RateLimits limits, MessageSource messages) {
        this.consultations = consultations;
        this.answering = answering;
        this.limits = limits;
        this.messages = messages;
    }

    /** A message of the policy bundle in the page's language. */
    private String message(String key) {
        return messages.getMessage(key, null, LocaleContextHolder.getLocale());
    }

    @GetMapping("/policy/consultations")
    String list(Model model) {
        var shown = consultations.shown();
        var today = consultations.today();
        model.addAttribute("open", shown.stream().filter(c -> c.takingAnswers(today)).toList());
        // an open consultation whose first day has not come yet is in neither list
        model.addAttribute("closed", shown.stream().filter(c -> c.status() != Consultation.Status.OPEN || c.closesOn().isBefore(today))
            .toList());
        return "policy/consultations/list";
    }

    @GetMapping("/policy/consultations/{id}")
    String consultation(@PathVariable long id, @AuthenticationPrincipal AccountUser user, Model model) {
        Consultation consultation = consultations.shown(id);
        model.addAttribute("consultation", consultation);
        model.addAttribute("taking", consultation.takingAnswers(consultations.today()));
        model.addAttribute("mine", user == null ? null : answering.mine(id, user.id()).orElse(null));
        model.addAttribute("hasOutcomes", !consultations.outcomes(id).isEmpty());
        return "policy/consultations/consultation";
    }

    @GetMapping("/policy/consultations/{id}/answer")
    String form(@PathVariable long id, @AuthenticationPrincipal AccountUser user, Model model) {
        Consultation consultation = answerable(id, user);
        Answer mine = user == null ? null : answering.mine(id, user.id()).orElse(null);
        if (mine != null && mine.status() == Answer.Status.SUBMITTED) {
            return "redirect:/policy/consultations/" + id + "/thanks";
        }
        return page(consultation, AnswerInput.of(consultation, mine), "", "", Map.of(), user, mine != null, model);
    }

    @PostMapping("/policy/consultations/{id}/answer")
    String answer(@PathVariable long id, @RequestParam MultiValueMap<String, String> params, @AuthenticationPrincipal AccountUser user,
            HttpServletRequest request, Model model, RedirectAttributes redirect) {
        Consultation consultation = answerable(id, user);
        AnswerInput input = AnswerInput.read(consultation, params);
        boolean send = user == null || !"save".equals(params.getFirst("action"));
        String name = trimmed(params.getFirst("name"), 200);
        String email = trimmed(params.getFirst("email"), 320);
        Map<String, String> problems = new LinkedHashMap<>();
        if (user == null && !email.isEmpty() && !EmailAddresses.plausible(email)) {
            problems.put("email", message("policy.answer.problem.email"));
        }
        if (user == null && problems.isEmpty() && !limits.tryAnonymousAnswer(request.getRemoteAddr())) {
            problems.put("answer-form", message("policy.answer.problem.tooMany"));
        }
        if (!problems.isEmpty()) {
            return page(consultation, input, name, email, problems, user, false, model);
        }
        Answering.Saved saved;
        try {
            saved = answering.answer(id, new Answering.Who(user == null ? null : user.id(), user == null ? name : user.displayName(),
                    user == null ? email : null), input.raw(), input.consent(), send);
        }
        catch (ConsultationException ex) {
            return page(consultation, input, name, email, Map.of("answer-form", translated(ex.getMessage())), user, false, model);
        }
        if (!saved.problems().isEmpty()) {
            return page(consultation, input, name, email, AnswerInput.problems(translated(saved.problems())), user, saved.answer().id() != null,
                    model);
        }
        if (!send) {
            redirect.addFlashAttribute("notice", message("policy.answer.saved"));
            return "redirect:/policy/consultations/" + id + "/answer";
        }
        return "redirect:/policy/consultations/" + id + "/thanks";
    }

    @GetMapping("/policy/consultations/{id}/thanks")
    String thanks(@PathVariable long id, Model model) {
        model.addAttribute("consultation", consultations.shown(id));
        return "policy/consultations/thanks";
    }

    @GetMapping("/policy/consultations/{id}/response")
    String response(@PathVariable long id, Model model) {
        model.addAttribute("consultation", consultations.withResponse(id));
        model.addAttribute("hasOutcomes", !consultations.outcomes(id).isEmpty());
        return "policy/consultations/response";
    }

    @GetMapping("/policy/consultations/{id}/you-said-we-did")
    String youSaidWeDid(@PathVariable long id, Model model) {
        model.addAttribute("consultation", consultations.withResponse(id));
        model.addAttribute("outcomes", consultations.outcomes(id));
        return "policy/consultations/you-said-we-did";
    }

    @GetMapping("/account/consultations")
    String mine(@AuthenticationPrincipal AccountUser user, Model model) {
        var answers = answering.mine(user.id());
        Map<Long, Consultation> byId = new LinkedHashMap<>();
        answers.forEach(a -> byId.put(a.consultationId(), consultations.get(a.consultationId())));
        model.addAttribute("answers", answers);
        model.addAttribute("consultations", byId);
        model.addAttribute("today", consultations.today());
        return "policy/consultations/mine";
    }

    /**
     * The consultation, if it is taking answers and this visitor may give one. A visitor without an
     * account where one is needed is sent to log in; a logged-in non-member is refused.
     */
    private Consultation answerable(long id, AccountUser user) {
        Consultation consultation = answering.open(id);
        if (!answering.mayAnswer(consultation, user == null ? null : user.id())) {
            throw new AccessDeniedException("Consultation " + id + " needs " + (user == null ? "an account" : "a member"));
        }
        return consultation;
    }

    private String page(Consultation consultation, AnswerInput input, String name, String email, Map<String, String> problems,
            AccountUser user, boolean draft, Model model) {
        model.addAttribute("consultation", consultation);
        model.addAttribute("input", input);
        model.addAttribute("name", name);
        model.addAttribute("email", email);
        model.addAttribute("problems", problems);
        model.addAttribute("visitor", user == null);
        model.addAttribute("draft", draft);
        model.addAttribute("consents", Answer.QuoteConsent.values());
        model.addAttribute("scale", uk.org.ncjaa.springboard.policy.consultation.domain.Question.SCALE);
        return "policy/consultations/answer";
    }

    /** The questions' own messages (written in English by the domain) in the page's language, where the bundle has them. */
    private static final Map<String, String> QUESTION_PROBLEMS = Map.of(
            "Answer this question: it is needed.", "policy.answer.problem.required",
            "Choose one of the options.", "policy.answer.problem.single",
            "Choose from the options.", "policy.answer.problem.multiple",
            "Choose one point of the scale.", "policy.answer.problem.scale",
            "This consultation is for members of the network.", "policy.answer.problem.members",
            "Log in to save a draft.", "policy.answer.problem.login",
            "You have already answered this consultation.", "policy.answer.problem.already");
    private static final java.util.regex.Pattern RANKING = java.util.regex.Pattern.compile(
            "Give each item a different number from 1 to (\\d+)\\.");
    private static final java.util.regex.Pattern TOO_LONG = java.util.regex.Pattern.compile("Keep your answer under (\\d+) characters\\.");

    private Map<Long, String> translated(Map<Long, String> problems) {
        Map<Long, String> translated = new LinkedHashMap<>();
        problems.forEach((id, problem) -> translated.put(id, translated(problem)));
        return translated;
    }

    private String translated(String problem) {
        java.util.Locale locale = LocaleContextHolder.getLocale();
        if (QUESTION_PROBLEMS.containsKey(problem)) {
            return messages.getMessage(QUESTION_PROBLEMS.get(problem), null, problem, locale);
        }
        java.util.regex.Matcher ranking = RANKING.matcher(problem);
        if (ranking.matches()) {
            return messages.getMessage("policy.answer.problem.ranking", new Object[] { ranking.group(1) }, problem, locale);
        }
        java.util.regex.Matcher tooLong = TOO_LONG.matcher(problem);
        if (tooLong.matches()) {
            return messages.getMessage("policy.answer.problem.long", new Object[] { tooLong.group(1) }, problem, locale);
        }
        return problem;
    }

    private static String trimmed(String value, int longest) {
        if (value == null) {
            return "";
        }
        String text = value.replace("\u0000", "").strip();
        return text.length() > longest ? text.substring(0, longest) : text;
    }
}
