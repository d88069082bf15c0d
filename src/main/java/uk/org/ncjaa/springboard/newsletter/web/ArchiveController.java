package uk.org.ncjaa.springboard.newsletter.web;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import uk.org.ncjaa.springboard.newsletter.domain.Campaign;
import uk.org.ncjaa.springboard.newsletter.domain.Campaigns;
import uk.org.ncjaa.springboard.newsletter.domain.Issues;
import uk.org.ncjaa.springboard.shared.NotFoundException;

/** Past issues, public: each as a page of this site, and as the email that went out. */
@Controller
class ArchiveController {

    /** An email's HTML styles itself inline and must not run anything or be framed elsewhere. */
    static final String EMAIL_POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' https: data:; frame-ancestors 'self'";

    private final Campaigns campaigns;
    private final Issues issues;

    ArchiveController(Campaigns campaigns, Issues issues) {
        this.campaigns = campaigns;
        this.issues = issues;
    }

    @GetMapping("/newsletter/archive")
    String archive(Model model) {
        model.addAttribute("issues", campaigns.archive());
        return "newsletter/archive";
    }

    @GetMapping("/newsletter/archive/{id}")
    String issue(@PathVariable long id, Model model) {
        Campaign campaign = campaigns.archived(id).orElseThrow(() -> new NotFoundException("No such issue"));
        Campaign issue = campaigns.get(campaign.id());
        model.addAttribute("issue", issue);
        model.addAttribute("intro", Issues.paragraphs(issue.intro()));
        model.addAttribute("body", Issues.paragraphs(issue.body()));
        model.addAttribute("sections", issue.sections());
        return "newsletter/issue";
    }

    @GetMapping("/newsletter/archive/{id}/email.html")
    ResponseEntity<String> email(@PathVariable long id) {
        Campaign campaign = campaigns.archived(id).orElseThrow(() -> new NotFoundException("No such issue"));
        return emailDocument(campaign.html().orElseThrow(), issues.baseUrl());
    }

    /**
     * An email's HTML as its own document, with the subscriber's links pointing to the page where
     * anyone asks for their own: for the archive and for the staff preview.
     */
    static ResponseEntity<String> emailDocument(String html, String baseUrl) {
        String manage = baseUrl + "/newsletter/manage";
        return ResponseEntity.ok()
            .contentType(new MediaType(MediaType.TEXT_HTML, java.nio.charset.StandardCharsets.UTF_8))
            .header("Content-Security-Policy", EMAIL_POLICY)
            .header(HttpHeaders.CACHE_CONTROL, "no-store")
            .body(Issues.personal(html, manage, manage));
    }
}
