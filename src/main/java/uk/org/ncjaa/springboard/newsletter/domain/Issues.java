package uk.org.ncjaa.springboard.newsletter.domain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;

import uk.org.ncjaa.springboard.newsletter.Topic;
import uk.org.ncjaa.springboard.shared.mail.Mailer;

/**
 * Renders a campaign as an email: HTML built from tables with inline styles (what mail clients
 * read), and a real plain-text part. Each subscriber's links are filled in when their message is
 * sent, so one rendering serves everyone who chose the same topics.
 */
@Component
public class Issues {

    /** Stand-ins for a subscriber's own links, replaced in each message. */
    public static final String MANAGE = "%%MANAGE_URL%%";
    public static final String UNSUBSCRIBE = "%%UNSUBSCRIBE_URL%%";

    private final Mailer mailer;

    Issues(Mailer mailer) {
        this.mailer = mailer;
    }

    /** The campaign as someone who chose these topics gets it (all of them for the archive and previews). */
    public Mailer.Rendered render(Campaign campaign, Set<Topic> topics) {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("campaign", campaign);
        model.put("intro", paragraphs(campaign.intro()));
        model.put("body", paragraphs(campaign.body()));
        Map<Topic, List<CampaignItem>> sections = new LinkedHashMap<>();
        campaign.sections().forEach((topic, items) -> {
            if (topics.contains(topic)) {
                sections.put(topic, items);
            }
        });
        model.put("sections", sections);
        model.put("webUrl", campaign.inArchive() ? mailer.baseUrl() + "/newsletter/archive/" + campaign.id() : "");
        model.put("manageUrl", MANAGE);
        model.put("unsubscribeUrl", UNSUBSCRIBE);
        return mailer.render("newsletter-issue", campaign.subject(), model);
    }

    public Mailer.Rendered renderAll(Campaign campaign) {
        return render(campaign, EnumSet.allOf(Topic.class));
    }

    /** Fills in one subscriber's links. */
    public static String personal(String rendered, String manageUrl, String unsubscribeUrl) {
        return rendered.replace(MANAGE, manageUrl).replace(UNSUBSCRIBE, unsubscribeUrl);
    }

    public String baseUrl() {
        return mailer.baseUrl();
    }

    public static List<String> paragraphs(String text) {
        List<String> paragraphs = new ArrayList<>();
        if (text != null) {
            Arrays.stream(text.split("\\R\\s*\\R")).map(String::strip).filter(p -> !p.isEmpty()).forEach(paragraphs::add);
        }
        return paragraphs;
    }
}
