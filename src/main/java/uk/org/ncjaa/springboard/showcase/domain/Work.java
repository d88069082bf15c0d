package uk.org.ncjaa.springboard.showcase.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;

import uk.org.ncjaa.springboard.shared.Slugs;

/**
 * A work by someone in the justice system, sent by the organisation they made it with. It guards the
 * rules that protect its maker: how they may be credited, that their consent covers what is shown and
 * is still in force, that an editor confirmed every point of the checklist before anything is public,
 * and that a withdrawn work keeps nothing of the work itself.
 */
@Entity
@Table(name = "showcase_work")
@Indexed(index = "showcase")
public class Work {

    static final ZoneId UK = ZoneId.of("Europe/London");
    static final int MAX_TITLE = 200;
    static final int MAX_WORDS = 3_000;
    static final int MAX_TEXT = 20_000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @KeywordField(projectable = Projectable.YES)
    private String slug;

    @Enumerated(EnumType.STRING)
    @KeywordField(projectable = Projectable.YES)
    private WorkKind kind;

    @FullTextField(analyzer = "english", projectable = Projectable.YES)
    private String title;

    @Enumerated(EnumType.STRING)
    private CreditMode creditMode;

    @FullTextField(analyzer = "english")
    private String creditName = "";

    private boolean makerConfirmedFullName;
    private boolean organisationConfirmedFullName;

    @KeywordField
    private String artForm;

    @KeywordField
    private String setting;

    @KeywordField
    private String region;

    @GenericField
    private int year;

    private long listingId;
    private String listingSlug;

    @FullTextField(analyzer = "english")
    private String organisationName;

    @FullTextField(analyzer = "english")
    private String project = "";

    @FullTextField(analyzer = "english", projectable = Projectable.YES)
    private String makerWords = "";

    private String imageKey;
    private Integer imageWidth;
    private Integer imageHeight;

    @FullTextField(analyzer = "english")
    private String description = "";

    private String audioKey;
    private String audioFormat;
    private Integer audioSeconds;

    @FullTextField(analyzer = "english")
    private String transcript = "";

    private String videoAddress;

    @FullTextField(analyzer = "english", projectable = Projectable.YES)
    private String textBody = "";

    private boolean consentOnline;
    private boolean consentNewsletter;
    private boolean consentPrint;
    private LocalDate consentUntil;
    private String consentFormKey;
    private String consentFormName;
    private boolean consentHeldByOrganisation;
    private long consentRecordedBy;
    private Instant consentRecordedAt;

    private boolean involvesVictims;
    private boolean involvesStaff;
    private boolean involvesCurrentCase;

    @Enumerated(EnumType.STRING)
    @KeywordField
    private WorkStatus status;

    private boolean featured;
    private long submittedBy;
    private Instant submittedAt;

    @GenericField(sortable = Sortable.YES, projectable = Projectable.YES)
    private Instant publishedAt;

    private Instant updatedAt;
    private Instant withdrawnAt;

    @Version
    private long version;

    protected Work() {
    }

    /** A work sent for moderation by someone who looks after the organisation's listing. */
    public Work(WorkDetails details, Organisation organisation, long accountId, String slugSuffix, LocalDate today, Instant now) {
        this.kind = Objects.requireNonNull(details.kind(), "kind");
        this.slug = slugFor(details.title(), slugSuffix);
        this.listingId = organisation.id();
        this.listingSlug = organisation.slug();
        this.organisationName = organisation.name();
        this.submittedBy = accountId;
        this.submittedAt = now;
        apply(details, accountId, today, now);
        this.status = WorkStatus.SUBMITTED;
    }

    /** The organisation a work comes from, as the Directory lists it. */
    public record Organisation(long id, String slug, String name) {
    }

    private static String slugFor(String title, String suffix) {
        String base = Slugs.of(title == null ? "" : title);
        if (base.length() > 100) {
            base = base.substring(0, 100).replaceAll("-$", "");
        }
        return (base.isEmpty() ? "work" : base) + "-" + suffix;
    }

    /** The organisation changes what it sent, before it is published or after it was returned; it goes back for moderation. */
    public void revise(WorkDetails details, long accountId, LocalDate today, Instant now) {
        if (status != WorkStatus.SUBMITTED && status != WorkStatus.RETURNED) {
            throw new ShowcaseException("Only a work waiting for moderation or returned for changes can be changed.",
                    "showcase.problem.notChangeable");
        }
        if (details.kind() != kind) {
            throw new ShowcaseException("A work cannot change its kind: send it again as a new work.", "showcase.problem.kindChange");
        }
        apply(details, accountId, today, now);
        this.status = WorkStatus.SUBMITTED;
    }

    private void apply(WorkDetails d, long accountId, LocalDate today, Instant now) {
        if (d.involvesVictims() || d.involvesStaff() || d.involvesCurrentCase()) {
            throw new ShowcaseException("The alliance does not show works that involve victims of crime, staff who could be identified "
                    + "or a current case, to protect them and the maker. This work cannot be sent.", "showcase.problem.notShown");
        }
        String title = required(d.title(), "Give the work a title.", "title", MAX_TITLE, "title");
        int thisYear = today.getYear();
        if (d.year() < 1950 || d.year() > thisYear) {
            throw new ShowcaseException("Give the year the work was made, between 1950 and " + thisYear + ".", "showcase.problem.yearRange",
                    String.valueOf(thisYear));
        }
        if (d.creditMode() == null) {
            throw new ShowcaseException("Choose how the maker is credited.", "showcase.problem.creditMode");
        }
        String credit = d.creditMode().credit(d.creditName(), d.makerConfirmedFullName(), d.organisationConfirmedFullName());
        if (blank(d.artForm()) || blank(d.setting()) || blank(d.region())) {
            throw new ShowcaseException("Choose the art form, the setting and the region the work comes from.", "showcase.problem.origin");
        }
        if (!d.consentOnline()) {
            throw new ShowcaseException("The maker's consent must cover showing the work online: without it the showcase cannot show it.",
                    "showcase.problem.consentOnline");
        }
        if (d.consentUntil() != null && !d.consentUntil().isAfter(today)) {
            throw new ShowcaseException("The consent's end date has passed or is today: give a later date, or none.", "showcase.problem.consentPast");
        }
        String description = optional(d.description(), MAX_WORDS, "description");
        String transcript = optional(d.transcript(), MAX_TEXT, "transcript");
        String text = optional(d.textBody(), MAX_TEXT, "text");
        switch (kind) {
            case IMAGE -> required(description, "Describe the picture for people who cannot see it: a person writes this, in their own words.", "description",
                    MAX_WORDS, "description");
            case AUDIO -> required(transcript, "Give a transcript of the recording (its words, and what can be heard), for people who cannot hear it.",
                    "transcript.audio",
                    MAX_TEXT, "transcript");
            case VIDEO -> {
                required(transcript, "Give a transcript of the video (its words, and what can be seen and heard).", "transcript.video",
                        MAX_TEXT, "transcript");
                if (blank(d.videoAddress())) {
                    throw new ShowcaseException("Give the video's address on YouTube or Vimeo.", "showcase.problem.videoAddress");
                }
            }
            case TEXT -> required(text, "Give the text of the work.", "text", MAX_TEXT, "text");
            default -> throw new IllegalStateException();
        }
        this.title = title;
        this.creditMode = d.creditMode();
        this.creditName = credit;
        this.makerConfirmedFullName = d.creditMode() == CreditMode.FULL_NAME && d.makerConfirmedFullName();
        this.organisationConfirmedFullName = d.creditMode() == CreditMode.FULL_NAME && d.organisationConfirmedFullName();
        this.artForm = d.artForm();
        this.setting = d.setting();
        this.region = d.region();
        this.year = d.year();
        this.project = optional(d.project(), MAX_TITLE, "project name");
        this.makerWords = optional(d.makerWords(), MAX_WORDS, "maker's words");
        this.description = kind == WorkKind.IMAGE ? description : "";
        this.transcript = kind == WorkKind.AUDIO || kind == WorkKind.VIDEO ? transcript : "";
        this.textBody = kind == WorkKind.TEXT ? text : "";
        this.videoAddress = kind == WorkKind.VIDEO ? d.videoAddress().strip() : null;
        this.consentOnline = true;
        this.consentNewsletter = d.consentNewsletter();
        this.consentPrint = d.consentPrint();
        this.consentUntil = d.consentUntil();
        this.consentHeldByOrganisation = d.consentHeldByOrganisation();
        this.consentRecordedBy = accountId;
        this.consentRecordedAt = now;
        this.updatedAt = now;
    }

    /** Whether the work is ready to go to the editors: its file is there and the consent is on record. */
    public void checkComplete() {
        if (kind == WorkKind.IMAGE && imageKey == null) {
            throw new ShowcaseException("Upload the picture of the work.", "showcase.problem.picture");
        }
        if (kind == WorkKind.AUDIO && audioKey == null) {
            throw new ShowcaseException("Upload the recording.", "showcase.problem.recording");
        }
        if (consentFormKey == null && !consentHeldByOrganisation) {
            throw new ShowcaseException("Upload the signed consent form, or confirm that your organisation holds it.", "showcase.problem.consentForm");
        }
    }

    public void attachImage(String key, int width, int height) {
        checkOpen();
        this.imageKey = key;
        this.imageWidth = width;
        this.imageHeight = height;
    }

    public void attachAudio(String key, String format, int seconds) {
        checkOpen();
        this.audioKey = key;
        this.audioFormat = format;
        this.audioSeconds = seconds;
    }

    public void attachConsentForm(String key, String fileName) {
        checkOpen();
        this.consentFormKey = key;
        this.consentFormName = fileName;
    }

    private void checkOpen() {
        if (status == WorkStatus.WITHDRAWN || status == WorkStatus.DECLINED) {
            throw new ShowcaseException("This work is closed.");
        }
    }

    /** The editor publishes, having confirmed every point of the checklist. */
    public void publish(Set<Check> confirmed, LocalDate today, Instant now) {
        if (status != WorkStatus.SUBMITTED) {
            throw new ShowcaseException("Only a work waiting for moderation can be published.");
        }
        Set<Check> missing = EnumSet.allOf(Check.class);
        missing.removeAll(confirmed);
        if (!missing.isEmpty()) {
            throw new ShowcaseException("Confirm every point of the checklist before publishing: " + missing.iterator().next().label());
        }
        if (!consentInForce(today)) {
            throw new ShowcaseException("The maker's consent has ended: the work cannot be published.");
        }
        checkComplete();
        this.status = WorkStatus.PUBLISHED;
        this.publishedAt = now;
        this.updatedAt = now;
    }

    /** Back to the organisation with what to change. */
    public void returnForChanges(String reason, Instant now) {
        if (status != WorkStatus.SUBMITTED) {
            throw new ShowcaseException("Only a work waiting for moderation can be returned.");
        }
        required(reason, "Say what the organisation should change.", "change", MAX_WORDS, "reason");
        this.status = WorkStatus.RETURNED;
        this.updatedAt = now;
    }

    /** Not shown, with a reason the organisation reads; its files are deleted as a withdrawn work's are. */
    public List<String> decline(String reason, Instant now) {
        if (status != WorkStatus.SUBMITTED && status != WorkStatus.RETURNED) {
            throw new ShowcaseException("Only a work waiting for moderation can be declined.");
        }
        required(reason, "Give the organisation the reason.", "reason", MAX_WORDS, "reason");
        // the title stays, so the organisation knows which work the reason is about
        String kept = title;
        List<String> files = erase();
        this.title = kept;
        this.status = WorkStatus.DECLINED;
        this.updatedAt = now;
        return files;
    }

    /**
     * Withdrawn by the organisation, an editor or the end of the maker's consent: nothing of the work is
     * kept (its words, its credit and the consent form go with its files), only that it was here.
     *
     * @return the keys of its stored files, for the caller to delete
     */
    public List<String> withdraw(Instant now) {
        if (status == WorkStatus.WITHDRAWN) {
            return List.of();
        }
        List<String> files = erase();
        this.status = WorkStatus.WITHDRAWN;
        this.withdrawnAt = now;
        this.updatedAt = now;
        return files;
    }

    private List<String> erase() {
        List<String> files = new ArrayList<>();
        if (imageKey != null) {
            WorkFiles.IMAGE_WIDTHS.forEach(width -> files.add(WorkFiles.imageKey(imageKey, width)));
        }
        if (audioKey != null) {
            files.add(audioKey);
        }
        if (consentFormKey != null) {
            files.add(consentFormKey);
        }
        this.title = "Withdrawn work";
        this.creditName = "";
        this.creditMode = CreditMode.ANONYMOUS;
        this.project = "";
        this.makerWords = "";
        this.description = "";
        this.transcript = "";
        this.textBody = "";
        this.videoAddress = null;
        this.imageKey = null;
        this.imageWidth = null;
        this.imageHeight = null;
        this.audioKey = null;
        this.audioFormat = null;
        this.audioSeconds = null;
        this.consentFormKey = null;
        this.consentFormName = null;
        this.featured = false;
        return files;
    }

    public void feature(boolean featured, Instant now) {
        if (featured && status != WorkStatus.PUBLISHED) {
            throw new ShowcaseException("Only a published work can be featured.");
        }
        this.featured = featured;
        this.updatedAt = now;
    }

    public boolean consentInForce(LocalDate today) {
        return consentOnline && (consentUntil == null || !today.isAfter(consentUntil));
    }

    /** Whether the public may see it today. */
    public boolean shown(LocalDate today) {
        return status == WorkStatus.PUBLISHED && consentInForce(today);
    }

    /** Whether the newsletter may carry it: the maker agreed to that as well. */
    public boolean forNewsletter(LocalDate today) {
        return shown(today) && consentNewsletter;
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private static String required(String text, String message, String key, int max, String what) {
        if (blank(text)) {
            throw new ShowcaseException(message, "showcase.problem.required." + key);
        }
        return optional(text, max, what);
    }

    private static String optional(String text, int max, String what) {
        String value = text == null ? "" : text.strip().replace("\r\n", "\n");
        if (value.length() > max) {
            throw new ShowcaseException("Keep the " + what + " under " + max + " characters.", "showcase.problem.tooLong." + what.replaceAll("[^a-z]", ""),
                    String.valueOf(max));
        }
        return value;
    }

    public String href() {
        return "/showcase/works/" + slug;
    }

    /** The picture's width when drawn with its longest side at {@code side} pixels, as the stored sizes are. */
    public int widthAt(int side) {
        return imageWidth == null ? 0 : (int) Math.round(imageWidth * Math.min(1.0, (double) side / Math.max(imageWidth, imageHeight)));
    }

    public int heightAt(int side) {
        return imageHeight == null ? 0 : (int) Math.round(imageHeight * Math.min(1.0, (double) side / Math.max(imageWidth, imageHeight)));
    }

    public String credit() {
        return creditMode.shown(creditName);
    }

    public Long id() {
        return id;
    }

    public String slug() {
        return slug;
    }

    public WorkKind kind() {
        return kind;
    }

    public String title() {
        return title;
    }

    public CreditMode creditMode() {
        return creditMode;
    }

    public String creditName() {
        return creditName;
    }

    public boolean makerConfirmedFullName() {
        return makerConfirmedFullName;
    }

    public boolean organisationConfirmedFullName() {
        return organisationConfirmedFullName;
    }

    public String artForm() {
        return artForm;
    }

    public String setting() {
        return setting;
    }

    public String region() {
        return region;
    }

    public int year() {
        return year;
    }

    public long listingId() {
        return listingId;
    }

    public String listingSlug() {
        return listingSlug;
    }

    public String organisationName() {
        return organisationName;
    }

    public String project() {
        return project;
    }

    public String makerWords() {
        return makerWords;
    }

    public String imageKey() {
        return imageKey;
    }

    public Integer imageWidth() {
        return imageWidth;
    }

    public Integer imageHeight() {
        return imageHeight;
    }

    public String description() {
        return description;
    }

    public String audioKey() {
        return audioKey;
    }

    public String audioFormat() {
        return audioFormat;
    }

    public Integer audioSeconds() {
        return audioSeconds;
    }

    public String transcript() {
        return transcript;
    }

    public String videoAddress() {
        return videoAddress;
    }

    public String textBody() {
        return textBody;
    }

    public boolean consentOnline() {
        return consentOnline;
    }

    public boolean consentNewsletter() {
        return consentNewsletter;
    }

    public boolean consentPrint() {
        return consentPrint;
    }

    public LocalDate consentUntil() {
        return consentUntil;
    }

    public String consentFormKey() {
        return consentFormKey;
    }

    public String consentFormName() {
        return consentFormName;
    }

    public boolean consentHeldByOrganisation() {
        return consentHeldByOrganisation;
    }

    public Instant consentRecordedAt() {
        return consentRecordedAt;
    }

    public WorkStatus status() {
        return status;
    }

    public boolean featured() {
        return featured;
    }

    public long submittedBy() {
        return submittedBy;
    }

    public Instant submittedAt() {
        return submittedAt;
    }

    public Instant publishedAt() {
        return publishedAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public Instant withdrawnAt() {
        return withdrawnAt;
    }
}
