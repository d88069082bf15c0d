package uk.org.ncjaa.springboard.showcase.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import uk.org.ncjaa.springboard.shared.Slugs;
import uk.org.ncjaa.springboard.shared.text.Markdown;

/**
 * A curated exhibition: an editor's introduction and works in the order chosen. It shows only those of
 * its works still shown themselves, so a withdrawn work leaves every exhibition at once.
 */
@Entity
@Table(name = "showcase_exhibition")
public class Exhibition {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String slug;
    private String title;
    private String introduction;
    private String introductionHtml;
    private boolean published;
    private Instant publishedAt;
    private Instant updatedAt;

    // read with the exhibition: a handful of numbers, needed wherever an exhibition is shown
    @ElementCollection(fetch = jakarta.persistence.FetchType.EAGER)
    @CollectionTable(name = "showcase_exhibition_work", joinColumns = @JoinColumn(name = "exhibition_id"))
    @Column(name = "work_id")
    @OrderColumn(name = "position")
    private List<Long> workIds = new ArrayList<>();

    @Version
    private long version;

    protected Exhibition() {
    }

    /** @param suffix added to the title's slug when another exhibition has it already, or empty */
    public Exhibition(String title, String introduction, String suffix, Instant now) {
        write(title, introduction, now);
        this.slug = slugOf(title) + suffix;
    }

    static String slugOf(String title) {
        String slug = Slugs.of(title == null ? "" : title);
        return slug.length() > 120 ? slug.substring(0, 120).replaceAll("-$", "") : slug;
    }

    public void write(String title, String introduction, Instant now) {
        String t = title == null ? "" : title.strip();
        if (t.isEmpty() || t.length() > Work.MAX_TITLE || slugOf(t).isEmpty()) {
            throw new ShowcaseException("Give the exhibition a title of up to " + Work.MAX_TITLE + " characters, with letters or numbers in it.");
        }
        String intro = introduction == null ? "" : introduction.strip();
        if (intro.length() > Work.MAX_TEXT) {
            throw new ShowcaseException("Keep the introduction under " + Work.MAX_TEXT + " characters.");
        }
        this.title = t;
        this.introduction = intro;
        this.introductionHtml = Markdown.toHtml(intro);
        this.updatedAt = now;
    }

    /** The works in the order given; only published works may hang in an exhibition. */
    public void hang(List<Work> works, Instant now) {
        List<Long> ids = new ArrayList<>();
        for (Work work : works) {
            if (work.status() != WorkStatus.PUBLISHED) {
                throw new ShowcaseException("Only published works can be in an exhibition (\"" + work.title() + "\" is not).");
            }
            if (!ids.contains(work.id())) {
                ids.add(work.id());
            }
        }
        this.workIds.clear();
        this.workIds.addAll(ids);
        this.updatedAt = now;
    }

    public void publish(Instant now) {
        if (workIds.isEmpty()) {
            throw new ShowcaseException("Choose the works to show before publishing the exhibition.");
        }
        this.published = true;
        if (publishedAt == null) {
            publishedAt = now;
        }
        this.updatedAt = now;
    }

    public void unpublish(Instant now) {
        this.published = false;
        this.updatedAt = now;
    }

    public String href() {
        return "/showcase/exhibitions/" + slug;
    }

    public Long id() {
        return id;
    }

    public String slug() {
        return slug;
    }

    public String title() {
        return title;
    }

    public String introduction() {
        return introduction;
    }

    public String introductionHtml() {
        return introductionHtml;
    }

    public boolean published() {
        return published;
    }

    public Instant publishedAt() {
        return publishedAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public List<Long> workIds() {
        return List.copyOf(workIds);
    }
}
