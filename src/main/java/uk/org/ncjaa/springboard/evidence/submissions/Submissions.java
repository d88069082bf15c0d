package uk.org.ncjaa.springboard.evidence.submissions;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

import uk.org.ncjaa.springboard.accounts.AccountsApi;
import uk.org.ncjaa.springboard.accounts.Role;
import uk.org.ncjaa.springboard.evidence.domain.Contributor;
import uk.org.ncjaa.springboard.evidence.domain.EntryDetails;
import uk.org.ncjaa.springboard.evidence.domain.EvidenceEntry;
import uk.org.ncjaa.springboard.evidence.domain.EvidenceNotFoundException;
import uk.org.ncjaa.springboard.evidence.domain.EvidenceRepository;
import uk.org.ncjaa.springboard.evidence.files.EvidenceFiles;
import uk.org.ncjaa.springboard.evidence.imports.EvidenceImport;
import uk.org.ncjaa.springboard.shared.mail.MailRequested;
import uk.org.ncjaa.springboard.taxonomy.Vocabulary;

/**
 * Members' submissions: a draft only its author can change, then a submission that waits for
 * the editors. Editors hear of each new submission; the member hears at every step.
 */
@Service
@Transactional
public class Submissions {

    private final EvidenceRepository entries;
    private final EvidenceFiles files;
    private final AccountsApi accounts;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Submissions(EvidenceRepository entries, EvidenceFiles files, AccountsApi accounts, ApplicationEventPublisher events, Clock clock) {
        this.entries = entries;
        this.files = files;
        this.accounts = accounts;
        this.events = events;
        this.clock = clock;
    }

    /** A record already in the library with the same DOI, or the same title and year. */
    @Transactional(readOnly = true)
    public Optional<EvidenceEntry> duplicateOf(SubmissionForm form, String exceptSlug) {
        return entries.findByImportKey(EvidenceImport.importKey(EntryDetails.doi(form.getDoi()), form.getTitle(), form.getYear()))
            .filter(found -> !found.slug().equals(exceptSlug));
    }

    public String draft(long accountId, SubmissionForm form) {
        String key = EvidenceImport.importKey(EntryDetails.doi(form.getDoi()), form.getTitle(), form.getYear());
        EvidenceEntry entry = new EvidenceEntry(form.getTitle(), entries.freeSlug(form.getTitle()), key, clock);
        entry.draftedBy(accountId);
        apply(entry, form);
        entries.save(entry);
        return entry.slug();
    }

    public void update(String slug, long accountId, SubmissionForm form) {
        EvidenceEntry entry = owned(slug, accountId);
        apply(entry, form);
    }

    /** @return what the check at upload found in the file, to tell the member */
    public java.util.Set<uk.org.ncjaa.springboard.evidence.domain.EvidenceFile.Risk> attach(String slug, long accountId,
            MultipartFile upload) {
        return files.attach(owned(slug, accountId), upload).uploadRisks();
    }

    public void submit(String slug, long accountId) {
        EvidenceEntry entry = owned(slug, accountId);
        entry.submit(clock);
        Map<String, String> model = Map.of("title", entry.title(), "slug", entry.slug());
        accounts.find(accountId).ifPresent(member -> events.publishEvent(new MailRequested(member.email(),
                "We have received your submission", "evidence-submitted", withName(model, member.displayName()))));
        editors().forEach(editor -> events.publishEvent(new MailRequested(editor.email(),
                "New Evidence Library submission: " + shorten(entry.title()), "evidence-new-submission",
                withShortTitle(withName(model, editor.displayName()), shorten(entry.title())))));
    }

    @Transactional(readOnly = true)
    public EvidenceEntry owned(String slug, long accountId) {
        EvidenceEntry entry = entries.findBySlug(slug).orElseThrow(() -> new EvidenceNotFoundException(slug));
        if (!entry.editableBy(accountId)) {
            // someone else's draft, or one already submitted, looks the same as no draft at all
            throw new EvidenceNotFoundException(slug);
        }
        return entry;
    }

    @Transactional(readOnly = true)
    public List<EvidenceEntry> mine(long accountId) {
        return entries.findBySubmittedByOrderByUpdatedAtDesc(accountId);
    }

    @Transactional(readOnly = true)
    public SubmissionForm form(EvidenceEntry entry) {
        SubmissionForm form = new SubmissionForm();
        EntryDetails details = entry.details();
        form.setTitle(details.title());
        form.setYear(details.year());
        form.setUrl(details.url());
        form.setDoi(details.doi());
        form.setSampleSize(details.sampleSize());
        form.setDescription(entry.submitterNote());
        form.setAuthors(String.join("; ", entry.contributors().stream()
            .filter(c -> c.role() == Contributor.Role.AUTHOR).map(Contributor::name).toList()));
        form.setOrganisations(String.join("; ", entry.contributors().stream()
            .filter(c -> c.role() == Contributor.Role.EVALUATOR).map(Contributor::name).toList()));
        form.setArtForms(new ArrayList<>(entry.tagSlugs(Vocabulary.ART_FORM)));
        form.setSettings(new ArrayList<>(entry.tagSlugs(Vocabulary.SETTING)));
        form.setOutcomes(new ArrayList<>(entry.tagSlugs(Vocabulary.OUTCOME)));
        form.setDocumentType(entry.documentType());
        form.setStudyDesign(entry.studyDesign());
        return form;
    }

    /** Editors notified of new submissions: everyone with the editor or admin role. */
    public List<AccountsApi.AccountSummary> editors() {
        return accounts.editorsAndAdmins();
    }

    private void apply(EvidenceEntry entry, SubmissionForm form) {
        EntryDetails old = entry.details();
        entry.describe(new EntryDetails(form.getTitle(), form.getYear(), null, null, old.publisher(), old.peerReviewed(),
                old.independence(), EntryDetails.doi(form.getDoi()), old.isbn(), form.getUrl(), old.otherUrls(), old.language(), old.licence(),
                old.programmeName(), old.venues(), old.fieldworkFrom(), old.fieldworkTo(), old.deliveryModel(), old.dataType(),
                form.getSampleSize(), old.sampleBreakdown(), old.mechanism(), old.implementationNotes(), old.costInformation(),
                old.summary(), old.keyQuote()), clock);
        entry.noteFromSubmitter(form.getDescription());
        List<Contributor> credits = new ArrayList<>();
        for (String name : EvidenceImport.topLevelParts(form.getAuthors() == null ? "" : form.getAuthors().replace('\n', ';'))) {
            credits.add(new Contributor(name, Contributor.Kind.PERSON, Contributor.Role.AUTHOR));
        }
        for (String name : EvidenceImport.topLevelParts(form.getOrganisations() == null ? "" : form.getOrganisations().replace('\n', ';'))) {
            credits.add(new Contributor(name, Contributor.Kind.ORGANISATION, Contributor.Role.EVALUATOR));
        }
        entry.credit(credits);
        entry.tag(Vocabulary.ART_FORM, form.getArtForms());
        entry.tag(Vocabulary.SETTING, form.getSettings());
        entry.tag(Vocabulary.OUTCOME, form.getOutcomes());
        entry.tag(Vocabulary.DOCUMENT_TYPE, blank(form.getDocumentType()) ? List.of() : List.of(form.getDocumentType()));
        entry.tag(Vocabulary.STUDY_DESIGN, blank(form.getStudyDesign()) ? List.of() : List.of(form.getStudyDesign()));
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    /** The title as the subject gives it (mail.evidence-new-submission.subject). */
    private static Map<String, String> withShortTitle(Map<String, String> model, String shortTitle) {
        Map<String, String> copy = new LinkedHashMap<>(model);
        copy.put("shortTitle", shortTitle);
        return copy;
    }

    private static String shorten(String title) {
        return title.length() > 80 ? title.substring(0, 77) + "..." : title;
    }

    private static Map<String, String> withName(Map<String, String> model, String name) {
        Map<String, String> copy = new LinkedHashMap<>(model);
        copy.put("name", name);
        return copy;
    }
}
