package uk.org.ncjaa.springboard.policy.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import com.rometools.rome.feed.atom.Content;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.WireFeedOutput;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;

import uk.org.ncjaa.springboard.content.ContentApi;
import uk.org.ncjaa.springboard.policy.PolicyItem;
import uk.org.ncjaa.springboard.policy.PolicyItems;
import uk.org.ncjaa.springboard.shared.SpringboardProperties;
import uk.org.ncjaa.springboard.shared.web.AtomFeeds;

/**
 * The policy section's front page and its feed: everything each part of the module publishes
 * (forum minutes, consultation responses), newest first, beside the alliance's publications.
 */
@Controller
class PolicyController {

    private static final MediaType ATOM = MediaType.parseMediaType("application/atom+xml;charset=UTF-8");
    private static final int SIZE = 50;

    private final List<PolicyItems> parts;
    private final ContentApi content;
    private final SpringboardProperties site;

    PolicyController(List<PolicyItems> parts, ContentApi content, SpringboardProperties site) {
        this.parts = parts;
        this.content = content;
        this.site = site;
    }

    @GetMapping("/policy")
    String section(Model model) {
        java.time.format.DateTimeFormatter day = java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy",
                uk.org.ncjaa.springboard.shared.i18n.Languages.welsh(org.springframework.context.i18n.LocaleContextHolder.getLocale())
                    ? uk.org.ncjaa.springboard.shared.i18n.Languages.WELSH : java.util.Locale.UK)
            .withZone(java.time.ZoneId.of("Europe/London"));
        model.addAttribute("items", items().stream().map(i -> new Line(i, day.format(i.published()))).toList());
        // briefings, positions and policy responses are publications the content module keeps
        model.addAttribute("publications", content.publications(uk.org.ncjaa.springboard.content.PublicationTypes.POLICY, 8));
        return "policy/section";
    }

    @GetMapping("/policy/feed")
    @ResponseBody
    ResponseEntity<String> feed() throws FeedException {
        List<PolicyItem> items = items();
        Feed feed = AtomFeeds.feed(site.baseUrl() + "/policy/feed", "Policy | National Criminal Justice Arts Alliance",
                items.stream().map(PolicyItem::published).findFirst().orElse(null), site.baseUrl() + "/policy");
        List<Entry> entries = new ArrayList<>();
        for (PolicyItem item : items) {
            Entry entry = AtomFeeds.entry(site.baseUrl() + item.path(), item.kind() + ": " + item.title(), item.published(),
                    item.published());
            Content summary = new Content();
            summary.setType(Content.TEXT);
            summary.setValue(item.summary() == null ? "" : item.summary());
            entry.setSummary(summary);
            entries.add(entry);
        }
        feed.setEntries(entries);
        return ResponseEntity.ok().contentType(ATOM).cacheControl(CacheControl.noCache()).body(new WireFeedOutput().outputString(feed));
    }

    record Line(PolicyItem item, String day) {
    }

    private List<PolicyItem> items() {
        return parts.stream().flatMap(p -> p.published().stream())
            .filter(i -> i.published() != null)
            .sorted(Comparator.comparing(PolicyItem::published).reversed())
            .limit(SIZE)
            .toList();
    }
}
