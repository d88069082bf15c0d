package uk.org.ncjaa.springboard.newsletter.domain;

import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import uk.org.ncjaa.springboard.newsletter.Topic;

/** Someone who asked for the newsletter, whether or not they are a member. */
@Entity(name = "NewsletterSubscriber")
@Table(name = "newsletter_subscriber")
public class Subscriber {

    public enum Status {
        /** Asked, but has not clicked the confirmation link: never mailed a newsletter. */
        PENDING("Waiting to confirm"),
        CONFIRMED("Confirmed"),
        UNSUBSCRIBED("Unsubscribed"),
        /** Imported from an old list without a record of their consent: never mailed until they confirm. */
        CONSENT_UNKNOWN("Imported, consent unknown");

        private final String label;

        Status(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public enum Source {
        FORM, MEMBER, IMPORT, STAFF
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String email;

    private String name;

    @Enumerated(EnumType.STRING)
    private Status status;

    @JdbcTypeCode(SqlTypes.ARRAY)
    private String[] topics;

    private String region;

    private Long accountId;

    @Enumerated(EnumType.STRING)
    private Source source;

    private Instant createdAt;

    private Instant confirmedAt;

    private Instant unsubscribedAt;

    private int softBounces;

    private Instant askedAt;

    /** {@code en} or {@code cy}: the language of the page they asked from; null before it was recorded. */
    private String language;

    @Version
    private long version;

    protected Subscriber() {
    }

    public Subscriber(String email, String name, Source source, Instant now) {
        this.email = email.strip();
        this.name = blankToNull(name);
        this.source = source;
        this.status = Status.PENDING;
        this.topics = slugs(EnumSet.allOf(Topic.class));
        this.createdAt = now;
    }

    /** Records the language of the page they asked from, for the emails about their subscription. */
    void speak(String code) {
        String chosen = uk.org.ncjaa.springboard.shared.i18n.Languages.code(code);
        if (chosen != null) {
            language = chosen;
        }
    }

    /** {@code en} or {@code cy}, or null when not recorded. */
    public String language() {
        return language;
    }

    /** Waits for the confirmation link again (a new request, or one who had left coming back). */
    void ask(String name) {
        if (status != Status.CONFIRMED) {
            status = Status.PENDING;
        }
        if (blankToNull(name) != null) {
            this.name = name.strip();
        }
    }

    /** @return whether this changed anything (a second click on the link does not) */
    boolean confirm(Instant now) {
        if (status == Status.CONFIRMED) {
            return false;
        }
        status = Status.CONFIRMED;
        confirmedAt = now;
        unsubscribedAt = null;
        return true;
    }

    /** Imported with a record of consent given elsewhere. */
    void confirmedElsewhere(Instant when) {
        status = Status.CONFIRMED;
        confirmedAt = when;
    }

    void consentUnknown() {
        status = Status.CONSENT_UNKNOWN;
    }

    /** @return whether this changed anything */
    boolean unsubscribe(Instant now) {
        if (status == Status.UNSUBSCRIBED) {
            return false;
        }
        status = Status.UNSUBSCRIBED;
        unsubscribedAt = now;
        return true;
    }

    void choose(Collection<Topic> chosen, String region) {
        this.topics = slugs(chosen);
        this.region = blankToNull(region);
    }

    void linkAccount(long accountId) {
        this.accountId = accountId;
    }

    /**
     * Whether another email may go to this address now: one every ten minutes at most, so that
     * someone typing another person's address again and again cannot flood their inbox.
     */
    boolean mayEmail(Instant now) {
        if (askedAt != null && askedAt.isAfter(now.minus(java.time.Duration.ofMinutes(10)))) {
            return false;
        }
        askedAt = now;
        return true;
    }

    /** "5 January 2027", UK time. */
    public String createdOn() {
        return java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.UK)
            .withZone(java.time.ZoneId.of("Europe/London")).format(createdAt);
    }

    public Long id() {
        return id;
    }

    public String email() {
        return email;
    }

    public String name() {
        return name;
    }

    public Status status() {
        return status;
    }

    public boolean confirmed() {
        return status == Status.CONFIRMED;
    }

    public Set<Topic> topics() {
        Set<Topic> set = EnumSet.noneOf(Topic.class);
        Arrays.stream(topics).map(Topic::fromSlug).flatMap(java.util.Optional::stream).forEach(set::add);
        return set;
    }

    public String region() {
        return region;
    }

    public Long accountId() {
        return accountId;
    }

    public Source source() {
        return source;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public int softBounces() {
        return softBounces;
    }

    public Instant confirmedAt() {
        return confirmedAt;
    }

    public Instant unsubscribedAt() {
        return unsubscribedAt;
    }

    private static String[] slugs(Collection<Topic> topics) {
        return topics.stream().sorted().map(Topic::slug).collect(Collectors.toList()).toArray(String[]::new);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
