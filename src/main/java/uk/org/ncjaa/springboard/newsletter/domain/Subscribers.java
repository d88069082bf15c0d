package uk.org.ncjaa.springboard.newsletter.domain;

import java.io.IOException;
import java.io.Reader;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.org.ncjaa.springboard.members.Consent;
import uk.org.ncjaa.springboard.newsletter.Topic;
import uk.org.ncjaa.springboard.shared.EmailAddresses;
import uk.org.ncjaa.springboard.shared.i18n.Languages;
import uk.org.ncjaa.springboard.shared.mail.MailRequested;

/**
 * Subscribing and everything after: double opt-in, preferences, unsubscribing, importing an old
 * list. Every decision is added to the subscriber's consent ledger with the words they were shown.
 */
@Service
@Transactional
public class Subscribers {

    private static final int MAX_IMPORT_ROWS = 50_000;

    private final SubscriberRepository subscribers;
    private final UnsubscribeReasonRepository reasons;
    private final Links links;
    private final JdbcTemplate jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Subscribers(SubscriberRepository subscribers, UnsubscribeReasonRepository reasons, Links links, JdbcTemplate jdbc,
            ApplicationEventPublisher events, Clock clock) {
        this.subscribers = subscribers;
        this.reasons = reasons;
        this.links = links;
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Someone asks for the newsletter. Nobody is mailed a newsletter until they click the link
     * this sends. Whatever the address's history, the person asking sees the same answer, so the
     * form tells nobody who subscribes.
     */
    public void subscribe(String email, String name, Collection<Topic> topics, String region, Long accountId) {
        Subscriber subscriber = subscribers.findByEmail(email.strip())
            .orElseGet(() -> subscribers.save(new Subscriber(email, name, Subscriber.Source.FORM, clock.instant())));
        if (accountId != null) {
            subscriber.linkAccount(accountId);
        }
        if (subscriber.confirmed()) {
            if (subscriber.mayEmail(clock.instant())) {
                mail(subscriber, "Your newsletter subscription", "newsletter-already", links.manage(subscriber.id()));
            }
            return;
        }
        subscriber.ask(name);
        subscriber.speak(Languages.code(LocaleContextHolder.getLocale()));
        subscriber.choose(topics.isEmpty() ? EnumSet.allOf(Topic.class) : topics, region);
        if (subscriber.mayEmail(clock.instant())) {
            mail(subscriber, "Confirm your newsletter subscription", "newsletter-confirm", links.confirm(subscriber.id()));
        }
    }

    /** The language recorded for the subscriber with this address: {@code en}, {@code cy}, or null. */
    @Transactional(readOnly = true)
    public String languageOf(String email) {
        if (email == null || email.isBlank()) {
            return null;
        }
        return subscribers.findByEmail(email.strip()).map(Subscriber::language).orElse(null);
    }

    /** Someone who left asks again from their own preferences page: their link proves the address is theirs. */
    public void resubscribe(long subscriberId) {
        Subscriber subscriber = subscribers.findById(subscriberId).orElseThrow();
        subscriber.ask(null);
        subscriber.speak(Languages.code(LocaleContextHolder.getLocale()));
        mail(subscriber, "Confirm your newsletter subscription", "newsletter-confirm", links.confirm(subscriber.id()));
    }

    /** The subscriber a link names, if it is genuine, current and they still exist. */
    @Transactional(readOnly = true)
    public Optional<Subscriber> byLink(Links.Checked checked) {
        return checked.ok() ? subscribers.findById(checked.subscriberId()) : Optional.empty();
    }

    /**
     * The subscriber a genuine link names, even one past its date: leaving must work from any old
     * email, and a link nobody could forge harms no one by unsubscribing its owner.
     */
    @Transactional(readOnly = true)
    public Optional<Subscriber> byGenuineLink(Links.Checked checked) {
        return checked.problem() == Links.Problem.FORGED ? Optional.empty() : subscribers.findById(checked.subscriberId());
    }

    /** Unsubscribes whoever has this address, if anyone (an unsubscribe email without a link in it). */
    public boolean unsubscribeAddress(String email, String how) {
        return subscribers.findByEmail(email.strip()).map(s -> unsubscribe(s.id(), how)).orElse(false);
    }

    /** Erases a subscriber and everything recorded about them here; a suppressed address stays suppressed. */
    public void erase(long subscriberId) {
        subscribers.findById(subscriberId).ifPresent(subscribers::delete);
    }

    /** The confirmation link was followed and its button pressed: consent is recorded, and a welcome sent once. */
    public void confirm(long subscriberId) {
        confirm(subscribers.findById(subscriberId).orElseThrow(), "confirmation link", true);
    }

    private void confirm(Subscriber subscriber, String how, boolean welcome) {
        if (subscriber.confirm(clock.instant())) {
            record(subscriber.id(), true, subscriber.source().name(), how);
            if (welcome) {
                mail(subscriber, "Welcome to the NCJAA newsletter", "newsletter-welcome", links.manage(subscriber.id()));
            }
        }
    }

    /**
     * A member ticked the newsletter. Their consent is the tick; the proof that the address is theirs
     * is the account's own verification, so they get no second link to click: a verified member is
     * subscribed at once, a new one when they confirm their account's address.
     */
    public void subscribeMember(long accountId, String email, String name, String region, boolean addressVerified) {
        Subscriber subscriber = subscribers.findByAccountId(accountId).or(() -> subscribers.findByEmail(email.strip()))
            .orElseGet(() -> {
                Subscriber made = new Subscriber(email, name, Subscriber.Source.MEMBER, clock.instant());
                made.choose(EnumSet.allOf(Topic.class), region);
                return subscribers.save(made);
            });
        subscriber.linkAccount(accountId);
        if (subscriber.confirmed()) {
            return;
        }
        subscriber.ask(name);
        if (addressVerified) {
            confirm(subscriber, "member's choice, their account's address verified", true);
        }
    }

    /** A new member proved their address: the newsletter they ticked when joining starts (their welcome is the member's one). */
    public void accountVerified(long accountId) {
        subscribers.findByAccountId(accountId)
            .filter(s -> s.status() == Subscriber.Status.PENDING && s.source() == Subscriber.Source.MEMBER)
            .ifPresent(s -> confirm(s, "ticked when joining; address confirmed by the account's verification link", false));
    }

    public void choose(long subscriberId, Collection<Topic> topics, String region) {
        subscribers.findById(subscriberId).orElseThrow().choose(topics, region);
    }

    /** @return whether they were subscribed until now */
    public boolean unsubscribe(long subscriberId, String how) {
        Subscriber subscriber = subscribers.findById(subscriberId).orElseThrow();
        boolean changed = subscriber.unsubscribe(clock.instant());
        if (changed) {
            record(subscriber.id(), false, "UNSUBSCRIBE", how);
        }
        return changed;
    }

    /**
     * Keeps why someone who has unsubscribed left, if they chose to say; a second answer replaces
     * the first. Nothing is kept for a subscriber who is still subscribed.
     *
     * @return whether it was kept
     */
    public boolean explainLeaving(long subscriberId, UnsubscribeReason.Reason reason) {
        Subscriber subscriber = subscribers.findById(subscriberId).orElseThrow();
        if (subscriber.status() != Subscriber.Status.UNSUBSCRIBED) {
            return false;
        }
        reasons.findById(subscriberId).ifPresentOrElse(kept -> kept.change(reason, clock.instant()),
                () -> reasons.save(new UnsubscribeReason(subscriberId, reason, clock.instant())));
        return true;
    }

    /** A member withdrew the newsletter consent on their account. */
    public void unsubscribeAccount(long accountId, String email) {
        subscribers.findByAccountId(accountId).or(() -> subscribers.findByEmail(email))
            .ifPresent(s -> unsubscribe(s.id(), "member's consent page"));
    }

    /** Emails a fresh preferences link to a subscriber who lost theirs; says nothing about addresses it does not know. */
    public void sendLink(String email) {
        subscribers.findByEmail(email.strip())
            .filter(s -> s.status() != Subscriber.Status.UNSUBSCRIBED)
            .filter(s -> s.mayEmail(clock.instant()))
            .ifPresent(s -> mail(s, "Your newsletter preferences link", "newsletter-link", links.manage(s.id())));
    }

    /** Staff ask someone imported without a record of consent to confirm it. */
    public int askToConfirm(Collection<Long> ids) {
        int asked = 0;
        for (Subscriber subscriber : subscribers.findAllById(ids)) {
            if (subscriber.status() == Subscriber.Status.CONSENT_UNKNOWN) {
                subscriber.ask(null);
                mail(subscriber, "Would you like to keep getting our newsletter?", "newsletter-reconfirm",
                        links.confirm(subscriber.id()));
                asked++;
            }
        }
        return asked;
    }

    @Transactional(readOnly = true)
    public Optional<Subscriber> find(long id) {
        return subscribers.findById(id);
    }

    @Transactional(readOnly = true)
    public List<Subscriber> search(String text, int limit) {
        return text == null || text.isBlank() ? subscribers.newest(PageRequest.of(0, limit))
                : subscribers.search(text.strip(), PageRequest.of(0, limit));
    }

    @Transactional(readOnly = true)
    public Map<Subscriber.Status, Long> counts() {
        Map<Subscriber.Status, Long> counts = new LinkedHashMap<>();
        for (Subscriber.Status status : Subscriber.Status.values()) {
            counts.put(status, 0L);
        }
        jdbc.query("select status, count(*) from newsletter_subscriber group by status",
                rs -> {
                    counts.put(Subscriber.Status.valueOf(rs.getString(1)), rs.getLong(2));
                });
        return counts;
    }

    public record ConsentEntry(boolean granted, String wording, String version, String source, String detail, Instant recordedAt) {
    }

    @Transactional(readOnly = true)
    public List<ConsentEntry> ledger(long subscriberId) {
        return jdbc.query("select granted, wording, version, source, detail, recorded_at from newsletter_consent"
                + " where subscriber_id = ? order by recorded_at desc, id desc",
                (rs, n) -> new ConsentEntry(rs.getBoolean(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                        rs.getTimestamp(6).toInstant()),
                subscriberId);
    }

    /** One line of an import that could not be taken, and why. */
    public record Rejected(long line, String reason) {
    }

    public record ImportReport(int added, int withConsent, int consentUnknown, int alreadyThere, List<Rejected> rejected) {
    }

    /**
     * Imports an existing list. Columns: {@code email} (required), {@code name}, {@code topics}
     * (slugs separated by {@code ;}), {@code region}, {@code consent_source} and {@code consented_on}
     * (a date, yyyy-mm-dd). Someone with both consent columns is subscribed with that record in the
     * ledger; anyone else is kept but never mailed until they confirm. Nobody already on the list is
     * changed, so an import never undoes an unsubscribe.
     */
    public ImportReport importCsv(Reader reader, long staffId) throws IOException {
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setIgnoreEmptyLines(true)
            .setTrim(true).setIgnoreHeaderCase(true).get();
        List<Rejected> rejected = new ArrayList<>();
        int added = 0;
        int withConsent = 0;
        int unknown = 0;
        int already = 0;
        Set<String> seen = new HashSet<>();
        // the addresses already on the list, read once rather than asked for row by row
        Set<String> existing = new HashSet<>(jdbc.queryForList("select lower(email) from newsletter_subscriber", String.class));
        try (CSVParser parser = CSVParser.parse(reader, format)) {
            if (!parser.getHeaderMap().containsKey("email")) {
                throw new IllegalArgumentException("The first line must name the columns, and one must be called email.");
            }
            for (CSVRecord row : parser) {
                long line = parser.getCurrentLineNumber();
                if (row.getRecordNumber() > MAX_IMPORT_ROWS) {
                    rejected.add(new Rejected(line, "Only the first " + MAX_IMPORT_ROWS + " rows are imported at once"));
                    break;
                }
                String email = get(row, "email");
                if (!EmailAddresses.plausible(email)) {
                    rejected.add(new Rejected(line, "\"" + shorten(email) + "\" is not an email address"));
                    continue;
                }
                if (!seen.add(email.toLowerCase(Locale.ROOT))) {
                    rejected.add(new Rejected(line, "The same address is on an earlier line"));
                    continue;
                }
                List<Topic> topics = new ArrayList<>();
                String badTopic = null;
                for (String slug : get(row, "topics").split(";")) {
                    if (!slug.isBlank()) {
                        Optional<Topic> topic = Topic.fromSlug(slug.strip().toLowerCase(Locale.ROOT));
                        if (topic.isEmpty()) {
                            badTopic = slug.strip();
                        }
                        topic.ifPresent(topics::add);
                    }
                }
                if (badTopic != null) {
                    rejected.add(new Rejected(line, "\"" + shorten(badTopic) + "\" is not a topic; use news, events, opportunities, publications or evidence"));
                    continue;
                }
                String source = get(row, "consent_source");
                String on = get(row, "consented_on");
                LocalDate consented = null;
                if (!on.isEmpty()) {
                    try {
                        consented = LocalDate.parse(on);
                    }
                    catch (DateTimeParseException ex) {
                        rejected.add(new Rejected(line, "\"" + shorten(on) + "\" is not a date written as yyyy-mm-dd"));
                        continue;
                    }
                    if (consented.isAfter(LocalDate.now(clock))) {
                        rejected.add(new Rejected(line, "The consent date is in the future"));
                        continue;
                    }
                }
                if (source.length() > 200 || get(row, "name").length() > 200) {
                    rejected.add(new Rejected(line, "The name and consent source must be under 200 characters"));
                    continue;
                }
                if (existing.contains(email.toLowerCase(Locale.ROOT))) {
                    already++;
                    continue;
                }
                Subscriber subscriber = subscribers.save(new Subscriber(email, get(row, "name"), Subscriber.Source.IMPORT, clock.instant()));
                subscriber.choose(topics.isEmpty() ? EnumSet.allOf(Topic.class) : topics, get(row, "region"));
                if (!source.isEmpty() && consented != null) {
                    Instant when = consented.atStartOfDay(ZoneId.of("Europe/London")).toInstant();
                    subscriber.confirmedElsewhere(when);
                    subscribers.flush();
                    jdbc.update("insert into newsletter_consent (subscriber_id, granted, wording, version, source, detail, recorded_at)"
                            + " values (?, true, ?, ?, 'IMPORT', ?, ?)", subscriber.id(), "As recorded by the list it came from",
                            "imported", source + " (imported by staff account " + staffId + ")", java.sql.Timestamp.from(when));
                    withConsent++;
                }
                else {
                    subscriber.consentUnknown();
                    unknown++;
                }
                added++;
            }
        }
        catch (java.io.UncheckedIOException | IllegalStateException ex) {
            throw new IllegalArgumentException("The file could not be read as CSV: " + ex.getMessage(), ex);
        }
        return new ImportReport(added, withConsent, unknown, already, rejected);
    }

    private void record(long subscriberId, boolean granted, String source, String detail) {
        subscribers.flush();
        jdbc.update("insert into newsletter_consent (subscriber_id, granted, wording, version, source, detail, recorded_at)"
                + " values (?, ?, ?, ?, ?, ?, ?)", subscriberId, granted, Consent.NEWSLETTER.wording(), Consent.NEWSLETTER.version(),
                source, detail, java.sql.Timestamp.from(clock.instant()));
    }

    private void mail(Subscriber subscriber, String subject, String template, String token) {
        events.publishEvent(new MailRequested(subscriber.email(), subject, template,
                Map.of("name", subscriber.name() == null ? "" : subscriber.name(), "token", token)));
    }

    private static String get(CSVRecord row, String column) {
        return row.isMapped(column) && row.isSet(column) ? row.get(column).strip() : "";
    }

    private static String shorten(String value) {
        return value.length() > 60 ? value.substring(0, 60) + "…" : value;
    }
}
