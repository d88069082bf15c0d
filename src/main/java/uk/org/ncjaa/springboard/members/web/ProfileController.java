package uk.org.ncjaa.springboard.members.web;

import java.util.List;

import jakarta.validation.Valid;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import uk.org.ncjaa.springboard.accounts.security.AccountUser;
import uk.org.ncjaa.springboard.members.domain.Interest;
import uk.org.ncjaa.springboard.members.domain.Network;

/** A member's profile: their role, organisation, region and what they work in. */
@Controller
class ProfileController {

    private final Network network;
    private final ProfileAnswers answers;

    ProfileController(Network network, ProfileAnswers answers) {
        this.network = network;
        this.answers = answers;
    }

    @ModelAttribute
    void choices(Model model) {
        answers.offer(model);
    }

    @GetMapping("/account/profile")
    String form(@AuthenticationPrincipal AccountUser user, Model model) {
        ProfileForm form = new ProfileForm();
        network.profile(user.id()).ifPresent(member -> {
            form.setRoleTitle(member.roleTitle());
            form.setOrganisation(member.organisationName());
            form.setRegion(member.regionSlug());
            member.interests().forEach(interest -> form.answers(interest.vocabulary()).add(interest.slug()));
        });
        model.addAttribute("form", form);
        return "members/profile";
    }

    @PostMapping("/account/profile")
    String save(@AuthenticationPrincipal AccountUser user, @Valid @ModelAttribute("form") ProfileForm form, BindingResult errors,
            Model model, RedirectAttributes redirect) {
        List<Interest> interests = answers.check(form, errors);
        if (errors.hasErrors()) {
            return "members/profile";
        }
        if (!network.describe(user.id(), form.getRoleTitle(), form.getOrganisation(), form.getRegion(), interests)) {
            model.addAttribute("problem", "Your membership is still being set up. Please try again in a minute.");
            return "members/profile";
        }
        redirect.addFlashAttribute("changed", "Your profile is saved.");
        return "redirect:/account/profile";
    }
}
