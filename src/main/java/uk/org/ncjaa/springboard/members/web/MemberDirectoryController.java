package uk.org.ncjaa.springboard.members.web;

import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import uk.org.ncjaa.springboard.accounts.security.AccountUser;
import uk.org.ncjaa.springboard.members.domain.MemberDirectory;
import uk.org.ncjaa.springboard.shared.NotFoundException;
import uk.org.ncjaa.springboard.shared.web.Paging;
import uk.org.ncjaa.springboard.taxonomy.ConceptView;
import uk.org.ncjaa.springboard.taxonomy.TaxonomyApi;
import uk.org.ncjaa.springboard.taxonomy.Vocabulary;

/** Members finding each other: the opt-in directory, and a message form that never shows an email address. */
@Controller
class MemberDirectoryController {

    private final MemberDirectory directory;
    private final TaxonomyApi taxonomy;

    MemberDirectoryController(MemberDirectory directory, TaxonomyApi taxonomy) {
        this.directory = directory;
        this.taxonomy = taxonomy;
    }

    @GetMapping("/members")
    String search(@RequestParam(required = false) String q, @RequestParam(required = false) String region,
            @RequestParam(required = false) String art, @RequestParam(required = false) String page, Model model) {
        Map<String, String> regions = labels(Vocabulary.REGION);
        Map<String, String> artForms = labels(Vocabulary.ART_FORM);
        // a value that is not in the list is ignored, not an error: links and bookmarks outlive vocabularies
        String chosenRegion = regions.containsKey(region) ? region : null;
        String chosenArt = artForms.containsKey(art) ? art : null;
        String words = q == null ? "" : q.strip();
        if (words.length() > 100) {
            words = words.substring(0, 100);
        }
        int number = 1;
        try {
            number = Math.max(1, Math.min(Integer.parseInt(page == null ? "1" : page.strip()), 10_000));
        }
        catch (NumberFormatException ignored) {
            // page one it is
        }
        MemberDirectory.Page results = directory.search(words, chosenRegion, chosenArt, number);
        model.addAttribute("results", results);
        model.addAttribute("paging", new Paging(number, results.totalPages(), results.total(), number > 1,
                number < results.totalPages()));
        model.addAttribute("q", words);
        model.addAttribute("region", chosenRegion);
        model.addAttribute("art", chosenArt);
        model.addAttribute("regions", regions);
        model.addAttribute("artForms", artForms);
        model.addAttribute("base", "/members?q=" + encode(words) + "&region=" + encode(chosenRegion) + "&art=" + encode(chosenArt) + "&");
        return "members/directory";
    }

    @GetMapping("/members/{id}/contact")
    String contact(@PathVariable long id, Model model) {
        model.addAttribute("listing", directory.listed(id).orElseThrow(() -> new NotFoundException("Not in the member directory")));
        model.addAttribute("max", MemberDirectory.MAX_MESSAGE);
        return "members/contact";
    }

    @PostMapping("/members/{id}/contact")
    String send(@AuthenticationPrincipal AccountUser user, @PathVariable long id, @RequestParam(required = false) String message,
            Model model, RedirectAttributes redirect) {
        MemberDirectory.Listing listing = directory.listed(id).orElseThrow(() -> new NotFoundException("Not in the member directory"));
        String problem = message == null || message.isBlank() ? "Write a message"
                : message.length() > MemberDirectory.MAX_MESSAGE ? "Keep your message under " + MemberDirectory.MAX_MESSAGE + " characters"
                : null;
        if (problem == null) {
            switch (directory.send(user.id(), id, message)) {
                case SENT -> {
                    redirect.addFlashAttribute("changed", "Your message is on its way to " + listing.name() + ".");
                    return "redirect:/members";
                }
                case TOO_MANY -> problem = "You have sent " + MemberDirectory.MESSAGES_PER_HOUR
                        + " messages in the last hour. Please wait a while before you send another.";
                case TO_SELF -> problem = "This is you. Choose someone else to write to.";
                case NOT_LISTED -> throw new NotFoundException("Not in the member directory");
            }
        }
        model.addAttribute("listing", listing);
        model.addAttribute("max", MemberDirectory.MAX_MESSAGE);
        model.addAttribute("message", message);
        model.addAttribute("problem", problem);
        return "members/contact";
    }

    private Map<String, String> labels(Vocabulary vocabulary) {
        return taxonomy.concepts(vocabulary).stream()
            .collect(Collectors.toMap(ConceptView::slug, ConceptView::label, (a, b) -> a, java.util.LinkedHashMap::new));
    }

    private static String encode(String value) {
        return value == null ? "" : java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8);
    }
}
