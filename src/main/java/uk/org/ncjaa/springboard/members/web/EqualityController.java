package uk.org.ncjaa.springboard.members.web;

import jakarta.validation.Valid;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import uk.org.ncjaa.springboard.accounts.security.AccountUser;
import uk.org.ncjaa.springboard.members.Consent;
import uk.org.ncjaa.springboard.members.domain.EqualityMonitoring;
import uk.org.ncjaa.springboard.members.domain.EqualityQuestion;

/**
 * Equality monitoring: a member's own page to answer, change or delete, and the analyst's page of
 * counts. No page shows anyone's answers but to the person who gave them.
 */
@Controller
class EqualityController {

    private final EqualityMonitoring equality;

    private final MessageSource messages;

    EqualityController(EqualityMonitoring equality, MessageSource messages) {
        this.messages = messages;
        this.equality = equality;
    }

    @ModelAttribute
    void questions(Model model) {
        model.addAttribute("questions", EqualityQuestion.values());
        model.addAttribute("consentWording", Consent.EQUALITY_MONITORING.wording());
    }

    @GetMapping("/account/equality")
    String form(@AuthenticationPrincipal AccountUser user, Model model) {
        EqualityForm form = new EqualityForm();
        equality.answers(user.id()).ifPresent(response -> {
            form.setEthnicity(response.answer(EqualityQuestion.ETHNICITY));
            form.setDisability(response.answer(EqualityQuestion.DISABILITY));
            form.setGender(response.answer(EqualityQuestion.GENDER));
            form.setLivedExperience(response.answer(EqualityQuestion.LIVED_EXPERIENCE));
            form.setConsent(true);
            model.addAttribute("answered", response.answeredAt());
        });
        model.addAttribute("form", form);
        return "members/equality";
    }

    @PostMapping("/account/equality")
    String answer(@AuthenticationPrincipal AccountUser user, @Valid @ModelAttribute("form") EqualityForm form, BindingResult errors,
            RedirectAttributes redirect) {
        form.answers().forEach((question, answer) -> {
            if (!question.accepts(answer)) {
                errors.rejectValue(question.field(), "members.forms.answer.unknown", "Choose an answer from the list");
            }
        });
        if (errors.hasErrors()) {
            return "members/equality";
        }
        try {
            equality.answer(user.id(), form.answers());
        }
        catch (IllegalStateException notYet) {
            redirect.addFlashAttribute("problem", text("members.profile.notReady"));
            return "redirect:/account/equality";
        }
        redirect.addFlashAttribute("changed", text("members.equality.saved"));
        return "redirect:/account/equality";
    }

    @PostMapping("/account/equality/delete")
    String forget(@AuthenticationPrincipal AccountUser user, RedirectAttributes redirect) {
        equality.forget(user.id());
        redirect.addFlashAttribute("changed", text("members.equality.deleted"));
        return "redirect:/account/equality";
    }

    @GetMapping("/admin/equality")
    String report(Model model) {
        model.addAttribute("report", equality.report());
        model.addAttribute("smallest", EqualityMonitoring.SMALLEST_SHOWN);
        return "members/equality-report";
    }

    private String text(String key) {
        return messages.getMessage(key, null, LocaleContextHolder.getLocale());
    }
}
