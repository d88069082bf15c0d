package uk.org.ncjaa.springboard.newsletter.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import uk.org.ncjaa.springboard.newsletter.Topic;

/** A newsletter issue or a one-off email, from its draft to the end of its send. */
@Entity
@Table(name = "newsletter_campaign")
// the send's workers count errors in the row directly: an edit by staff writes only what it changed
@org.hibernate.annotations.DynamicUpdate
public class Campaign {

    public enum Kind {
        DIGEST("Monthly digest"), ONE_OFF("One-off email");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public enum Status {
        DRAFT("Draft"), SCHEDULED("Scheduled"), SENDING("Sending"), PAUSED("Paused"), SENT("Sent");

        private final String label;

        Status(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    private Kind kind;

    private String subject;

    private String intro;

    private String body;

    @Enumerated(EnumType.STRING)
    private Topic audienceTopic;

    private String audienceRegion;

    @Enumerated(EnumType.STRING)
    private Status status;

    private Instant scheduledAt;

    private Instant startedAt;

    private Instant finishedAt;

    private Instant coversFrom;

    private Instant coversTo;

    private int total;

    private int errors;

    private String pauseReason;

    private String html;

    @Column(name = "text_part")
    private String text;

    private Long rowsBuiltMs;

    private boolean inArchive;

    private Long createdBy;

    private Instant createdAt;

    @Version
    private long version;

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "campaign_id", nullable = false)
    @OrderBy("position")
    private List<CampaignItem> items = new ArrayList<>();

    protected Campaign() {
    }

    Campaign(Kind kind, String subject, Long createdBy, Instant now) {
        this.kind = kind;
        this.subject = subject;
        this.intro = "";
        this.body = "";
        this.status = Status.DRAFT;
        this.inArchive = kind == Kind.DIGEST;
        this.createdBy = createdBy;
        this.createdAt = now;
    }

    void covers(Instant from, Instant to) {
        this.coversFrom = from;
        this.coversTo = to;
    }

    void add(CampaignItem item) {
        items.add(item);
    }

    /** Subject, introduction, body and audience: only before the send starts. */
    void write(String subject, String intro, String body, Topic topic, String region, boolean inArchive) {
        requireEditable();
        this.inArchive = inArchive;
        this.subject = subject.strip();
        this.intro = intro == null ? "" : intro.strip();
        this.body = body == null ? "" : body.strip();
        this.audienceTopic = topic;
        this.audienceRegion = region == null || region.isBlank() ? null : region;
    }

    /** Staff add something no module publishes yet (news from elsewhere, an opportunity), at the end of its section. */
    void addItem(Topic section, String title, String url, String summary) {
        requireEditable();
        int last = items.stream().mapToInt(CampaignItem::position).max().orElse(-1);
        items.add(new CampaignItem(section, last + 1, title.strip(), url.strip(), summary == null ? "" : summary.strip(), ""));
    }

    void editItem(long itemId, String title, String summary) {
        requireEditable();
        item(itemId).edit(title, summary);
    }

    void removeItem(long itemId) {
        requireEditable();
        items.remove(item(itemId));
        renumber();
    }

    /**
     * Something this issue links to was withdrawn for good (a showcase work whose maker's consent ended):
     * it leaves the issue, sent or not, and a sent issue's archived email is rendered again without it.
     *
     * @return whether the issue held it
     */
    boolean forget(String url, java.util.function.Function<Campaign, uk.org.ncjaa.springboard.shared.mail.Mailer.Rendered> render) {
        if (!items.removeIf(item -> item.url().equals(url))) {
            return false;
        }
        renumber();
        if (html != null) {
            uk.org.ncjaa.springboard.shared.mail.Mailer.Rendered again = render.apply(this);
            this.html = again.html();
            this.text = again.text();
        }
        return true;
    }

    /** Moves an item up or down within its section. */
    void moveItem(long itemId, boolean up) {
        requireEditable();
        CampaignItem item = item(itemId);
        List<CampaignItem> section = items.stream().filter(i -> i.section() == item.section())
            .sorted(Comparator.comparingInt(CampaignItem::position)).toList();
        int at = section.indexOf(item);
        int to = up ? at - 1 : at + 1;
        if (to < 0 || to >= section.size()) {
            return;
        }
        CampaignItem other = section.get(to);
        int position = item.position();
        item.position(other.position());
        other.position(position);
        items.sort(Comparator.comparingInt(CampaignItem::position));
    }

    void schedule(Instant at) {
        requireEditable();
        status = Status.SCHEDULED;
        scheduledAt = at;
    }

    void unschedule() {
        if (status == Status.SCHEDULED) {
            status = Status.DRAFT;
            scheduledAt = null;
        }
    }

    /** The send begins: what goes out is fixed, and so is the audience (the delivery rows written with it). */
    void start(String html, String text, int total, long rowsBuiltMs, Instant now) {
        if (status != Status.DRAFT && status != Status.SCHEDULED) {
            throw new IllegalStateException("This campaign has already been sent or is sending");
        }
        this.html = html;
        this.text = text;
        this.total = total;
        this.rowsBuiltMs = rowsBuiltMs;
        this.status = Status.SENDING;
        this.startedAt = now;
    }

    void pause(String reason) {
        if (status == Status.SENDING) {
            status = Status.PAUSED;
            pauseReason = reason;
        }
    }

    void resume() {
        if (status == Status.PAUSED) {
            status = Status.SENDING;
            pauseReason = null;
            errors = 0;
        }
    }

    public boolean editable() {
        return status == Status.DRAFT || status == Status.SCHEDULED;
    }

    private void requireEditable() {
        if (!editable()) {
            throw new IllegalStateException("A campaign cannot be changed once its send has started");
        }
    }

    private CampaignItem item(long itemId) {
        return items.stream().filter(i -> i.id() == itemId).findFirst()
            .orElseThrow(() -> new uk.org.ncjaa.springboard.shared.NotFoundException("No such item in this campaign"));
    }

    private void renumber() {
        for (int i = 0; i < items.size(); i++) {
            items.get(i).position(i);
        }
    }

    public Map<Topic, List<CampaignItem>> sections() {
        Map<Topic, List<CampaignItem>> sections = new EnumMap<>(Topic.class);
        for (CampaignItem item : items) {
            sections.computeIfAbsent(item.section(), t -> new ArrayList<>()).add(item);
        }
        sections.values().forEach(list -> list.sort(Comparator.comparingInt(CampaignItem::position)));
        return sections;
    }

    private static final java.time.format.DateTimeFormatter DAY = java.time.format.DateTimeFormatter
        .ofPattern("d MMMM yyyy", java.util.Locale.UK).withZone(java.time.ZoneId.of("Europe/London"));
    private static final java.time.format.DateTimeFormatter MOMENT = java.time.format.DateTimeFormatter
        .ofPattern("d MMMM yyyy, HH:mm", java.util.Locale.UK).withZone(java.time.ZoneId.of("Europe/London"));

    /** The day it was sent, in UK time: "5 January 2027". */
    public String sentOn() {
        return startedAt == null ? "" : DAY.format(startedAt);
    }

    /** "5 January 2027, 09:00", UK time. */
    public String scheduledFor() {
        return scheduledAt == null ? "" : MOMENT.format(scheduledAt);
    }

    public String createdOn() {
        return DAY.format(createdAt);
    }

    /** For a {@code <time datetime>} attribute. */
    public String startedAtMachine() {
        return startedAt == null ? "" : startedAt.truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString();
    }

    public Long id() {
        return id;
    }

    public Kind kind() {
        return kind;
    }

    public String subject() {
        return subject;
    }

    public String intro() {
        return intro;
    }

    public String body() {
        return body;
    }

    public Topic audienceTopic() {
        return audienceTopic;
    }

    public String audienceRegion() {
        return audienceRegion;
    }

    public Status status() {
        return status;
    }

    public Instant startedAt() {
        return startedAt;
    }

    public int total() {
        return total;
    }

    public String pauseReason() {
        return pauseReason;
    }

    public Optional<String> html() {
        return Optional.ofNullable(html);
    }

    public Optional<String> text() {
        return Optional.ofNullable(text);
    }

    /** Whether the public archive shows it once sent. */
    public boolean inArchive() {
        return inArchive;
    }

    public Long rowsBuiltMs() {
        return rowsBuiltMs;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public List<CampaignItem> items() {
        return List.copyOf(items);
    }
}
