package uk.org.ncjaa.springboard.newsletter.web;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import uk.org.ncjaa.springboard.accounts.security.AccountUser;
import uk.org.ncjaa.springboard.newsletter.Topic;
import uk.org.ncjaa.springboard.newsletter.domain.Campaign;
import uk.org.ncjaa.springboard.newsletter.domain.Campaigns;
import uk.org.ncjaa.springboard.newsletter.domain.Issues;
import uk.org.ncjaa.springboard.newsletter.domain.Subscribers;
import uk.org.ncjaa.springboard.newsletter.sending.Postbox;
import uk.org.ncjaa.springboard.newsletter.sending.Sender;
import uk.org.ncjaa.springboard.newsletter.sending.Sends;
import uk.org.ncjaa.springboard.shared.web.Htmx;
import uk.org.ncjaa.springboard.taxonomy.TaxonomyApi;
import uk.org.ncjaa.springboard.taxonomy.Vocabulary;

/** Staff write campaigns, preview and test them, schedule or send them, and watch a send go out. */
@Controller
class CampaignAdminController {

    private static final ZoneId UK = ZoneId.of("Europe/London");

    private final Campaigns campaigns;
    private final Subscribers subscribers;
    private final Sends sends;
    private final Sender sender;
    private final Issues issues;
    private final TaxonomyApi taxonomy;
    private final Clock clock;
    private final java.util.List<String> setupGaps = new java.util.ArrayList<>();

    CampaignAdminController(Campaigns campaigns, Subscribers subscribers, Sends sends, Sender sender, Issues issues,
            TaxonomyApi taxonomy, Clock clock, uk.org.ncjaa.springboard.newsletter.NewsletterProperties properties) {
        if (properties.linkSecret() == null || properties.linkSecret().isBlank()) {
            setupGaps.add("No link secret is set (SPRINGBOARD_NEWSLETTER_LINK_SECRET): links are signed with one kept in the database.");
        }
        if (properties.mailgunSigningKey() == null || properties.mailgunSigningKey().isBlank()) {
            setupGaps.add("Bounce reports from the mail provider are not set up (SPRINGBOARD_MAILGUN_SIGNING_KEY): record bounces by hand.");
        }
        if (!properties.imap().configured()) {
            setupGaps.add("The unsubscribe mailbox is not read (SPRINGBOARD_NEWSLETTER_IMAP_HOST): people who unsubscribe by email"
                    + " must be unsubscribed by hand.");
        }
        this.campaigns = campaigns;
        this.subscribers = subscribers;
        this.sends = sends;
        this.sender = sender;
        this.issues = issues;
        this.taxonomy = taxonomy;
        this.clock = clock;
    }

    @InitBinder("form")
    void bindFields(WebDataBinder binder) {
        binder.initDirectFieldAccess();
    }

    @GetMapping("/admin/newsletter")
    String overview(Model model) {
        model.addAttribute("campaigns", campaigns.all());
        model.addAttribute("counts", subscribers.counts());
        model.addAttribute("setupGaps", setupGaps);
        return "newsletter/admin/overview";
    }

    @PostMapping("/admin/newsletter/campaigns")
    String create(@RequestParam(required = false) String kind, @AuthenticationPrincipal AccountUser user) {
        Campaign campaign = "one-off".equals(kind) ? campaigns.newOneOff(user.id()) : campaigns.newDigest(user.id());
        return "redirect:/admin/newsletter/campaigns/" + campaign.id();
    }

    @GetMapping("/admin/newsletter/campaigns/{id}")
    String campaign(@PathVariable long id, HttpServletRequest request, Model model) {
        Campaign campaign = campaigns.get(id);
        return show(campaign, formOf(campaign), Map.of(), request, model);
    }

    @PostMapping("/admin/newsletter/campaigns/{id}")
    String write(@PathVariable long id, @ModelAttribute("form") CampaignForm form, HttpServletRequest request, Model model, RedirectAttributes redirect) {
        Campaign campaign = campaigns.get(id);
        Map<String, String> problems = new LinkedHashMap<>();
        if (form.subject == null || form.subject.isBlank()) {
            problems.put("subject", "Enter a subject line");
        }
        else if (form.subject.length() > 150) {
            problems.put("subject", "Keep the subject under 150 characters; most inboxes show about 60");
        }
        if (form.intro != null && form.intro.length() > 5000) {
            problems.put("intro", "Keep the introduction under 5,000 characters");
        }
        if (form.body != null && form.body.length() > 20000) {
            problems.put("body", "Keep the email under 20,000 characters");
        }
        Topic topic = null;
        if (form.topic != null && !form.topic.isBlank()) {
            topic = Topic.fromSlug(form.topic).orElse(null);
            if (topic == null) {
                problems.put("topic", "Choose a topic from the list");
            }
        }
        if (form.region != null && !form.region.isBlank() && !regions().containsKey(form.region)) {
            problems.put("region", "Choose a region from the list");
        }
        if (!campaign.editable()) {
            problems.put("subject", "This campaign has started sending, so it can no longer be changed");
        }
        if (!problems.isEmpty()) {
            return show(campaign, form, problems, request, model);
        }
        campaigns.write(id, form.subject, form.intro, form.body, topic, form.region, form.inArchive);
        redirect.addFlashAttribute("notice", "Saved.");
        return "redirect:/admin/newsletter/campaigns/" + id;
    }

    @PostMapping("/admin/newsletter/campaigns/{id}/items/{itemId}")
    String item(@PathVariable long id, @PathVariable long itemId, @RequestParam(required = false) String action,
            @RequestParam(required = false) String title, @RequestParam(required = false) String summary, RedirectAttributes redirect) {
        Campaign campaign = campaigns.get(id);
        if (!campaign.editable()) {
            redirect.addFlashAttribute("notice", "This campaign has started sending, so it can no longer be changed.");
            return "redirect:/admin/newsletter/campaigns/" + id;
        }
        switch (action == null ? "" : action) {
            case "up" -> campaigns.moveItem(id, itemId, true);
            case "down" -> campaigns.moveItem(id, itemId, false);
            case "remove" -> {
                campaigns.removeItem(id, itemId);
                redirect.addFlashAttribute("notice", "The item is removed.");
            }
            default -> {
                if (title == null || title.isBlank() || title.length() > 300 || (summary != null && summary.length() > 2000)) {
                    redirect.addFlashAttribute("notice", "Not saved: an item needs a title under 300 characters and a summary under 2,000.");
                }
                else {
                    campaigns.editItem(id, itemId, title, summary);
                    redirect.addFlashAttribute("notice", "The item is saved.");
                }
            }
        }
        return "redirect:/admin/newsletter/campaigns/" + id + "#item-" + itemId;
    }

    @PostMapping("/admin/newsletter/campaigns/{id}/items")
    String addItem(@PathVariable long id, @RequestParam(required = false) String section, @RequestParam(required = false) String title,
            @RequestParam(required = false) String url, @RequestParam(required = false) String summary, HttpServletRequest request,
            Model model, RedirectAttributes redirect) {
        Campaign campaign = campaigns.get(id);
        Map<String, String> problems = new LinkedHashMap<>();
        Topic topic = section == null ? null : Topic.fromSlug(section).orElse(null);
        if (topic == null) {
            problems.put("new-section", "Choose the section it goes in");
        }
        if (title == null || title.isBlank() || title.length() > 300) {
            problems.put("new-title", "Enter a title under 300 characters");
        }
        String link = url == null ? "" : url.strip();
        if (!(link.startsWith("https://") || link.startsWith("http://") || (link.startsWith("/") && !link.startsWith("//")))
                || link.length() > 500 || link.chars().anyMatch(Character::isWhitespace)) {
            problems.put("new-url", "Enter a web address starting https://, or a page of this site starting /");
        }
        if (summary != null && summary.length() > 2000) {
            problems.put("new-summary", "Keep the summary under 2,000 characters");
        }
        if (!campaign.editable()) {
            problems.put("new-title", "This campaign has started sending, so it can no longer be changed");
        }
        if (!problems.isEmpty()) {
            model.addAttribute("newItem", Map.of("section", section == null ? "" : section, "title", title == null ? "" : title,
                    "url", link, "summary", summary == null ? "" : summary));
            return show(campaign, formOf(campaign), problems, request, model);
        }
        campaigns.addItem(id, topic, title, link, summary);
        redirect.addFlashAttribute("notice", "The item is added.");
        return "redirect:/admin/newsletter/campaigns/" + id;
    }

    @GetMapping("/admin/newsletter/campaigns/{id}/preview")
    String preview(@PathVariable long id, Model model) {
        Campaign campaign = campaigns.get(id);
        model.addAttribute("campaign", campaign);
        model.addAttribute("text", Issues.personal(issues.renderAll(campaign).text(), manageUrl(), manageUrl()));
        return "newsletter/admin/preview";
    }

    @GetMapping("/admin/newsletter/campaigns/{id}/preview.html")
    ResponseEntity<String> previewHtml(@PathVariable long id) {
        return ArchiveController.emailDocument(issues.renderAll(campaigns.get(id)).html(), issues.baseUrl());
    }

    @PostMapping("/admin/newsletter/campaigns/{id}/test")
    String test(@PathVariable long id, @AuthenticationPrincipal AccountUser user, RedirectAttributes redirect) {
        try {
            sender.sendTest(id, user.email());
            redirect.addFlashAttribute("notice", "A test is on its way to " + user.email() + ".");
        }
        catch (Postbox.Refused | Postbox.Deferred ex) {
            redirect.addFlashAttribute("notice", "The test could not be sent: " + ex.getMessage());
        }
        return "redirect:/admin/newsletter/campaigns/" + id;
    }

    @PostMapping("/admin/newsletter/campaigns/{id}/schedule")
    String schedule(@PathVariable long id, @RequestParam(required = false) String at, HttpServletRequest request, Model model,
            RedirectAttributes redirect) {
        Campaign campaign = campaigns.get(id);
        String problem = null;
        java.time.Instant when = null;
        try {
            when = LocalDateTime.parse(at == null ? "" : at).atZone(UK).toInstant();
            if (!when.isAfter(clock.instant())) {
                problem = "Choose a time in the future, or send it now";
            }
        }
        catch (DateTimeParseException ex) {
            problem = "Enter a date and time, like 2027-01-05 09:00";
        }
        if (problem == null) {
            problem = readiness(campaign);
        }
        if (problem != null) {
            model.addAttribute("scheduleAt", at);
            return show(campaign, formOf(campaign), Map.of("at", problem), request, model);
        }
        campaigns.schedule(id, when);
        redirect.addFlashAttribute("notice", "Scheduled. It will start sending at the time you chose.");
        return "redirect:/admin/newsletter/campaigns/" + id;
    }

    @PostMapping("/admin/newsletter/campaigns/{id}/unschedule")
    String unschedule(@PathVariable long id, RedirectAttributes redirect) {
        campaigns.unschedule(id);
        redirect.addFlashAttribute("notice", "No longer scheduled: it is a draft again.");
        return "redirect:/admin/newsletter/campaigns/" + id;
    }

    @PostMapping("/admin/newsletter/campaigns/{id}/send")
    String send(@PathVariable long id, HttpServletRequest request, Model model, RedirectAttributes redirect) {
        Campaign campaign = campaigns.get(id);
        String problem = campaign.editable() ? readiness(campaign) : "This campaign has already been sent or is sending";
        if (problem != null) {
            return show(campaign, formOf(campaign), Map.of("send", problem), request, model);
        }
        sends.startNow(id);
        redirect.addFlashAttribute("notice", "Sending has started.");
        return "redirect:/admin/newsletter/campaigns/" + id;
    }

    @PostMapping("/admin/newsletter/campaigns/{id}/pause")
    String pause(@PathVariable long id, @AuthenticationPrincipal AccountUser user, RedirectAttributes redirect) {
        try {
            campaigns.pause(id, "Paused by " + user.displayName());
            redirect.addFlashAttribute("notice", "Paused. Messages already going out finish; no more start until you resume.");
        }
        catch (org.springframework.orm.ObjectOptimisticLockingFailureException changed) {
            redirect.addFlashAttribute("notice", CHANGED_MEANWHILE);
        }
        return "redirect:/admin/newsletter/campaigns/" + id;
    }

    @PostMapping("/admin/newsletter/campaigns/{id}/resume")
    String resume(@PathVariable long id, RedirectAttributes redirect) {
        try {
            sends.resume(id);
            redirect.addFlashAttribute("notice", "Resumed.");
        }
        catch (org.springframework.orm.ObjectOptimisticLockingFailureException changed) {
            redirect.addFlashAttribute("notice", CHANGED_MEANWHILE);
        }
        return "redirect:/admin/newsletter/campaigns/" + id;
    }

    /** The send finished or paused itself between the page loading and the click. */
    private static final String CHANGED_MEANWHILE = "The send changed while you were looking (it may have finished or paused itself):"
            + " here is where it stands now.";

    private String readiness(Campaign campaign) {
        if (campaign.kind() == Campaign.Kind.ONE_OFF && campaign.body().isBlank()) {
            return "Write the email before sending it";
        }
        if (campaign.kind() == Campaign.Kind.DIGEST && campaign.items().isEmpty() && campaign.intro().isBlank()) {
            return "This digest is empty: write an introduction or keep at least one item";
        }
        if (campaigns.audience(campaign) == 0) {
            return "Nobody would get it: no confirmed subscriber is in this audience";
        }
        return null;
    }

    private String show(Campaign campaign, CampaignForm form, Map<String, String> problems, HttpServletRequest request, Model model) {
        model.addAttribute("campaign", campaign);
        model.addAttribute("form", form);
        model.addAttribute("problems", problems);
        model.addAttribute("topicChoices", Topic.values());
        model.addAttribute("regions", regions());
        if (campaign.editable()) {
            model.addAttribute("audience", campaigns.audience(campaign));
        }
        else {
            model.addAttribute("progress", sends.progress(campaign.id()));
        }
        return Htmx.view(request, "newsletter/admin/campaign", "progress");
    }

    private static CampaignForm formOf(Campaign campaign) {
        CampaignForm form = new CampaignForm();
        form.subject = campaign.subject();
        form.intro = campaign.intro();
        form.body = campaign.body();
        form.topic = campaign.audienceTopic() == null ? null : campaign.audienceTopic().slug();
        form.region = campaign.audienceRegion();
        form.inArchive = campaign.inArchive();
        return form;
    }

    private String manageUrl() {
        return issues.baseUrl() + "/newsletter/manage";
    }

    private Map<String, String> regions() {
        return taxonomy.labels(Vocabulary.REGION);
    }

    /** The campaign's words and audience, as typed; public fields, bound directly (see {@link #bindFields}). */
    static class CampaignForm {

        public String subject;
        public String intro;
        public String body;
        public String topic;
        public String region;
        public boolean inArchive;
    }
}
