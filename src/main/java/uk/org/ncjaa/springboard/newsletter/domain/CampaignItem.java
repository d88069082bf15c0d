package uk.org.ncjaa.springboard.newsletter.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import uk.org.ncjaa.springboard.newsletter.Topic;

/** One story, event or entry in a digest, as the editors left it. */
@Entity
@Table(name = "newsletter_campaign_item")
public class CampaignItem {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    private Topic section;

    private int position;

    private String title;

    private String url;

    private String summary;

    private String meta;

    protected CampaignItem() {
    }

    CampaignItem(Topic section, int position, String title, String url, String summary, String meta) {
        this.section = section;
        this.position = position;
        this.title = title;
        this.url = url;
        this.summary = summary == null ? "" : summary;
        this.meta = meta == null ? "" : meta;
    }

    void edit(String title, String summary) {
        this.title = title.strip();
        this.summary = summary == null ? "" : summary.strip();
    }

    void position(int position) {
        this.position = position;
    }

    public Long id() {
        return id;
    }

    public Topic section() {
        return section;
    }

    public int position() {
        return position;
    }

    public String title() {
        return title;
    }

    public String url() {
        return url;
    }

    public String summary() {
        return summary;
    }

    public String meta() {
        return meta;
    }
}
