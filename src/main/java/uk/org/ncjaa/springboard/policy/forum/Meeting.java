package uk.org.ncjaa.springboard.policy.forum;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * One meeting of the Arts Forum and its minutes. Minutes are drafted, approved at a later meeting
 * once it has been held, and only then published: only published minutes are ever public.
 */
@Entity(name = "ForumMeeting")
@Table(name = "forum_meeting")
public class Meeting {

    public static final ZoneId UK = ZoneId.of("Europe/London");

    public enum MinutesStatus {
        DRAFT("Draft"), APPROVED("Approved, not yet published"), PUBLISHED("Published");

        private final String label;

        MinutesStatus(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String title;
    private Instant heldAt;
    private String place;
    private String chair;
    private String eventSlug;
    private String minutes = "";

    @Enumerated(EnumType.STRING)
    private MinutesStatus minutesStatus = MinutesStatus.DRAFT;

    private Instant minutesApprovedAt;
    private Long approvedAtMeeting;
    private Instant minutesPublishedAt;
    private Instant createdAt;
    private Instant updatedAt;

    @Version
    private long version;

    protected Meeting() {
    }

    public Meeting(String title, Instant heldAt, String place, String chair, String eventSlug, Instant now) {
        this.createdAt = now;
        change(title, heldAt, place, chair, eventSlug, now);
    }

    public void change(String title, Instant heldAt, String place, String chair, String eventSlug, Instant now) {
        this.title = title.strip();
        // whole seconds: calendars and the HTML time element take no finer
        this.heldAt = heldAt.truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        this.place = place.strip();
        this.chair = chair.strip();
        this.eventSlug = eventSlug == null || eventSlug.isBlank() ? null : eventSlug.strip();
        this.updatedAt = now;
    }

    /** Minutes can be rewritten until they are approved; after that they are the record. */
    public void draftMinutes(String text, Instant now) {
        if (minutesStatus != MinutesStatus.DRAFT) {
            throw new ForumException("These minutes are already approved, so they can no longer be changed.");
        }
        this.minutes = text == null ? "" : text.strip();
        this.updatedAt = now;
    }

    /** The forum approves a meeting's minutes at a later meeting, once that meeting has taken place. */
    public void approveMinutes(Meeting at, Clock clock) {
        if (minutesStatus != MinutesStatus.DRAFT) {
            throw new ForumException("These minutes are already approved.");
        }
        if (minutes.isBlank()) {
            throw new ForumException("Write the minutes before they are approved.");
        }
        if (at == null || !at.heldAt.isAfter(heldAt)) {
            throw new ForumException("Minutes are approved at a later meeting: choose the meeting that approved them.");
        }
        if (at.heldAt.isAfter(clock.instant())) {
            throw new ForumException("The meeting that approves these minutes has not taken place yet.");
        }
        this.minutesStatus = MinutesStatus.APPROVED;
        this.approvedAtMeeting = at.id;
        this.minutesApprovedAt = clock.instant();
        this.updatedAt = clock.instant();
    }

    /**
     * When the next meeting is months away, the forum may approve minutes by correspondence: only
     * once the meeting itself has been held, and recorded as such (no approving meeting).
     */
    public void approveMinutesByCorrespondence(Clock clock) {
        if (minutesStatus != MinutesStatus.DRAFT) {
            throw new ForumException("These minutes are already approved.");
        }
        if (minutes.isBlank()) {
            throw new ForumException("Write the minutes before they are approved.");
        }
        if (!held(clock)) {
            throw new ForumException("Minutes are approved only after the meeting has taken place.");
        }
        this.minutesStatus = MinutesStatus.APPROVED;
        this.approvedAtMeeting = null;
        this.minutesApprovedAt = clock.instant();
        this.updatedAt = clock.instant();
    }

    public boolean approvedByCorrespondence() {
        return minutesStatus != MinutesStatus.DRAFT && approvedAtMeeting == null;
    }

    public void publishMinutes(Clock clock) {
        if (minutesStatus != MinutesStatus.APPROVED) {
            throw new ForumException(minutesStatus == MinutesStatus.PUBLISHED ? "These minutes are already published."
                    : "Minutes are published only once the forum has approved them.");
        }
        this.minutesStatus = MinutesStatus.PUBLISHED;
        this.minutesPublishedAt = clock.instant();
        this.updatedAt = clock.instant();
    }

    public boolean minutesPublic() {
        return minutesStatus == MinutesStatus.PUBLISHED;
    }

    public boolean held(Clock clock) {
        return !heldAt.isAfter(clock.instant());
    }

    public LocalDate heldOn() {
        return heldAt.atZone(UK).toLocalDate();
    }

    /** When it is held, in the page's language (Welsh day and month names on a Welsh page). */
    public String when() {
        return when(org.springframework.context.i18n.LocaleContextHolder.getLocale());
    }

    public String when(java.util.Locale locale) {
        java.util.Locale shown = uk.org.ncjaa.springboard.shared.i18n.Languages.welsh(locale)
                ? uk.org.ncjaa.springboard.shared.i18n.Languages.WELSH : java.util.Locale.UK;
        return heldAt.atZone(UK).format(java.time.format.DateTimeFormatter.ofPattern("EEEE d MMMM yyyy, h:mma", shown))
            .replace("AM", "am").replace("PM", "pm");
    }

    /** For the HTML time element. */
    public String heldAtMachine() {
        return java.time.format.DateTimeFormatter.ISO_INSTANT.format(heldAt.truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
    }

    public String path() {
        return "/policy/arts-forum/meetings/" + id;
    }

    public Long id() {
        return id;
    }

    public String title() {
        return title;
    }

    public Instant heldAt() {
        return heldAt;
    }

    public String place() {
        return place;
    }

    public String chair() {
        return chair;
    }

    public String eventSlug() {
        return eventSlug;
    }

    public String minutes() {
        return minutes;
    }

    public MinutesStatus minutesStatus() {
        return minutesStatus;
    }

    public Long approvedAtMeeting() {
        return approvedAtMeeting;
    }

    public Instant minutesPublishedAt() {
        return minutesPublishedAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
