package uk.org.ncjaa.springboard.members.web;

import java.util.List;

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

import uk.org.ncjaa.springboard.accounts.AccountsApi;
import uk.org.ncjaa.springboard.accounts.security.AccountUser;
import uk.org.ncjaa.springboard.members.domain.Interest;
import uk.org.ncjaa.springboard.members.domain.Network;
import uk.org.ncjaa.springboard.shared.i18n.Languages;

/** A member's profile: their role, organisation, region and what they work in. */
@Controller
class ProfileController {

    private final Network network;
    private final ProfileAnswers answers;
    private final AccountsApi accounts;
    private final MessageSource messages;

    ProfileController(Network network, ProfileAnswers answers, AccountsApi accounts, MessageSource messages) {
        this.network = network;
        this.answers = answers;
        this.accounts = accounts;
        this.messages = messages;
    }

    @ModelAttribute
    void choices(@AuthenticationPrincipal AccountUser user, Model model) {
        answers.offer(model);
        // the language setting is the account's; a member who has not chosen sees the page's language chosen
        String language = user == null ? null : accounts.language(user.id());
        model.addAttribute("language", language != null ? language : Languages.code(LocaleContextHolder.getLocale()));
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
            model.addAttribute("problem", messages.getMessage("members.profile.notReady", null, LocaleContextHolder.getLocale()));
            return "members/profile";
        }
        redirect.addFlashAttribute("changed", messages.getMessage("members.profile.saved", null, LocaleContextHolder.getLocale()));
        return "redirect:/account/profile";
    }
}
