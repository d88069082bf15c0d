package uk.org.ncjaa.springboard.content;

import java.util.Arrays;
import java.util.Optional;

/** The kinds of content, each with its section of the site. */
public enum ContentKind {

    NEWS("news", "News", "News", "News from the alliance and its members."),
    BLOG("blog", "Blog", "Blog posts", "Members and staff write about their work."),
    CASE_STUDY("case-studies", "Case study", "Case studies", "Members' projects: what happened and what changed, in their words."),
    PUBLICATION("publications", "Publication", "Publications",
            "Guidance, briefings, research summaries, policy responses, toolkits and annual reports."),
    OPPORTUNITY("opportunities", "Opportunity", "Opportunities", "Jobs, commissions, calls for artists and funding."),
    PAGE("pages", "Page", "Pages", "About the alliance, guidance and the site's own pages.");

    private final String section;
    private final String label;
    private final String plural;
    private final String summary;

    ContentKind(String section, String label, String plural, String summary) {
        this.section = section;
        this.label = label;
        this.plural = plural;
        this.summary = summary;
    }

    /** The first part of the kind's addresses, and its name in URLs: {@code news}, {@code case-studies}. */
    public String section() {
        return section;
    }

    public String label() {
        return label;
    }

    public String plural() {
        return plural;
    }

    public String summary() {
        return summary;
    }

    /** News and blog posts carry their month in their address: {@code /news/2026/11/slug}. */
    public boolean dated() {
        return this == NEWS || this == BLOG;
    }

    public static Optional<ContentKind> fromSection(String section) {
        return Arrays.stream(values()).filter(k -> k.section.equals(section)).findFirst();
    }
}
