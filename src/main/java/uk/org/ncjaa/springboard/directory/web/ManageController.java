package uk.org.ncjaa.springboard.directory.web;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.DataBinder;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.security.core.annotation.AuthenticationPrincipal;

import uk.org.ncjaa.springboard.accounts.security.AccountUser;
import uk.org.ncjaa.springboard.directory.DeliveryModel;
import uk.org.ncjaa.springboard.directory.ListingContent;
import uk.org.ncjaa.springboard.directory.domain.Listing;
import uk.org.ncjaa.springboard.directory.domain.Listings;
import uk.org.ncjaa.springboard.directory.domain.Logos;
import uk.org.ncjaa.springboard.shared.NotFoundException;
import uk.org.ncjaa.springboard.taxonomy.TaxonomyApi;
import uk.org.ncjaa.springboard.taxonomy.Vocabulary;

/**
 * Organisations look after their own listings: create, edit, send for review, confirm once a year,
 * upload a logo and invite colleagues. Every listing id in a path is checked against the signed-in
 * account, so one organisation's admin can never reach another's listing.
 */
@Controller
class ManageController {


    private final Listings listings;
    private final Logos logos;
    private final TaxonomyApi taxonomy;

    ManageController(Listings listings, Logos logos, TaxonomyApi taxonomy) {
        this.listings = listings;
        this.logos = logos;
        this.taxonomy = taxonomy;
    }

    @InitBinder("form")
    void bindFields(WebDataBinder binder) {
        binder.initDirectFieldAccess();
        binder.setAutoGrowCollectionLimit(20);
    }

    @GetMapping("/directory/manage")
    String mine(@AuthenticationPrincipal AccountUser user, Model model) {
        model.addAttribute("listings", listings.managedBy(user.id()));
        return "directory/manage";
    }

    @GetMapping("/directory/new")
    String start(Model model) {
        model.addAttribute("name", "");
        return "directory/new";
    }

    @PostMapping("/directory/new")
    String create(@AuthenticationPrincipal AccountUser user, @RequestParam(defaultValue = "") String name, Model model) {
        String clean = name.strip();
        if (clean.isEmpty() || clean.length() > 150) {
            model.addAttribute("name", name);
            model.addAttribute("nameProblem", clean.isEmpty() ? uk.org.ncjaa.springboard.directory.DirectoryWords.of("directory.new.error.name", "Enter the organisation's name")
                    : uk.org.ncjaa.springboard.directory.DirectoryWords.of("directory.new.error.long", "Keep the name under 150 characters"));
            return "directory/new";
        }
        Listing listing = listings.create(user.id(), ListingContent.named(clean));
        return "redirect:/directory/manage/" + listing.id();
    }

    @GetMapping("/directory/manage/{id}")
    String edit(@AuthenticationPrincipal AccountUser user, @PathVariable long id, Model model) {
        Listing listing = listings.managed(user.id(), id);
        ListingForm form = ListingForm.of(listing.working());
        DataBinder binder = new DataBinder(form, "form");
        binder.initDirectFieldAccess();
        model.addAttribute("form", form);
        model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "form", binder.getBindingResult());
        return page(user, listing, model);
    }

    /** Saves the draft; with {@code submit}, also sends it to the editors once it has no problems. */
    @PostMapping("/directory/manage/{id}")
    String save(@AuthenticationPrincipal AccountUser user, @PathVariable long id, @ModelAttribute("form") ListingForm form,
            BindingResult errors, @RequestParam(required = false) String submit, Model model, RedirectAttributes redirect) {
        Listing listing = listings.managed(user.id(), id);
        form.compact();
        ListingContent content = form.toContent();
        Map<String, String> problems = new java.util.LinkedHashMap<>(content.problems());
        checkConcepts(problems, "artForms", Vocabulary.ART_FORM, content.artForms());
        checkConcepts(problems, "settings", Vocabulary.SETTING, content.settings());
        checkConcepts(problems, "participants", Vocabulary.PARTICIPANT, content.participants());
        checkConcepts(problems, "groups", Vocabulary.GROUP, content.groups());
        checkConcepts(problems, "regions", Vocabulary.REGION, content.regions());
        for (int i = 0; i < content.locations().size(); i++) {
            String region = content.locations().get(i).region();
            if (region != null && taxonomy.find(Vocabulary.REGION, region).isEmpty()) {
                problems.put("locations[" + i + "].region", "Choose a region from the list");
            }
        }
        if (errors.hasErrors() || !problems.isEmpty()) {
            // a name must be there to save anything; other problems only stop it being sent for review
            boolean saveable = !errors.hasErrors() && problems.keySet().equals(java.util.Set.of("description"));
            if (saveable && submit == null) {
                listings.save(user.id(), id, content);
                redirect.addFlashAttribute("changed", uk.org.ncjaa.springboard.directory.DirectoryWords.of("directory.edit.savedNoDescription",
                        "Saved. Add a description before you send it for review."));
                return "redirect:/directory/manage/" + id;
            }
            problems.forEach((field, message) -> reject(errors, field, message));
            form.withRoomForMore();
            return page(user, listing, model);
        }
        listings.save(user.id(), id, content);
        if (submit != null) {
            listings.submit(user.id(), id);
            redirect.addFlashAttribute("changed", uk.org.ncjaa.springboard.directory.DirectoryWords.of("directory.edit.sent",
                    "Sent for review. An editor will check it, usually within a week, and we will email you."));
        }
        else {
            redirect.addFlashAttribute("changed", uk.org.ncjaa.springboard.directory.DirectoryWords.of("directory.edit.saved",
                    "Saved. Send it for review when it is ready: nothing changes publicly until then."));
        }
        return "redirect:/directory/manage/" + id;
    }

    @PostMapping("/directory/manage/{id}/verify")
    String verify(@AuthenticationPrincipal AccountUser user, @PathVariable long id, RedirectAttributes redirect) {
        Listing listing = listings.managed(user.id(), id);
        if (!listing.isPublished()) {
            redirect.addFlashAttribute("changed", uk.org.ncjaa.springboard.directory.DirectoryWords.of("directory.edit.notPublished",
                    "Your listing is not published yet, so there is nothing to confirm."));
        }
        else {
            listings.verify(user.id(), id);
            redirect.addFlashAttribute("changed", uk.org.ncjaa.springboard.directory.DirectoryWords.of("directory.edit.verified", "Thank you: the listing now shows it was checked today."));
        }
        return "redirect:/directory/manage/" + id;
    }

    @PostMapping("/directory/manage/{id}/logo")
    String logo(@AuthenticationPrincipal AccountUser user, @PathVariable long id, @RequestParam(name = "logo", required = false)
            MultipartFile file, RedirectAttributes redirect) throws IOException {
        Listing listing = listings.managed(user.id(), id);
        try {
            logos.upload(listing, file == null ? null : file.getBytes());
            redirect.addFlashAttribute("changed", uk.org.ncjaa.springboard.directory.DirectoryWords.of("directory.edit.logo",
                    "Logo received. It will show once an editor approves your next changes."));
        }
        catch (uk.org.ncjaa.springboard.shared.Images.Rejected rejected) {
            redirect.addFlashAttribute("logoProblem", rejected.getMessage());
        }
        return "redirect:/directory/manage/" + id + "#logo";
    }

    /** The logo waiting for approval, for its organisation to see. */
    @GetMapping("/directory/manage/{id}/logo.png")
    ResponseEntity<byte[]> pendingLogo(@AuthenticationPrincipal AccountUser user, @PathVariable long id) {
        Listing listing = listings.managed(user.id(), id);
        byte[] image = logos.image(listing.id(), true).or(() -> logos.image(listing.id(), false))
            .orElseThrow(() -> new NotFoundException("No logo"));
        return ResponseEntity.ok().contentType(MediaType.IMAGE_PNG).header("X-Content-Type-Options", "nosniff").body(image);
    }

    @PostMapping("/directory/manage/{id}/invite")
    String invite(@AuthenticationPrincipal AccountUser user, @PathVariable long id, @RequestParam(defaultValue = "") String email,
            RedirectAttributes redirect) {
        listings.managed(user.id(), id);
        String address = email.strip();
        if (!uk.org.ncjaa.springboard.shared.EmailAddresses.plausible(address)) {
            redirect.addFlashAttribute("inviteProblem", uk.org.ncjaa.springboard.directory.DirectoryWords.of("directory.edit.invite.error", "Enter an email address like name@example.org"));
            redirect.addFlashAttribute("inviteEmail", email.length() > 254 ? email.substring(0, 254) : email);
        }
        else {
            listings.invite(user.id(), id, address);
            redirect.addFlashAttribute("changed", uk.org.ncjaa.springboard.directory.DirectoryWords.of("directory.edit.invited", "Invitation sent to " + address + ". The link works for 14 days.",
                    address));
        }
        return "redirect:/directory/manage/" + id + "#admins";
    }

    @GetMapping("/directory/invitations/{token}")
    String invitation(@PathVariable String token, Model model) {
        model.addAttribute("token", token);
        return "directory/invitation";
    }

    @PostMapping("/directory/invitations/{token}")
    String accept(@AuthenticationPrincipal AccountUser user, @PathVariable String token, Model model, RedirectAttributes redirect) {
        return listings.accept(user.id(), token).map(listing -> {
            redirect.addFlashAttribute("changed", uk.org.ncjaa.springboard.directory.DirectoryWords.of("directory.edit.joined",
                    "You now help look after this listing."));
            return "redirect:/directory/manage/" + listing.id();
        }).orElseGet(() -> {
            model.addAttribute("token", token);
            model.addAttribute("invitationProblem", uk.org.ncjaa.springboard.directory.DirectoryWords.of("directory.invitation.problem",
                    "This invitation cannot be used: it may have expired or been used already, or it was sent to"
                    + " another email address than the one you are signed in with."));
            return "directory/invitation";
        });
    }

    private String page(AccountUser user, Listing listing, Model model) {
        model.addAttribute("listing", listing);
        model.addAttribute("admins", listings.adminNames(listing.id()));
        model.addAttribute("logoLive", logos.has(listing.id(), false));
        model.addAttribute("logoPending", logos.has(listing.id(), true));
        model.addAttribute("deliveryModels", List.of(DeliveryModel.values()));
        for (Vocabulary vocabulary : List.of(Vocabulary.ART_FORM, Vocabulary.SETTING, Vocabulary.PARTICIPANT, Vocabulary.GROUP,
            Vocabulary.REGION)) {
            model.addAttribute(vocabulary.name(), taxonomy.concepts(vocabulary));
        }
        return "directory/edit";
    }

    /** The listing's problems as written in English, and the keys of their messages, so a Welsh page shows them in Welsh. */
    private static final Map<String, String> PROBLEMS = Map.ofEntries(
            Map.entry("Enter the organisation's name", "directory.problem.name"),
            Map.entry("Describe what the organisation does, in a sentence or more", "directory.problem.description"),
            Map.entry("Choose delivery models from the list", "directory.problem.models"),
            Map.entry("List up to 20 languages, separated by commas", "directory.problem.languages"),
            Map.entry("Give the service a name, or leave the whole service empty", "directory.problem.serviceName"),
            Map.entry("Enter the town or city, or leave the whole location empty", "directory.problem.town"),
            Map.entry("Enter a postcode like M1 1AE", "directory.problem.postcode"),
            Map.entry("Enter a name or a job title, or leave the whole contact empty", "directory.problem.contact"),
            Map.entry("Enter an email address like info@example.org", "directory.problem.email"),
            Map.entry("Enter a web address starting with https://", "directory.problem.web"),
            Map.entry("Enter a phone number using digits, spaces, + and brackets", "directory.problem.phone"),
            Map.entry("Choose a region from the list", "directory.problem.region"),
            Map.entry("Choose from the list", "directory.problem.choose"));
    private static final java.util.regex.Pattern TOO_LONG = java.util.regex.Pattern.compile("Keep this under (\\d+) characters \\(it has (\\d+)\\)");
    private static final java.util.regex.Pattern TOO_MANY = java.util.regex.Pattern.compile("List up to (\\d+) (services|locations|contacts)");

    /** The error code is the message's key: the page shows it in its language, the English as written where none matches. */
    private static void reject(BindingResult errors, String field, String message) {
        java.util.regex.Matcher long_ = TOO_LONG.matcher(message);
        java.util.regex.Matcher many = TOO_MANY.matcher(message);
        if (PROBLEMS.containsKey(message)) {
            errors.rejectValue(field, PROBLEMS.get(message), message);
        }
        else if (long_.matches()) {
            errors.rejectValue(field, "directory.problem.long", new Object[] { long_.group(1), long_.group(2) }, message);
        }
        else if (many.matches()) {
            errors.rejectValue(field, "directory.problem.many." + many.group(2), new Object[] { many.group(1) }, message);
        }
        else {
            errors.rejectValue(field, "invalid", message);
        }
    }

    private void checkConcepts(Map<String, String> problems, String field, Vocabulary vocabulary, List<String> slugs) {
        for (String slug : slugs) {
            if (taxonomy.find(vocabulary, slug).isEmpty()) {
                problems.put(field, "Choose from the list");
            }
        }
    }
}
