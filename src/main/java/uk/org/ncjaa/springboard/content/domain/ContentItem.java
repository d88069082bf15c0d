package uk.org.ncjaa.springboard.content.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Set;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexingDependency;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.ObjectPath;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.PropertyValue;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.hibernate.type.SqlTypes;

import uk.org.ncjaa.springboard.content.ContentKind;
import uk.org.ncjaa.springboard.shared.text.Markdown;
import uk.org.ncjaa.springboard.shared.i18n.Bilingual;

/**
 * One piece of content. Its workflow moves only along allowed steps, each checked here; its
 * body is kept as written (Markdown) and as sanitised HTML and plain text, rendered once per save.
 */
@Entity
@Table(name = "content_item")
@Indexed(index = "content")
public class ContentItem {

    static final ZoneId UK = ZoneId.of("Europe/London");

    private static final Set<ContentStatus> PUBLISHABLE = Set.of(ContentStatus.DRAFT, ContentStatus.IN_REVIEW,
            ContentStatus.SCHEDULED, ContentStatus.UNPUBLISHED);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @KeywordField(aggregable = Aggregable.YES, projectable = Projectable.YES)
    private ContentKind kind;

    @KeywordField(projectable = Projectable.YES)
    private String slug;

    // stored, so a page of results needs nothing from the database; snippets are marked from the stored text
    @FullTextField(analyzer = "english", projectable = Projectable.YES)
    private String title;

    @FullTextField(analyzer = "english", projectable = Projectable.YES)
    private String standfirst;

    private String body;

    private String bodyHtml;

    @FullTextField(analyzer = "english", projectable = Projectable.YES)
    private String bodyText;

    @Enumerated(EnumType.STRING)
    @KeywordField
    private ContentStatus status;

    private Instant publishAt;

    @GenericField(sortable = Sortable.YES, projectable = Projectable.YES)
    private Instant publishedAt;

    private Instant createdAt;

    private Instant updatedAt;

    @FullTextField(analyzer = "english")
    private String authors;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "text[]")
    private List<String> topics;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "text[]")
    private List<String> artForms;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "text[]")
    private List<String> settings;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "text[]")
    private List<String> regions;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "text[]")
    private List<String> related;

    private boolean featured;

    @FullTextField(analyzer = "english")
    private String organisation;

    private String listingSlug;

    private String participants;

    @FullTextField(analyzer = "english")
    private String outcomes;

    private String quotesConsent;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "text[]")
    private List<String> evidenceSlugs;

    private String publicationType;

    private String fileUrl;

    private String reference;

    private int position;

    private String opportunityType;

    @FullTextField(analyzer = "english")
    private String location;

    private boolean remote;

    private LocalDate closesOn;

    private String howToApply;

    private String videoUrl;

    private String transcript;

    // the Welsh version, null where none is written; the body as written, as HTML and as plain text, like the English
    @FullTextField(analyzer = "welsh", projectable = Projectable.YES)
    private String titleCy;

    @FullTextField(analyzer = "welsh", projectable = Projectable.YES)
    private String standfirstCy;

    private String bodyCy;

    private String bodyHtmlCy;

    @FullTextField(analyzer = "welsh", projectable = Projectable.YES)
    private String bodyTextCy;

    @Version
    private long version;

    protected ContentItem() {
    }

    public ContentItem(ContentKind kind, ContentFields fields, Instant now) {
        this.kind = kind;
        this.status = ContentStatus.DRAFT;
        this.createdAt = now;
        apply(fields, now);
    }

    /** Takes an editor's save. The address of a published item never changes, so old links keep working. */
    public void apply(ContentFields fields, Instant now) {
        if (!isPublic() && publishedAt == null) {
            this.slug = fields.slug();
        }
        this.title = fields.title();
        this.standfirst = fields.standfirst();
        this.body = fields.body();
        this.bodyHtml = Markdown.toHtml(fields.body());
        this.bodyText = Markdown.toText(fields.body());
        this.authors = fields.authors();
        this.topics = fields.topics();
        this.artForms = fields.artForms();
        this.settings = fields.settings();
        this.regions = fields.regions();
        this.related = fields.related();
        this.featured = fields.featured();
        this.organisation = fields.organisation();
        this.listingSlug = fields.listingSlug();
        this.participants = fields.participants();
        this.outcomes = fields.outcomes();
        this.quotesConsent = fields.quotesConsent();
        this.evidenceSlugs = fields.evidenceSlugs();
        this.publicationType = fields.publicationType();
        this.fileUrl = fields.fileUrl();
        this.reference = fields.reference();
        this.position = fields.position();
        this.opportunityType = fields.opportunityType();
        this.location = fields.location();
        this.remote = fields.remote();
        this.closesOn = fields.closesOn();
        this.howToApply = fields.howToApply();
        this.videoUrl = fields.videoUrl();
        this.transcript = fields.transcript();
        ContentFields.Welsh welsh = fields.welsh();
        this.titleCy = nullIfEmpty(welsh.title());
        this.standfirstCy = nullIfEmpty(welsh.standfirst());
        this.bodyCy = nullIfEmpty(welsh.body());
        this.bodyHtmlCy = bodyCy == null ? null : Markdown.toHtml(bodyCy);
        this.bodyTextCy = bodyCy == null ? null : Markdown.toText(bodyCy);
        this.updatedAt = now;
    }

    public ContentFields fields() {
        return new ContentFields(title, slug, standfirst, body, authors, topics, artForms, settings, regions, related, featured,
                organisation, listingSlug, participants, outcomes, quotesConsent, evidenceSlugs, publicationType, fileUrl, reference,
                position, opportunityType, location, remote, closesOn, howToApply, videoUrl, transcript,
                new ContentFields.Welsh(titleCy, standfirstCy, bodyCy));
    }

    public void submitForReview(Instant now) {
        require(status == ContentStatus.DRAFT || status == ContentStatus.UNPUBLISHED, "Only a draft can be sent for review.");
        status = ContentStatus.IN_REVIEW;
        updatedAt = now;
    }

    /** Back to the writer: from review, from the schedule, or after being taken down. */
    public void returnToDraft(Instant now) {
        require(status != ContentStatus.PUBLISHED && status != ContentStatus.DRAFT,
                status == ContentStatus.PUBLISHED ? "Unpublish it first." : "It is already a draft.");
        status = ContentStatus.DRAFT;
        publishAt = null;
        updatedAt = now;
    }

    public void schedule(Instant at, Instant now) {
        require(PUBLISHABLE.contains(status), "It is already published.");
        require(at.isAfter(now), "Choose a time in the future, or publish it now.");
        status = ContentStatus.SCHEDULED;
        publishAt = at;
        updatedAt = now;
    }

    /**
     * Publishes it. The first publication fixes its date (and so a news item's address); publishing
     * again after taking it down keeps both.
     */
    public void publish(Instant now) {
        require(PUBLISHABLE.contains(status), "It is already published.");
        require(!title.isBlank() && !slug.isBlank(), "It needs a title and an address before it can be published.");
        status = ContentStatus.PUBLISHED;
        if (publishedAt == null) {
            publishedAt = publishAt != null && !publishAt.isAfter(now) ? publishAt : now;
        }
        publishAt = null;
        updatedAt = now;
    }

    /** What the durable job does: publishes a scheduled item once its time has come. */
    public boolean publishIfDue(Instant now) {
        if (status != ContentStatus.SCHEDULED || publishAt == null || publishAt.isAfter(now)) {
            return false;
        }
        publish(now);
        return true;
    }

    public void unpublish(Instant now) {
        require(status == ContentStatus.PUBLISHED, "Only a published item can be taken down.");
        status = ContentStatus.UNPUBLISHED;
        updatedAt = now;
    }

    /** For demo content, which stands for items published over past months. */
    void backdate(Instant firstPublished) {
        publishedAt = firstPublished;
        updatedAt = firstPublished;
    }

    public boolean isPublic() {
        return status == ContentStatus.PUBLISHED;
    }

    /** An opportunity whose closing date has passed: out of the listing, still readable. */
    public boolean closed(LocalDate today) {
        return closesOn != null && closesOn.isBefore(today);
    }

    /** Its public address; news and blog posts by the month of first publication (or of creation, before then). */
    public String href() {
        return href(kind, slug, publishedAt != null ? publishedAt : createdAt);
    }

    public static String href(ContentKind kind, String slug, Instant dated) {
        if (kind == ContentKind.PAGE) {
            return "/" + slug;
        }
        if (kind.dated()) {
            ZonedDateTime at = dated.atZone(UK);
            return "/%s/%d/%02d/%s".formatted(kind.section(), at.getYear(), at.getMonthValue(), slug);
        }
        return "/" + kind.section() + "/" + slug;
    }

    private static String nullIfEmpty(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new ContentStateException(message);
        }
    }

    public Long id() {
        return id;
    }

    public ContentKind kind() {
        return kind;
    }

    public String slug() {
        return slug;
    }

    /**
     * Everything a search matches, in one field: a word then has one list of items to walk instead
     * of seven to merge, which is most of a search's cost when a word is in most items.
     */
    @FullTextField(name = "everything", analyzer = "english")
    @IndexingDependency(derivedFrom = { @ObjectPath(@PropertyValue(propertyName = "title")),
        @ObjectPath(@PropertyValue(propertyName = "standfirst")), @ObjectPath(@PropertyValue(propertyName = "bodyText")),
        @ObjectPath(@PropertyValue(propertyName = "authors")), @ObjectPath(@PropertyValue(propertyName = "organisation")),
        @ObjectPath(@PropertyValue(propertyName = "outcomes")), @ObjectPath(@PropertyValue(propertyName = "location")) })
    public String getSearchText() {
        StringBuilder text = new StringBuilder();
        for (String part : new String[] { title, standfirst, bodyText, authors, organisation, outcomes, location }) {
            if (part != null && !part.isBlank()) {
                text.append(part).append("\n\n");
            }
        }
        return text.toString();
    }

    /** The Welsh version's words, in one field read the Welsh way, for searches made from a Welsh page. */
    @FullTextField(name = "everythingCy", analyzer = "welsh")
    @IndexingDependency(derivedFrom = { @ObjectPath(@PropertyValue(propertyName = "titleCy")),
        @ObjectPath(@PropertyValue(propertyName = "standfirstCy")), @ObjectPath(@PropertyValue(propertyName = "bodyTextCy")) })
    public String getSearchTextCy() {
        StringBuilder text = new StringBuilder();
        for (String part : new String[] { titleCy, standfirstCy, bodyTextCy }) {
            if (part != null && !part.isBlank()) {
                text.append(part).append("\n\n");
            }
        }
        return text.toString();
    }

    public String title() {
        return title;
    }

    public String titleCy() {
        return titleCy;
    }

    public String standfirstCy() {
        return standfirstCy;
    }

    public String bodyCy() {
        return bodyCy;
    }

    public String bodyHtmlCy() {
        return bodyHtmlCy;
    }

    public String bodyTextCy() {
        return bodyTextCy;
    }

    /** Whether an editor wrote a Welsh version. */
    public boolean hasWelsh() {
        return titleCy != null || standfirstCy != null || bodyCy != null;
    }

    /** The title in the page's language ({@code cy} or {@code en}): the Welsh where written, else the English. */
    public String title(String language) {
        return Bilingual.pick(language, title, titleCy);
    }

    public String standfirst(String language) {
        return Bilingual.pick(language, standfirst, standfirstCy);
    }

    public String bodyHtml(String language) {
        return Bilingual.pick(language, bodyHtml, bodyHtmlCy);
    }

    public String bodyText(String language) {
        return Bilingual.pick(language, bodyText, bodyTextCy);
    }

    /** {@code en-GB} where a Welsh page shows the English title for want of a Welsh one, else null (no attribute). */
    public String titleLang(String language) {
        return Bilingual.lang(language, titleCy);
    }

    public String standfirstLang(String language) {
        return Bilingual.lang(language, standfirstCy);
    }

    public String bodyLang(String language) {
        return Bilingual.lang(language, bodyCy);
    }

    public String standfirst() {
        return standfirst;
    }

    public String body() {
        return body;
    }

    public String bodyHtml() {
        return bodyHtml;
    }

    public String bodyText() {
        return bodyText;
    }

    public ContentStatus status() {
        return status;
    }

    public Instant publishAt() {
        return publishAt;
    }

    public Instant publishedAt() {
        return publishedAt;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public String authors() {
        return authors;
    }

    public List<String> topics() {
        return topics;
    }

    public List<String> artForms() {
        return artForms;
    }

    public List<String> settings() {
        return settings;
    }

    public List<String> regions() {
        return regions;
    }

    public List<String> related() {
        return related;
    }

    public boolean featured() {
        return featured;
    }

    public String organisation() {
        return organisation;
    }

    public String listingSlug() {
        return listingSlug;
    }

    public String participants() {
        return participants;
    }

    public String outcomes() {
        return outcomes;
    }

    public String quotesConsent() {
        return quotesConsent;
    }

    public List<String> evidenceSlugs() {
        return evidenceSlugs;
    }

    public String publicationType() {
        return publicationType;
    }

    public String fileUrl() {
        return fileUrl;
    }

    public String reference() {
        return reference;
    }

    public int position() {
        return position;
    }

    public String opportunityType() {
        return opportunityType;
    }

    public String location() {
        return location;
    }

    public boolean remote() {
        return remote;
    }

    public LocalDate closesOn() {
        return closesOn;
    }

    public String howToApply() {
        return howToApply;
    }

    public String videoUrl() {
        return videoUrl;
    }

    public String transcript() {
        return transcript;
    }

    public long version() {
        return version;
    }
}
