package uk.org.ncjaa.springboard.members.web;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import uk.org.ncjaa.springboard.accounts.security.AccountUser;
import uk.org.ncjaa.springboard.members.domain.RegionContacts;
import uk.org.ncjaa.springboard.shared.NotFoundException;
import uk.org.ncjaa.springboard.taxonomy.ConceptView;
import uk.org.ncjaa.springboard.taxonomy.TaxonomyApi;
import uk.org.ncjaa.springboard.taxonomy.Vocabulary;

/** Staff set each region's contact, shown on its regional page. */
@Controller
class RegionContactController {

    private final RegionContacts contacts;
    private final TaxonomyApi taxonomy;

    RegionContactController(RegionContacts contacts, TaxonomyApi taxonomy) {
        this.contacts = contacts;
        this.taxonomy = taxonomy;
    }

    @GetMapping("/admin/regions")
    String list(Model model) {
        model.addAttribute("regions", taxonomy.concepts(Vocabulary.REGION));
        model.addAttribute("contacts", contacts.all());
        return "members/region-contacts";
    }

    @PostMapping("/admin/regions/{slug}")
    String set(@PathVariable String slug, @RequestParam(required = false) String name, @RequestParam(required = false) String role,
            @RequestParam(required = false) String email, @RequestParam(required = false) String phone,
            @AuthenticationPrincipal AccountUser user, Model model, RedirectAttributes redirect) {
        ConceptView region = taxonomy.find(Vocabulary.REGION, slug).orElseThrow(() -> new NotFoundException("No such region"));
        Map<String, String> problems = new LinkedHashMap<>();
        boolean anything = !blank(role) || !blank(email) || !blank(phone);
        if (blank(name) && anything) {
            problems.put("name", "Enter the contact's name, or clear every field to remove the contact");
        }
        if (!blank(email) && !uk.org.ncjaa.springboard.shared.EmailAddresses.plausible(email)) {
            problems.put("email", "Enter an email address like name@example.org");
        }
        if (length(name) > 200 || length(role) > 200 || length(email) > 254 || length(phone) > 40) {
            problems.put("name", "Keep each field short: a name and role under 200 characters, a phone number under 40");
        }
        if (!problems.isEmpty()) {
            model.addAttribute("failed", slug);
            model.addAttribute("problems", problems);
            model.addAttribute("typed", new RegionContacts.Contact(name, role, email, phone));
            return list(model);
        }
        contacts.set(slug, new RegionContacts.Contact(name, role, email, phone), user.id());
        redirect.addFlashAttribute("notice", blank(name) ? "The contact for " + region.label() + " is removed."
                : "The contact for " + region.label() + " is saved.");
        return "redirect:/admin/regions";
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static int length(String value) {
        return value == null ? 0 : value.length();
    }
}
