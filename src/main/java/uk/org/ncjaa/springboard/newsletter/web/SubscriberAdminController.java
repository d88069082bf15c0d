package uk.org.ncjaa.springboard.newsletter.web;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import uk.org.ncjaa.springboard.accounts.security.AccountUser;
import uk.org.ncjaa.springboard.newsletter.domain.Subscriber;
import uk.org.ncjaa.springboard.newsletter.domain.Subscribers;
import uk.org.ncjaa.springboard.newsletter.domain.Suppressions;
import uk.org.ncjaa.springboard.shared.EmailAddresses;
import uk.org.ncjaa.springboard.shared.NotFoundException;

/** Admins look after the list: find subscribers, import an old list, suppress addresses, record bounces, set the bounce policy. */
@Controller
class SubscriberAdminController {

    private static final long MAX_IMPORT_BYTES = 10L * 1024 * 1024;

    private final Subscribers subscribers;
    private final Suppressions suppressions;

    SubscriberAdminController(Subscribers subscribers, Suppressions suppressions) {
        this.subscribers = subscribers;
        this.suppressions = suppressions;
    }

    @GetMapping("/admin/newsletter/subscribers")
    String list(@RequestParam(required = false) String q, Model model) {
        String text = q == null ? "" : q.strip();
        if (text.length() > 254) {
            text = text.substring(0, 254);
        }
        model.addAttribute("q", text);
        model.addAttribute("subscribers", subscribers.search(text, 100));
        model.addAttribute("counts", subscribers.counts());
        model.addAttribute("suppressed", suppressions.list(text, 50));
        model.addAttribute("suppressedCount", suppressions.count());
        model.addAttribute("bounces", suppressions.recentBounces(20));
        model.addAttribute("policy", suppressions.policy());
        model.addAttribute("kinds", Suppressions.BounceKind.values());
        if (!model.containsAttribute("problems")) {
            model.addAttribute("problems", Map.of());
        }
        return "newsletter/admin/subscribers";
    }

    @GetMapping("/admin/newsletter/subscribers/{id}")
    String subscriber(@PathVariable long id, Model model) {
        Subscriber subscriber = subscribers.find(id).orElseThrow(() -> new NotFoundException("No such subscriber"));
        model.addAttribute("subscriber", subscriber);
        model.addAttribute("ledger", subscribers.ledger(id));
        model.addAttribute("suppressed", suppressions.suppressed(subscriber.email()));
        return "newsletter/admin/subscriber";
    }

    @PostMapping("/admin/newsletter/subscribers/{id}/ask")
    String ask(@PathVariable long id, RedirectAttributes redirect) {
        int asked = subscribers.askToConfirm(List.of(id));
        redirect.addFlashAttribute("notice", asked == 1 ? "A confirmation email is on its way." : "Only people whose consent is unknown can be asked.");
        return "redirect:/admin/newsletter/subscribers/" + id;
    }

    /** A non-member's request to be forgotten: the subscriber, their consent record and their deliveries go. */
    @PostMapping("/admin/newsletter/subscribers/{id}/erase")
    String erase(@PathVariable long id, RedirectAttributes redirect) {
        subscribers.erase(id);
        redirect.addFlashAttribute("notice", "The subscriber and everything recorded about them here are erased.");
        return "redirect:/admin/newsletter/subscribers";
    }

    @PostMapping("/admin/newsletter/subscribers/import")
    String importList(@RequestParam(required = false) MultipartFile file, @AuthenticationPrincipal AccountUser user, Model model,
            RedirectAttributes redirect) {
        String problem = null;
        if (file == null || file.isEmpty()) {
            problem = "Choose a CSV file to import";
        }
        else if (file.getSize() > MAX_IMPORT_BYTES) {
            problem = "The file is larger than 10 MB; split it and import the parts";
        }
        if (problem == null) {
            try (InputStreamReader reader = new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8)) {
                model.addAttribute("report", subscribers.importCsv(reader, user.id()));
            }
            catch (IllegalArgumentException | IOException ex) {
                problem = ex.getMessage() == null ? "The file could not be read" : ex.getMessage();
            }
        }
        if (problem != null) {
            model.addAttribute("problems", Map.of("file", problem));
        }
        return list(null, model);
    }

    @PostMapping("/admin/newsletter/subscribers/suppress")
    String suppress(@RequestParam(required = false) String email, @RequestParam(required = false) String detail,
            @AuthenticationPrincipal AccountUser user, Model model, RedirectAttributes redirect) {
        if (!EmailAddresses.plausible(email) || (detail != null && detail.length() > 500)) {
            model.addAttribute("problems", Map.of("suppress-email", "Enter an email address, and a reason under 500 characters"));
            model.addAttribute("suppressEmail", email);
            return list(null, model);
        }
        boolean added = suppressions.suppress(email, Suppressions.Reason.STAFF,
                (detail == null || detail.isBlank() ? "Added by staff" : detail.strip()) + " (" + user.displayName() + ")");
        redirect.addFlashAttribute("notice", added ? "That address will not be mailed." : "That address was already suppressed.");
        return "redirect:/admin/newsletter/subscribers";
    }

    @PostMapping("/admin/newsletter/subscribers/lift")
    String lift(@RequestParam(required = false) String email, RedirectAttributes redirect) {
        boolean lifted = email != null && suppressions.lift(email);
        redirect.addFlashAttribute("notice", lifted ? "That address can be mailed again, if they are subscribed." : "That address was not suppressed.");
        return "redirect:/admin/newsletter/subscribers";
    }

    @PostMapping("/admin/newsletter/subscribers/bounce")
    String bounce(@RequestParam(required = false) String email, @RequestParam(required = false) String kind,
            @RequestParam(required = false) String detail, Model model, RedirectAttributes redirect) {
        Suppressions.BounceKind bounceKind = null;
        try {
            bounceKind = kind == null ? null : Suppressions.BounceKind.valueOf(kind);
        }
        catch (IllegalArgumentException ex) {
            // reported below
        }
        if (!EmailAddresses.plausible(email) || bounceKind == null || (detail != null && detail.length() > 500)) {
            model.addAttribute("problems", Map.of("bounce-email", "Enter the address that bounced and choose what kind of bounce it was"));
            model.addAttribute("bounceEmail", email);
            return list(null, model);
        }
        boolean suppressed = suppressions.bounce(email, bounceKind, "STAFF", null, detail);
        redirect.addFlashAttribute("notice", suppressed ? "Recorded. The address is now suppressed." : "Recorded.");
        return "redirect:/admin/newsletter/subscribers";
    }

    @PostMapping("/admin/newsletter/subscribers/policy")
    String policy(@RequestParam Map<String, String> values, Model model, RedirectAttributes redirect) {
        Map<Suppressions.BounceKind, Integer> chosen = new LinkedHashMap<>();
        for (Suppressions.BounceKind kind : Suppressions.BounceKind.values()) {
            try {
                int n = Integer.parseInt(values.getOrDefault(kind.name(), "").strip());
                if (n < 1 || n > 100) {
                    throw new NumberFormatException();
                }
                chosen.put(kind, n);
            }
            catch (NumberFormatException ex) {
                model.addAttribute("problems", Map.of("policy-" + kind.name(), "Enter a whole number from 1 to 100"));
                model.addAttribute("typedPolicy", values);
                return list(null, model);
            }
        }
        chosen.forEach(suppressions::setPolicy);
        redirect.addFlashAttribute("notice", "The bounce policy is saved.");
        return "redirect:/admin/newsletter/subscribers";
    }
}
