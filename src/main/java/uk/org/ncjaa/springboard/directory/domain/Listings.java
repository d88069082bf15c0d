package uk.org.ncjaa.springboard.directory.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.org.ncjaa.springboard.accounts.AccountsApi;
import uk.org.ncjaa.springboard.accounts.Role;
import uk.org.ncjaa.springboard.directory.DirectoryChanged;
import uk.org.ncjaa.springboard.directory.DirectoryProperties;
import uk.org.ncjaa.springboard.directory.ListingContent;
import uk.org.ncjaa.springboard.shared.NotFoundException;
import uk.org.ncjaa.springboard.shared.Slugs;
import uk.org.ncjaa.springboard.shared.mail.MailRequested;
import uk.org.ncjaa.springboard.taxonomy.ConceptView;
import uk.org.ncjaa.springboard.taxonomy.TaxonomyApi;
import uk.org.ncjaa.springboard.taxonomy.Vocabulary;

/**
 * Looking after listings: organisations create and edit theirs, editors approve or return the
 * changes, and organisations confirm once a year that their listing is still right. Every method
 * that takes an account checks that the account looks after the listing, so a forged listing id in
 * a form reaches nothing.
 */
@Service
@Transactional
public class Listings {

    static final Duration INVITATION_LIFETIME = Duration.ofDays(14);
    static final int REMINDER_BATCH = 500;

    private final ListingRepository listings;
    private final ListingRevisionRepository revisions;
    private final JdbcTemplate jdbc;
    private final AccountsApi accounts;
    private final TaxonomyApi taxonomy;
    private final ApplicationEventPublisher events;
    private final DirectoryProperties properties;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    Listings(ListingRepository listings, ListingRevisionRepository revisions, JdbcTemplate jdbc, AccountsApi accounts, TaxonomyApi taxonomy,
            ApplicationEventPublisher events, DirectoryProperties properties, Clock clock) {
        this.listings = listings;
        this.revisions = revisions;
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.taxonomy = taxonomy;
        this.events = events;
        this.properties = properties;
        this.clock = clock;
    }

    // --- for the organisations that own listings

    /** A new listing, not yet public, looked after by the account that made it. */
    public Listing create(long accountId, ListingContent content) {
        Listing listing = listings.save(new Listing(freeSlug(content.name()), content, clock.instant()));
        addAdmin(listing.id(), accountId);
        return listing;
    }

    @Transactional(readOnly = true)
    public List<Listing> managedBy(long accountId) {
        return listings.findManagedBy(accountId);
    }

    /** A listing the account looks after; anyone else is told it does not exist. */
    @Transactional(readOnly = true)
    public Listing managed(long accountId, long listingId) {
        return listings.findManaged(listingId, accountId).orElseThrow(() -> new NotFoundException("No such listing"));
    }

    public void save(long accountId, long listingId, ListingContent content) {
        managed(accountId, listingId).edit(content, clock.instant());
    }

    /** Sends the draft to the editors. */
    public void submit(long accountId, long listingId) {
        Listing listing = managed(accountId, listingId);
        if (!listing.hasDraft()) {
            throw new IllegalStateException("There are no changes to send");
        }
        listing.submit(clock.instant());
        for (AccountsApi.AccountSummary editor : accounts.withRole(Role.EDITOR)) {
            events.publishEvent(new MailRequested(editor.email(), "A directory listing to review", "directory-submitted",
                    Map.of("name", editor.displayName(), "listing", listing.name(), "id", String.valueOf(listing.id()))));
        }
    }

    /** The organisation confirms that its published listing is still right. */
    public void verify(long accountId, long listingId) {
        Listing listing = managed(accountId, listingId);
        if (!listing.isPublished()) {
            throw new IllegalStateException("Only a published listing can be confirmed");
        }
        listing.verify(clock.instant());
        events.publishEvent(new DirectoryChanged(listing.slug()));
    }

    @Transactional(readOnly = true)
    public List<String> adminNames(long listingId) {
        return jdbc.queryForList("select account_id from directory_listing_admin where listing_id = ? order by added_at", Long.class,
                listingId).stream().map(id -> accounts.find(id).map(AccountsApi.AccountSummary::displayName).orElse("Former member"))
            .toList();
    }

    /** Emails a colleague a link that makes them an admin of the listing once they accept it, signed in with that address. */
    public void invite(long accountId, long listingId, String email) {
        Listing listing = managed(accountId, listingId);
        String from = accounts.find(accountId).map(AccountsApi.AccountSummary::displayName).orElse("A colleague");
        byte[] bytes = new byte[24];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Instant now = clock.instant();
        jdbc.update("insert into directory_invitation (listing_id, email, token_hash, invited_by, created_at, expires_at)"
                + " values (?, ?, ?, ?, ?, ?)", listingId, email.strip().toLowerCase(Locale.ROOT), hash(token), accountId,
                java.sql.Timestamp.from(now), java.sql.Timestamp.from(now.plus(INVITATION_LIFETIME)));
        events.publishEvent(new MailRequested(email.strip(), "Help look after " + listing.name() + "'s directory listing",
                "directory-invitation", Map.of("from", from, "listing", listing.name(), "token", token)));
    }

    /**
     * Accepts an invitation for the signed-in account; it must be the address the invitation went to.
     *
     * @return the listing, or empty when the link is unknown, used, expired or meant for someone else
     */
    public Optional<Listing> accept(long accountId, String token) {
        String email = accounts.find(accountId).map(a -> a.email().toLowerCase(Locale.ROOT)).orElse("");
        List<Long> found = jdbc.queryForList("update directory_invitation set accepted_at = ? where token_hash = ? and email = ?"
                + " and accepted_at is null and expires_at > ? returning listing_id", Long.class,
                java.sql.Timestamp.from(clock.instant()), hash(token), email, java.sql.Timestamp.from(clock.instant()));
        if (found.isEmpty()) {
            return Optional.empty();
        }
        addAdmin(found.get(0), accountId);
        return listings.findById(found.get(0));
    }

    // --- for editors

    /** Whether the listing's changes are waiting for an editor (and not already approved or returned by another). */
    @Transactional(readOnly = true)
    public boolean submitted(long listingId) {
        return listings.findById(listingId).map(listing -> listing.draftState() == Listing.DraftState.SUBMITTED).orElse(false);
    }

    @Transactional(readOnly = true)
    public List<Listing> queue() {
        return listings.findSubmitted();
    }

    /** One change of a listing's field, as an editor reviews it. */
    public record Change(String field, String before, String after) {
    }

    /** A submitted draft beside what the public sees now. */
    public record Review(Listing listing, List<Change> changes, Map<String, String> fields, boolean firstPublication,
            List<String> admins) {
    }

    @Transactional(readOnly = true)
    public Review review(long listingId) {
        Listing listing = listings.findById(listingId).orElseThrow(() -> new NotFoundException("No such listing"));
        if (!listing.hasDraft()) {
            throw new NotFoundException("This listing has no changes to review");
        }
        Map<String, String> after = describe(listing.working());
        Map<String, String> before = listing.published().map(this::describe).orElse(Map.of());
        List<Change> changes = new ArrayList<>();
        for (String field : ListingContent.changed(before, after)) {
            changes.add(new Change(field, before.getOrDefault(field, ""), after.getOrDefault(field, "")));
        }
        return new Review(listing, changes, after, !listing.isPublished(), adminNames(listingId));
    }

    public void approve(long listingId, String editor) {
        Listing listing = listings.findById(listingId).orElseThrow(() -> new NotFoundException("No such listing"));
        Map<String, String> before = listing.published().map(this::describe).orElse(Map.of());
        boolean first = !listing.isPublished();
        ListingContent content = listing.approve(clock.instant());
        int number = revisions.findByListingIdOrderByNumberDesc(listingId).stream().findFirst().map(r -> r.number() + 1).orElse(1);
        List<String> changed = ListingContent.changed(before, describe(content));
        revisions.save(new ListingRevision(listingId, number, content.toJson(), first ? "First publication" : "Changed: "
                + String.join(", ", changed), editor, clock.instant()));
        jdbc.update("delete from directory_logo where listing_id = ? and not pending and exists"
                + " (select 1 from directory_logo p where p.listing_id = ? and p.pending)", listingId, listingId);
        jdbc.update("update directory_logo set pending = false where listing_id = ? and pending", listingId);
        String subject = first ? "Your directory listing is published" : "Your directory listing changes are published";
        // the subject differs with the occasion: the English as it was, the Welsh from the bundle, for a recipient who reads Welsh
        tellAdmins(listing, subject, "directory-approved", Map.of("approvedSubject", subject, "approvedSubjectCy",
                uk.org.ncjaa.springboard.directory.DirectoryWords.welsh(first ? "directory.mail.approved.first"
                        : "directory.mail.approved.changes", subject)));
        events.publishEvent(new DirectoryChanged(listing.slug()));
    }

    public void returnWith(long listingId, String comment) {
        Listing listing = listings.findById(listingId).orElseThrow(() -> new NotFoundException("No such listing"));
        listing.returnWith(comment, clock.instant());
        tellAdmins(listing, "Your directory listing needs some changes", "directory-returned", Map.of("comments", comment.strip()));
    }

    @Transactional(readOnly = true)
    public List<ListingRevision> revisions(long listingId) {
        return revisions.findByListingIdOrderByNumberDesc(listingId);
    }

    // --- for everyone

    @Transactional(readOnly = true)
    public Optional<Listing> published(String slug) {
        return listings.findBySlug(slug).filter(Listing::isPublished);
    }

    /** Published listings by the names given, compared without regard to case. */
    @Transactional(readOnly = true)
    public Map<String, String> slugsByName(java.util.Collection<String> names) {
        Map<String, String> byLowerName = new java.util.HashMap<>();
        names.forEach(name -> byLowerName.put(name.strip().toLowerCase(Locale.ROOT), name));
        Map<String, String> found = new LinkedHashMap<>();
        if (byLowerName.isEmpty()) {
            return found;
        }
        jdbc.query(con -> {
            var statement = con.prepareStatement("select lower(name), slug from directory_listing where published is not null"
                    + " and lower(name) = any (?)");
            statement.setArray(1, con.createArrayOf("text", byLowerName.keySet().toArray()));
            return statement;
        }, rs -> {
            found.put(byLowerName.get(rs.getString(1)), rs.getString(2));
        });
        return found;
    }

    @Transactional(readOnly = true)
    public long countPublished() {
        return listings.countPublished();
    }

    /** The listing's fields in words, vocabulary slugs shown as their labels. */
    public Map<String, String> describe(ListingContent content) {
        return content.describe((vocabulary, slug) -> Vocabulary.fromSlug(vocabulary)
            .flatMap(v -> taxonomy.find(v, slug)).map(ConceptView::label).orElse(slug));
    }

    /**
     * Emails the admins of listings whose last verification is about to run out, once per period.
     *
     * @return how many listings were due
     */
    public int remindDue() {
        Instant due = clock.instant().minus(properties.verifyEvery());
        List<Listing> late = listings.findDueForReminder(due, PageRequest.ofSize(REMINDER_BATCH));
        for (Listing listing : late) {
            listing.reminded(clock.instant());
            tellAdmins(listing, "Is your directory listing still right?", "directory-reminder",
                    Map.of("verified", java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK)
                        .format(listing.verifiedAt().atZone(java.time.ZoneId.of("Europe/London"))),
                        "verifiedCy", java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy",
                                uk.org.ncjaa.springboard.shared.i18n.Languages.WELSH)
                        .format(listing.verifiedAt().atZone(java.time.ZoneId.of("Europe/London")))));
        }
        return late.size();
    }

    private void tellAdmins(Listing listing, String subject, String template, Map<String, String> extra) {
        for (Long accountId : jdbc.queryForList("select account_id from directory_listing_admin where listing_id = ?", Long.class,
                listing.id())) {
            accounts.find(accountId).ifPresent(admin -> {
                Map<String, String> model = new LinkedHashMap<>(extra);
                model.put("name", admin.displayName());
                model.put("listing", listing.name());
                model.put("slug", listing.slug());
                model.put("id", String.valueOf(listing.id()));
                events.publishEvent(new MailRequested(admin.email(), subject, template, model));
            });
        }
    }

    private void addAdmin(long listingId, long accountId) {
        jdbc.update("insert into directory_listing_admin (listing_id, account_id, added_at) values (?, ?, ?) on conflict do nothing",
                listingId, accountId, java.sql.Timestamp.from(clock.instant()));
        accounts.grant(accountId, Role.ORGANISATION_ADMIN);
    }

    /** A slug made from the name that no listing has yet and that no page of the directory uses. */
    String freeSlug(String name) {
        String base = Slugs.of(name);
        if (base.isEmpty()) {
            base = "organisation";
        }
        base = base.length() > 80 ? base.substring(0, 80).replaceAll("-$", "") : base;
        String slug = base;
        for (int i = 2; listings.existsBySlug(slug) || reserved(slug); i++) {
            slug = base + "-" + i;
        }
        return slug;
    }

    /** Paths under /directory that are pages of their own, not listings. */
    private static boolean reserved(String slug) {
        return List.of("new", "manage", "invitations", "export", "map").contains(slug);
    }

    private static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        }
        catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException(ex);
        }
    }
}
