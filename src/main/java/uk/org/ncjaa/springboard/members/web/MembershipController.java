package uk.org.ncjaa.springboard.members.web;

import java.util.List;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import uk.org.ncjaa.springboard.accounts.security.AccountUser;
import uk.org.ncjaa.springboard.members.domain.MembershipTerm;
import uk.org.ncjaa.springboard.members.domain.Network;

/** A member's membership over time: leaving ends a term, re-joining starts another, and the gap shows. */
@Controller
class MembershipController {

    static final int MAX_REASON = 500;

    private final Network network;

    private final MessageSource messages;

    MembershipController(Network network, MessageSource messages) {
        this.messages = messages;
        this.network = network;
    }

    @GetMapping("/account/membership")
    String membership(@AuthenticationPrincipal AccountUser user, Model model) {
        List<MembershipTerm> terms = network.terms(user.id());
        model.addAttribute("terms", terms);
        model.addAttribute("current", terms.stream().anyMatch(MembershipTerm::open));
        return "members/membership";
    }

    @PostMapping("/account/membership/leave")
    String leave(@AuthenticationPrincipal AccountUser user, @RequestParam(required = false) String reason,
            RedirectAttributes redirect) {
        if (reason != null && reason.length() > MAX_REASON) {
            redirect.addFlashAttribute("problem", text("members.membership.reason.long", MAX_REASON));
            redirect.addFlashAttribute("reason", reason);
            return "redirect:/account/membership";
        }
        network.leave(user.id(), reason);
        redirect.addFlashAttribute("changed", text("members.membership.left"));
        return "redirect:/account/membership";
    }

    @PostMapping("/account/membership/rejoin")
    String rejoin(@AuthenticationPrincipal AccountUser user, RedirectAttributes redirect) {
        network.rejoin(user.id());
        redirect.addFlashAttribute("changed", text("members.membership.back"));
        return "redirect:/account/membership";
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }
}
