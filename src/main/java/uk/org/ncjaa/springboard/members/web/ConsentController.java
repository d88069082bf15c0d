package uk.org.ncjaa.springboard.members.web;

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
import uk.org.ncjaa.springboard.members.Consent;
import uk.org.ncjaa.springboard.members.domain.Network;

/** A member's consents on one page: what they agree to now, changed with one button each, and the whole ledger. */
@Controller
class ConsentController {

    private final Network network;

    private final MessageSource messages;

    ConsentController(Network network, MessageSource messages) {
        this.messages = messages;
        this.network = network;
    }

    @GetMapping("/account/consents")
    String consents(@AuthenticationPrincipal AccountUser user, Model model) {
        model.addAttribute("consents", network.consents(user.id()));
        model.addAttribute("purposes", Consent.values());
        return "members/consents";
    }

    @PostMapping("/account/consents")
    String decide(@AuthenticationPrincipal AccountUser user, @RequestParam(required = false) String purpose,
            @RequestParam(required = false) String decision, RedirectAttributes redirect) {
        Consent consent = parse(purpose);
        if (consent == null || !consent.optional() || consent.managedElsewhere() || !("give".equals(decision) || "withdraw".equals(decision))) {
            redirect.addFlashAttribute("problem", text("members.consents.unclear"));
            return "redirect:/account/consents";
        }
        boolean granted = "give".equals(decision);
        try {
            network.decide(user.id(), consent, granted);
        }
        catch (IllegalStateException notYet) {
            redirect.addFlashAttribute("problem", text("members.profile.notReady"));
            return "redirect:/account/consents";
        }
        redirect.addFlashAttribute("changed", text(granted ? "members.consents.gave" : "members.consents.withdrew",
                text("members.consent." + consent.name() + ".label")));
        return "redirect:/account/consents";
    }

    private static Consent parse(String purpose) {
        for (Consent consent : Consent.values()) {
            if (consent.name().equals(purpose)) {
                return consent;
            }
        }
        return null;
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }
}
