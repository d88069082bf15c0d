package uk.org.ncjaa.springboard.showcase.domain;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.org.ncjaa.springboard.directory.DirectoryApi;
import uk.org.ncjaa.springboard.shared.AfterCommit;
import uk.org.ncjaa.springboard.shared.NotFoundException;
import uk.org.ncjaa.springboard.showcase.ShowcaseChanged;
import uk.org.ncjaa.springboard.showcase.WorkWithdrawn;

/**
 * The showcase's steps: organisations send, change and withdraw their works; editors moderate, feature
 * and gather them into exhibitions. Every step that changes what the public sees announces
 * {@link ShowcaseChanged}, which forgets the kept pages on every node; a withdrawn or declined work's
 * files are deleted once the step is committed.
 */
@Service
@Transactional
public class Works {

    private static final Logger log = LoggerFactory.getLogger(Works.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final WorkRepository works;
    private final DecisionRepository decisions;
    private final ExhibitionRepository exhibitions;
    private final WorkFiles files;
    private final DirectoryApi directory;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final ShowcaseNotices notices;

    Works(WorkRepository works, DecisionRepository decisions, ExhibitionRepository exhibitions, WorkFiles files, DirectoryApi directory,
            ApplicationEventPublisher events, Clock clock, ShowcaseNotices notices) {
        this.notices = notices;
        this.works = works;
        this.decisions = decisions;
        this.exhibitions = exhibitions;
        this.files = files;
        this.directory = directory;
        this.events = events;
        this.clock = clock;
    }

    /** A file sent with a work: its bytes and the name it had. */
    public record Upload(byte[] bytes, String name) {

        public boolean present() {
            return bytes != null && bytes.length > 0;
        }
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(Work.UK));
    }

    /** The organisations this account may send works for: the Directory listings it looks after. */
    @Transactional(readOnly = true)
    public List<Work.Organisation> organisations(long accountId) {
        return directory.managedBy(accountId).stream().map(o -> new Work.Organisation(o.id(), o.slug(), o.name())).toList();
    }

    private Work.Organisation organisation(long accountId, long listingId) {
        return organisations(accountId).stream().filter(o -> o.id() == listingId).findFirst()
            .orElseThrow(() -> new ShowcaseException("Choose an organisation whose Directory listing you look after.",
                    "showcase.problem.organisation"));
    }

    /** A new work, checked whole before anything is kept; its files are stored, then the work with them. */
    public Work submit(long accountId, long listingId, WorkDetails details, Upload media, Upload consentForm) {
        Work.Organisation organisation = organisation(accountId, listingId);
        Instant now = clock.instant();
        Work work = new Work(details, organisation, accountId, HexFormat.of().formatHex(randomBytes()), today(), now);
        List<String> stored = new ArrayList<>();
        try {
            attach(work, media, consentForm, stored);
            work.checkComplete();
            works.save(work);
        }
        catch (RuntimeException ex) {
            files.delete(stored);
            throw ex;
        }
        decisions.save(new Decision(work.id(), "SENT", "", "", accountId, now));
        return work;
    }

    /** The organisation changes a work waiting for moderation or returned to it; new files replace the old. */
    public Work revise(long accountId, long workId, WorkDetails details, Upload media, Upload consentForm) {
        Work work = ownWork(accountId, workId);
        Instant now = clock.instant();
        List<String> replaced = new ArrayList<>();
        if (media != null && media.present()) {
            if (work.imageKey() != null) {
                WorkFiles.IMAGE_WIDTHS.forEach(w -> replaced.add(WorkFiles.imageKey(work.imageKey(), w)));
            }
            if (work.audioKey() != null) {
                replaced.add(work.audioKey());
            }
        }
        if (consentForm != null && consentForm.present() && work.consentFormKey() != null) {
            replaced.add(work.consentFormKey());
        }
        work.revise(details, accountId, today(), now);
        List<String> stored = new ArrayList<>();
        try {
            attach(work, media, consentForm, stored);
            work.checkComplete();
            works.saveAndFlush(work);
        }
        catch (RuntimeException ex) {
            files.delete(stored);
            throw ex;
        }
        AfterCommit.run(() -> files.delete(replaced));
        decisions.save(new Decision(work.id(), "CHANGED", "", "", accountId, now));
        return work;
    }

    private void attach(Work work, Upload media, Upload consentForm, List<String> stored) {
        if (media != null && media.present()) {
            if (work.kind() == WorkKind.IMAGE) {
                WorkFiles.StoredImage image = files.putImage(media.bytes());
                WorkFiles.IMAGE_WIDTHS.forEach(w -> stored.add(WorkFiles.imageKey(image.base(), w)));
                work.attachImage(image.base(), image.width(), image.height());
            }
            else if (work.kind() == WorkKind.AUDIO) {
                WorkFiles.StoredAudio audio = files.putAudio(media.bytes());
                stored.add(audio.key());
                work.attachAudio(audio.key(), audio.format(), audio.seconds());
            }
        }
        if (consentForm != null && consentForm.present()) {
            String key = files.putConsentForm(consentForm.bytes(), consentForm.name());
            stored.add(key);
            work.attachConsentForm(key, safeName(consentForm.name()));
        }
    }

    private static String safeName(String name) {
        String base = name == null ? "" : name.replaceAll(".*[/\\\\]", "").replaceAll("[^\\w .()-]", "_").strip();
        return base.isEmpty() ? "consent-form" : base.length() > 150 ? base.substring(0, 150) : base;
    }

    private static byte[] randomBytes() {
        byte[] bytes = new byte[3];
        RANDOM.nextBytes(bytes);
        return bytes;
    }

    /** A work sent by one of the organisations this account looks after; any other is not found. */
    @Transactional(readOnly = true)
    public Work ownWork(long accountId, long workId) {
        Set<Long> mine = organisations(accountId).stream().map(Work.Organisation::id).collect(Collectors.toSet());
        return works.findById(workId).filter(w -> mine.contains(w.listingId()))
            .orElseThrow(() -> new NotFoundException("No such work " + workId));
    }

    @Transactional(readOnly = true)
    public List<Work> ownWorks(long accountId) {
        Set<Long> mine = organisations(accountId).stream().map(Work.Organisation::id).collect(Collectors.toSet());
        return mine.isEmpty() ? List.of() : works.findByListingIdInOrderByUpdatedAtDesc(mine);
    }

    /** Withdrawn by the organisation that sent it: gone from every page at once, its files deleted. */
    public void withdrawOwn(long accountId, long workId, String reason) {
        withdraw(ownWork(accountId, workId), "WITHDRAWN", reason, accountId);
    }

    /** Withdrawn by an editor. */
    public void withdrawByEditor(long workId, String reason, long editorId) {
        withdraw(work(workId), "WITHDRAWN", reason, editorId);
    }

    private void withdraw(Work work, String action, String reason, Long by) {
        boolean wasPublic = work.status() == WorkStatus.PUBLISHED;
        List<String> keys = work.withdraw(clock.instant());
        works.saveAndFlush(work);
        decisions.save(new Decision(work.id(), action, reason, "", by, clock.instant()));
        AfterCommit.run(() -> files.delete(keys));
        events.publishEvent(new WorkWithdrawn(work.href()));
        if (wasPublic) {
            events.publishEvent(new ShowcaseChanged(work.slug()));
        }
        log.info("Showcase work {} withdrawn ({})", work.id(), action);
    }

    /**
     * Works whose maker's consent ended yesterday or before are withdrawn, as if the organisation had
     * withdrawn them: the durable job runs this every minute, so none stays up past its day.
     */
    public int withdrawEndedConsents() {
        List<Work> ended = works.consentEndedBefore(today());
        for (Work work : ended) {
            String title = work.title();
            String reason = "The maker's consent ended on " + work.consentUntil() + ".";
            withdraw(work, "CONSENT_ENDED", reason, null);
            notices.tell(work, "showcase.mail.consentEnded", null, "/showcase/manage", "showcase.mail.link.manage", title,
                    String.valueOf(work.consentUntil()));
        }
        return ended.size();
    }

    @Transactional(readOnly = true)
    public Work work(long workId) {
        return works.findById(workId).orElseThrow(() -> new NotFoundException("No such work " + workId));
    }

    @Transactional(readOnly = true)
    public List<Work> waiting() {
        return works.findByStatusOrderBySubmittedAtAsc(WorkStatus.SUBMITTED);
    }

    @Transactional(readOnly = true)
    public List<Work> every() {
        return works.everyWork();
    }

    @Transactional(readOnly = true)
    public List<Decision> decisions(long workId) {
        return decisions.findByWorkIdOrderByDecidedAtAscIdAsc(workId);
    }

    /** An editor's decision: publish (with every checklist point confirmed), return for changes or decline. */
    public void decide(long workId, String action, Set<Check> confirmed, String reason, long editorId) {
        Work work = work(workId);
        Instant now = clock.instant();
        String checklist = confirmed.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
        switch (action == null ? "" : action) {
            case "publish" -> {
                work.publish(confirmed, today(), now);
                events.publishEvent(new ShowcaseChanged(work.slug()));
                notices.tell(work, "showcase.mail.published", "", work.href(), "showcase.mail.link.see", work.title());
            }
            case "return" -> {
                work.returnForChanges(reason, now);
                notices.tell(work, "showcase.mail.returned", reason, "/showcase/manage/" + work.id(), "showcase.mail.link.change", work.title());
            }
            case "decline" -> {
                List<String> keys = work.decline(reason, now);
                AfterCommit.run(() -> files.delete(keys));
                notices.tell(work, "showcase.mail.declined", reason, "/showcase/manage", "showcase.mail.link.manage", work.title());
            }
            default -> throw new ShowcaseException("Choose to publish, return or decline the work.");
        }
        works.saveAndFlush(work);
        decisions.save(new Decision(workId, action.toUpperCase(java.util.Locale.ROOT), reason, checklist, editorId, now));
    }

    public void feature(long workId, boolean featured) {
        Work work = work(workId);
        work.feature(featured, clock.instant());
        works.saveAndFlush(work);
        events.publishEvent(new ShowcaseChanged(work.slug()));
    }

    // reading, for the public pages

    /** A work the public may see today, by its address. */
    @Transactional(readOnly = true)
    public Optional<Work> shown(String slug) {
        LocalDate today = today();
        return works.findBySlug(slug).filter(w -> w.shown(today));
    }

    @Transactional(readOnly = true)
    public Optional<Work> bySlug(String slug) {
        return works.findBySlug(slug);
    }

    @Transactional(readOnly = true)
    public List<Work> published() {
        LocalDate today = today();
        return works.published().stream().filter(w -> w.shown(today)).toList();
    }

    /** Works first shown in the period whose makers agreed to the newsletter too, newest first. */
    @Transactional(readOnly = true)
    public List<Work> forNewsletter(Instant since, Instant until, int limit) {
        LocalDate today = today();
        return works.published().stream().filter(w -> w.forNewsletter(today))
            .filter(w -> !w.publishedAt().isBefore(since) && w.publishedAt().isBefore(until)).limit(limit).toList();
    }

    /** An organisation's works shown today, newest first: beside its case studies. */
    @Transactional(readOnly = true)
    public List<Work> byOrganisation(String listingSlug, int limit) {
        return published().stream().filter(w -> w.listingSlug().equals(listingSlug)).limit(limit).toList();
    }

    @Transactional(readOnly = true)
    public List<Work> featured(int limit) {
        LocalDate today = today();
        return works.featured().stream().filter(w -> w.shown(today)).limit(limit).toList();
    }

    /**
     * The gallery from one read of the published works: those matching every filter given (null or blank for any),
     * newest first, and the years that have works, newest first.
     */
    @Transactional(readOnly = true)
    public Gallery gallery(WorkKind kind, String artForm, String setting, String region, Integer year) {
        List<Work> all = published();
        List<Work> found = all.stream()
            .filter(w -> kind == null || w.kind() == kind)
            .filter(w -> blank(artForm) || artForm.equals(w.artForm()))
            .filter(w -> blank(setting) || setting.equals(w.setting()))
            .filter(w -> blank(region) || region.equals(w.region()))
            .filter(w -> year == null || w.year() == year)
            .toList();
        List<Integer> years = all.stream().map(Work::year).distinct().sorted(Comparator.reverseOrder()).toList();
        return new Gallery(found, years);
    }

    public record Gallery(List<Work> found, List<Integer> years) {
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    /** A picture of a work the viewer may see: the public a shown work's, its organisation and editors any until withdrawn. */
    @Transactional(readOnly = true)
    public Optional<Resource> image(Work work, int width) {
        return work.imageKey() == null ? Optional.empty() : files.image(work.imageKey(), width);
    }

    @Transactional(readOnly = true)
    public Optional<Resource> audio(Work work) {
        return work.audioKey() == null ? Optional.empty() : files.audio(work.audioKey());
    }

    @Transactional(readOnly = true)
    public Optional<Resource> consentForm(Work work) {
        return work.consentFormKey() == null ? Optional.empty() : files.consentForm(work.consentFormKey());
    }

    // exhibitions

    @Transactional(readOnly = true)
    public List<Exhibition> exhibitions() {
        return exhibitions.published();
    }

    @Transactional(readOnly = true)
    public List<Exhibition> everyExhibition() {
        return exhibitions.everyExhibition();
    }

    @Transactional(readOnly = true)
    public Optional<Exhibition> exhibition(String slug) {
        return exhibitions.findBySlug(slug).filter(Exhibition::published);
    }

    @Transactional(readOnly = true)
    public Exhibition exhibition(long id) {
        return exhibitions.findById(id).orElseThrow(() -> new NotFoundException("No such exhibition " + id));
    }

    /** An exhibition's works still shown, in its order: a withdrawn work simply is not there. */
    @Transactional(readOnly = true)
    public List<Work> hanging(Exhibition exhibition) {
        LocalDate today = today();
        Map<Long, Work> byId = works.findAllById(exhibition.workIds()).stream().collect(Collectors.toMap(Work::id, w -> w));
        return exhibition.workIds().stream().map(byId::get).filter(w -> w != null && w.shown(today)).toList();
    }

    public Exhibition createExhibition(String title, String introduction) {
        String slug = Exhibition.slugOf(title == null ? "" : title.strip());
        String suffix = "";
        for (int n = 2; exhibitions.findBySlug(slug + suffix).isPresent(); n++) {
            suffix = "-" + n;
        }
        return exhibitions.save(new Exhibition(title, introduction, suffix, clock.instant()));
    }

    /** The editor's changes to an exhibition: its words and its works, by their addresses, in order. */
    public void editExhibition(long id, String title, String introduction, List<String> workSlugs) {
        Exhibition exhibition = exhibition(id);
        exhibition.write(title, introduction, clock.instant());
        List<Work> chosen = new ArrayList<>();
        for (String slug : workSlugs) {
            String wanted = slug.strip().replaceFirst("^.*/showcase/works/", "");
            if (wanted.isEmpty()) {
                continue;
            }
            chosen.add(works.findBySlug(wanted).orElseThrow(() -> new ShowcaseException("There is no work at \"" + wanted + "\".")));
        }
        exhibition.hang(chosen, clock.instant());
        exhibitions.saveAndFlush(exhibition);
        if (exhibition.published()) {
            events.publishEvent(new ShowcaseChanged(null));
        }
    }

    public void publishExhibition(long id, boolean publish) {
        Exhibition exhibition = exhibition(id);
        if (publish) {
            exhibition.publish(clock.instant());
        }
        else {
            exhibition.unpublish(clock.instant());
        }
        exhibitions.saveAndFlush(exhibition);
        events.publishEvent(new ShowcaseChanged(null));
    }
}
