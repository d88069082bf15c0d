package uk.org.ncjaa.springboard.members.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import uk.org.ncjaa.springboard.accounts.PasswordRules;
import uk.org.ncjaa.springboard.accounts.security.RateLimits;
import uk.org.ncjaa.springboard.members.Consent;
import uk.org.ncjaa.springboard.members.domain.Interest;
import uk.org.ncjaa.springboard.members.domain.Network;

/** Joining the network, free: an account, a profile and the member's choices about contact, in one form. */
@Controller
class JoinController {

    /** The answers offered to "how did you hear about us?", for the alliance's outreach figures. */
    static final Map<String, String> HEARD_FROM = heardFrom();

    private final Network network;
    private final ProfileAnswers answers;
    private final RateLimits limits;

    JoinController(Network network, ProfileAnswers answers, RateLimits limits) {
        this.network = network;
        this.answers = answers;
        this.limits = limits;
    }

    private static Map<String, String> heardFrom() {
        Map<String, String> options = new LinkedHashMap<>();
        options.put("colleague", "A colleague or friend");
        options.put("event", "An alliance event or the Arts Forum");
        options.put("newsletter", "The newsletter or an email");
        options.put("social-media", "Social media");
        options.put("search", "A web search");
        options.put("prison-or-probation", "Through a prison or probation service");
        options.put("other", "Somewhere else");
        return options;
    }

    @ModelAttribute
    void choices(Model model) {
        answers.offer(model);
        model.addAttribute("heardFromOptions", HEARD_FROM);
        model.addAttribute("newsletterWording", Consent.NEWSLETTER.wording());
        model.addAttribute("profileWording", Consent.PUBLIC_PROFILE.wording());
    }

    @GetMapping("/join")
    String form(@ModelAttribute("form") JoinForm form) {
        return "members/join";
    }

    @PostMapping("/join")
    String join(@Valid @ModelAttribute("form") JoinForm form, BindingResult errors, HttpServletRequest request, Model model,
            RedirectAttributes redirect) {
        PasswordRules.check(form.getPassword(), form.getEmail()).ifPresent(problem -> errors.rejectValue("password", problem.key(),
                problem.args(), problem.english()));
        if (form.getHeardFrom() != null && !form.getHeardFrom().isBlank() && !HEARD_FROM.containsKey(form.getHeardFrom())) {
            errors.rejectValue("heardFrom", "members.forms.answer.unknown", "Choose an answer from the list");
        }
        if (form.isRegisterOrganisation() && (form.getOrganisation() == null || form.getOrganisation().isBlank())) {
            errors.rejectValue("organisation", "members.join.organisation.missing", "Enter the organisation's name to register it in the directory");
        }
        List<Interest> interests = answers.check(form, errors);
        if (errors.hasErrors()) {
            form.setPassword(null);
            return "members/join";
        }
        if (!limits.tryRegister(request.getRemoteAddr())) {
            model.addAttribute("limited", true);
            form.setPassword(null);
            return "members/join";
        }
        network.join(new Network.Joining(form.getName(), form.getEmail().strip(), form.getPassword(), form.getRoleTitle(),
                form.getOrganisation(), form.getRegion(), interests, form.getHeardFrom(), form.isNewsletter(), form.isPublicProfile(),
                form.isRegisterOrganisation()),
                request.getRemoteAddr());
        // the same page whether or not the address was new: nobody learns who is a member
        redirect.addFlashAttribute("email", form.getEmail().strip());
        return "redirect:/register/check-email";
    }
}
