package uk.org.ncjaa.springboard.policy.consultation.web;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
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
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import uk.org.ncjaa.springboard.accounts.security.AccountUser;
import uk.org.ncjaa.springboard.policy.consultation.domain.Analysis;
import uk.org.ncjaa.springboard.policy.consultation.domain.Answer;
import uk.org.ncjaa.springboard.policy.consultation.domain.Answering;
import uk.org.ncjaa.springboard.policy.consultation.domain.Consultation;
import uk.org.ncjaa.springboard.policy.consultation.domain.ConsultationException;
import uk.org.ncjaa.springboard.policy.consultation.domain.ConsultationNotFoundException;
import uk.org.ncjaa.springboard.policy.consultation.domain.Consultations;
import uk.org.ncjaa.springboard.policy.consultation.domain.Question;
import uk.org.ncjaa.springboard.taxonomy.TaxonomyApi;
import uk.org.ncjaa.springboard.taxonomy.Vocabulary;

/** Staff: set up consultations, enter paper answers, read the answers, write and publish the response. */
@Controller
class ConsultationAdminController {

    private static final String BASE = "/admin/policy/consultations";

    private final Consultations consultations;
    private final Answering answering;
    private final Analysis analysis;
    private final TaxonomyApi taxonomy;

    private final uk.org.ncjaa.springboard.accounts.AccountsApi accounts;

    ConsultationAdminController(Consultations consultations, Answering answering, Analysis analysis, TaxonomyApi taxonomy,
            uk.org.ncjaa.springboard.accounts.AccountsApi accounts) {
        this.accounts = accounts;
        this.consultations = consultations;
        this.answering = answering;
        this.analysis = analysis;
        this.taxonomy = taxonomy;
    }

    @InitBinder("form")
    void bindFields(WebDataBinder binder) {
        binder.initDirectFieldAccess();
        binder.setDisallowedFields("id");
    }

    @GetMapping(BASE)
    String list(Model model) {
        model.addAttribute("consultations", consultations.all());
        return "policy/consultations/admin/list";
    }

    @GetMapping(BASE + "/new")
    String create(Model model) {
        return settings(null, new ConsultationForm(), Map.of(), model);
    }

    @PostMapping(BASE + "/new")
    String create(@ModelAttribute("form") ConsultationForm form, Model model, RedirectAttributes redirect) {
        Map<String, String> problems = form.problems();
        if (!problems.isEmpty()) {
            return settings(null, form, problems, model);
        }
        Consultation consultation = consultations.create(form.settings());
        redirect.addFlashAttribute("notice", "Consultation saved as a draft. Add its questions, then open it.");
        return "redirect:" + BASE + "/" + consultation.id();
    }

    @GetMapping(BASE + "/{id}")
    String edit(@PathVariable long id, Model model) {
        Consultation consultation = consultations.get(id);
        return settings(consultation, ConsultationForm.of(consultation), Map.of(), model);
    }

    @PostMapping(BASE + "/{id}")
    String edit(@PathVariable long id, @ModelAttribute("form") ConsultationForm form, Model model, RedirectAttributes redirect) {
        Consultation consultation = consultations.get(id);
        Map<String, String> problems = form.problems();
        if (problems.isEmpty()) {
            try {
                consultations.change(id, form.settings());
                redirect.addFlashAttribute("notice", "Saved.");
                return "redirect:" + BASE + "/" + id;
            }
            catch (ConsultationException ex) {
                problems = Map.of("title", ex.getMessage());
            }
        }
        return settings(consultation, form, problems, model);
    }

    @PostMapping(BASE + "/{id}/questions")
    String addQuestion(@PathVariable long id, @RequestParam(defaultValue = "") String kind, @RequestParam(defaultValue = "") String text,
            @RequestParam(defaultValue = "") String hint, @RequestParam(defaultValue = "") String options,
            @RequestParam(defaultValue = "false") String required, Model model, RedirectAttributes redirect) {
        Consultation consultation = consultations.get(id);
        Question.Kind chosen = Arrays.stream(Question.Kind.values()).filter(k -> k.name().equals(kind)).findFirst().orElse(null);
        Map<String, String> problems = new LinkedHashMap<>();
        if (chosen == null) {
            problems.put("kind", "Choose the kind of question.");
        }
        else if (text.length() > 1000 || hint.length() > 1000 || options.length() > 5000) {
            problems.put("text", "Keep the question and its hint under 1,000 characters each.");
        }
        else {
            try {
                consultations.addQuestion(id, chosen, text.replace("\u0000", ""), hint.replace("\u0000", ""),
                        options.replace("\u0000", "").lines().map(String::strip).filter(l -> !l.isEmpty()).toList(),
                        "true".equals(required));
                redirect.addFlashAttribute("notice", "Question added.");
                return "redirect:" + BASE + "/" + id + "#questions";
            }
            catch (ConsultationException ex) {
                problems.put("text", ex.getMessage());
            }
        }
        model.addAttribute("question", Map.of("kind", kind, "text", text, "hint", hint, "options", options, "required", required));
        return settings(consultation, ConsultationForm.of(consultation), problems, model);
    }

    @PostMapping(BASE + "/{id}/questions/{questionId}/remove")
    String removeQuestion(@PathVariable long id, @PathVariable long questionId, RedirectAttributes redirect) {
        try {
            consultations.removeQuestion(id, questionId);
            redirect.addFlashAttribute("notice", "Question removed.");
        }
        catch (ConsultationException ex) {
            redirect.addFlashAttribute("problem", ex.getMessage());
        }
        return "redirect:" + BASE + "/" + id + "#questions";
    }

    @PostMapping(BASE + "/{id}/status")
    String status(@PathVariable long id, @RequestParam(defaultValue = "") String action, RedirectAttributes redirect) {
        consultations.get(id);
        try {
            switch (action) {
                case "open" -> {
                    consultations.open(id);
                    redirect.addFlashAttribute("notice", "The consultation is open.");
                }
                case "close" -> {
                    consultations.close(id);
                    redirect.addFlashAttribute("notice", "The consultation is closed.");
                }
                default -> redirect.addFlashAttribute("problem", "Choose open or close.");
            }
        }
        catch (ConsultationException ex) {
            redirect.addFlashAttribute("problem", ex.getMessage());
        }
        return "redirect:" + BASE + "/" + id;
    }

    @GetMapping(BASE + "/{id}/paper")
    String paper(@PathVariable long id, Model model) {
        Consultation consultation = consultations.get(id);
        return paperPage(consultation, AnswerInput.empty(consultation), Map.of("paperSource", "", "name", "", "region", ""), Map.of(),
                model);
    }

    @PostMapping(BASE + "/{id}/paper")
    String paper(@PathVariable long id, @RequestParam MultiValueMap<String, String> params, @AuthenticationPrincipal AccountUser user,
            Model model, RedirectAttributes redirect) {
        Consultation consultation = consultations.get(id);
        AnswerInput input = AnswerInput.read(consultation, params);
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("paperSource", field(params.getFirst("paperSource"), 300));
        fields.put("name", field(params.getFirst("name"), 200));
        String region = field(params.getFirst("region"), 80);
        fields.put("region", taxonomy.labels(Vocabulary.REGION).containsKey(region) ? region : "");
        if (fields.get("paperSource").isBlank()) {
            return paperPage(consultation, input, fields, Map.of("paperSource", "Say where the answer came from, such as "
                    + "\"paper, HMP Example, via Example Arts\"."), model);
        }
        try {
            Answering.Saved saved = answering.paper(id, fields.get("paperSource"), fields.get("name"), fields.get("region"), input.raw(),
                    input.consent(), user.id());
            if (!saved.problems().isEmpty()) {
                return paperPage(consultation, input, fields, AnswerInput.problems(saved.problems()), model);
            }
        }
        catch (ConsultationException ex) {
            return paperPage(consultation, input, fields, Map.of("paperSource", ex.getMessage()), model);
        }
        redirect.addFlashAttribute("notice", "The paper answer is added and counted. Add the next one below.");
        return "redirect:" + BASE + "/" + id + "/paper";
    }

    @GetMapping(BASE + "/{id}/answers")
    String answers(@PathVariable long id, Model model) {
        model.addAttribute("consultation", consultations.get(id));
        model.addAttribute("totals", analysis.totals(id));
        model.addAttribute("figures", analysis.figures(id));
        model.addAttribute("representation", analysis.representation(id));
        model.addAttribute("quotes", analysis.quotes(id));
        return "policy/consultations/admin/answers";
    }

    @GetMapping(BASE + "/{id}/answers.csv")
    ResponseEntity<byte[]> csv(@AuthenticationPrincipal AccountUser user, @PathVariable long id,
            jakarta.servlet.http.HttpServletRequest request) {
        byte[] body = analysis.csv(id).getBytes(StandardCharsets.UTF_8);
        // answers are one person's each, and may name them in their own words
        accounts.recordPersonalDataExported(user.id(), null, "Answers CSV of the consultation " + consultations.get(id).title(),
                request.getRemoteAddr());
        return ResponseEntity.ok()
            .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
            .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename("consultation-" + id + "-answers.csv").build()
                .toString())
            .body(body);
    }

    @GetMapping(BASE + "/{id}/questions/{questionId}")
    String question(@PathVariable long id, @PathVariable long questionId, Model model) {
        Consultation consultation = consultations.get(id);
        Question question = consultation.question(questionId).orElseThrow(() -> new ConsultationNotFoundException("No question " + questionId));
        model.addAttribute("consultation", consultation);
        model.addAttribute("question", question);
        model.addAttribute("texts", analysis.texts(id, questionId));
        model.addAttribute("themes", analysis.themes(id));
        return "policy/consultations/admin/question";
    }

    @PostMapping(BASE + "/{id}/themes")
    String addTheme(@PathVariable long id, @RequestParam(defaultValue = "") String name, @RequestParam(defaultValue = "0") long questionId,
            RedirectAttributes redirect) {
        try {
            analysis.addTheme(id, name.replace("\u0000", ""));
            redirect.addFlashAttribute("notice", "Theme added.");
        }
        catch (ConsultationException ex) {
            redirect.addFlashAttribute("problem", ex.getMessage());
        }
        return back(id, questionId);
    }

    @PostMapping(BASE + "/{id}/replies/{replyId}/themes")
    String tag(@PathVariable long id, @PathVariable long replyId, @RequestParam(defaultValue = "") List<String> themes,
            @RequestParam(defaultValue = "0") long questionId, RedirectAttributes redirect) {
        Set<Long> ids = themes.stream().filter(t -> t.matches("[0-9]{1,18}")).map(Long::valueOf).collect(Collectors.toSet());
        analysis.tag(id, replyId, ids);
        redirect.addFlashAttribute("notice", "Themes saved.");
        return back(id, questionId) + "#reply-" + replyId;
    }

    @PostMapping(BASE + "/{id}/replies/{replyId}/quote")
    String quote(@PathVariable long id, @PathVariable long replyId, @RequestParam(defaultValue = "0") long questionId,
            RedirectAttributes redirect) {
        try {
            analysis.quote(id, replyId, null);
            redirect.addFlashAttribute("notice", "Quote chosen.");
        }
        catch (ConsultationException ex) {
            redirect.addFlashAttribute("problem", ex.getMessage());
        }
        return back(id, questionId) + "#reply-" + replyId;
    }

    @GetMapping(BASE + "/{id}/response")
    String response(@PathVariable long id, Model model) {
        Consultation consultation = consultations.get(id);
        return responsePage(consultation, consultation.response(), Map.of(), model);
    }

    @PostMapping(BASE + "/{id}/response")
    String response(@PathVariable long id, @RequestParam(defaultValue = "") String body, @AuthenticationPrincipal AccountUser user,
            Model model, RedirectAttributes redirect) {
        Consultation consultation = consultations.get(id);
        String text = body.replace("\u0000", "");
        if (text.length() > 100_000) {
            return responsePage(consultation, text, Map.of("body", "Keep the response under 100,000 characters."), model);
        }
        try {
            consultations.writeResponse(id, text, user.displayName());
        }
        catch (ConsultationException ex) {
            return responsePage(consultation, text, Map.of("body", ex.getMessage()), model);
        }
        redirect.addFlashAttribute("notice", "Response saved. Earlier versions are listed below.");
        return "redirect:" + BASE + "/" + id + "/response";
    }

    @PostMapping(BASE + "/{id}/outcomes")
    String addOutcome(@PathVariable long id, @RequestParam(defaultValue = "") String youSaid, @RequestParam(defaultValue = "") String weDid,
            Model model, RedirectAttributes redirect) {
        Consultation consultation = consultations.get(id);
        if (youSaid.length() > 5000 || weDid.length() > 5000) {
            return responsePage(consultation, consultation.response(), Map.of("youSaid", "Keep each part under 5,000 characters."), model);
        }
        try {
            consultations.addOutcome(id, youSaid.replace("\u0000", ""), weDid.replace("\u0000", ""));
        }
        catch (ConsultationException ex) {
            model.addAttribute("youSaid", youSaid);
            model.addAttribute("weDid", weDid);
            return responsePage(consultation, consultation.response(), Map.of("youSaid", ex.getMessage()), model);
        }
        redirect.addFlashAttribute("notice", "Row added to \"you said, we did\".");
        return "redirect:" + BASE + "/" + id + "/response#outcomes";
    }

    @PostMapping(BASE + "/{id}/publish")
    String publish(@PathVariable long id, RedirectAttributes redirect) {
        consultations.get(id);
        try {
            int told = consultations.publishResponse(id);
            redirect.addFlashAttribute("notice", "The response is published, and " + told + (told == 1 ? " person" : " people")
                    + " who answered online will be emailed.");
        }
        catch (ConsultationException ex) {
            redirect.addFlashAttribute("problem", ex.getMessage());
        }
        return "redirect:" + BASE + "/" + id + "/response";
    }

    private String back(long id, long questionId) {
        return "redirect:" + BASE + "/" + id + (questionId > 0 ? "/questions/" + questionId : "/answers");
    }

    private String settings(Consultation consultation, ConsultationForm form, Map<String, String> problems, Model model) {
        model.addAttribute("consultation", consultation);
        model.addAttribute("form", form);
        model.addAttribute("problems", problems);
        model.addAttribute("audiences", Consultation.Audience.values());
        model.addAttribute("kinds", Question.Kind.values());
        model.addAttribute("answered", consultation != null && consultations.answered(consultation.id()));
        if (!model.containsAttribute("question")) {
            model.addAttribute("question", Map.of("kind", "", "text", "", "hint", "", "options", "", "required", ""));
        }
        return "policy/consultations/admin/consultation";
    }

    private String paperPage(Consultation consultation, AnswerInput input, Map<String, String> fields, Map<String, String> problems,
            Model model) {
        model.addAttribute("consultation", consultation);
        model.addAttribute("input", input);
        model.addAttribute("fields", fields);
        model.addAttribute("problems", problems);
        model.addAttribute("regions", taxonomy.labels(Vocabulary.REGION));
        model.addAttribute("consents", Answer.QuoteConsent.values());
        model.addAttribute("scale", Question.SCALE);
        model.addAttribute("totals", analysis.totals(consultation.id()));
        return "policy/consultations/admin/paper";
    }

    private String responsePage(Consultation consultation, String body, Map<String, String> problems, Model model) {
        model.addAttribute("consultation", consultation);
        model.addAttribute("body", body);
        model.addAttribute("problems", problems);
        model.addAttribute("outcomes", consultations.outcomes(consultation.id()));
        model.addAttribute("revisions", consultations.revisions(consultation.id()));
        model.addAttribute("totals", analysis.totals(consultation.id()));
        if (!model.containsAttribute("youSaid")) {
            model.addAttribute("youSaid", "");
            model.addAttribute("weDid", "");
        }
        return "policy/consultations/admin/response";
    }

    private static String field(String value, int longest) {
        if (value == null) {
            return "";
        }
        String text = value.replace("\u0000", "").strip();
        return text.length() > longest ? text.substring(0, longest) : text;
    }
}
