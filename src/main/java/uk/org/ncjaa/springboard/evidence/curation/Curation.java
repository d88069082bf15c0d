package uk.org.ncjaa.springboard.evidence.curation;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;
import tools.jackson.databind.json.JsonMapper;

import uk.org.ncjaa.springboard.accounts.AccountsApi;
import uk.org.ncjaa.springboard.evidence.domain.Container;
import uk.org.ncjaa.springboard.evidence.domain.Contributor;
import uk.org.ncjaa.springboard.evidence.domain.EntryDetails;
import uk.org.ncjaa.springboard.evidence.domain.Relation;
import uk.org.ncjaa.springboard.evidence.domain.EvidenceEntry;
import uk.org.ncjaa.springboard.evidence.domain.EvidenceNotFoundException;
import uk.org.ncjaa.springboard.evidence.domain.EvidenceRepository;
import uk.org.ncjaa.springboard.evidence.domain.EvidenceStatus;
import uk.org.ncjaa.springboard.evidence.domain.Finding;
import uk.org.ncjaa.springboard.evidence.domain.StrengthRubric;
import uk.org.ncjaa.springboard.evidence.domain.Revision;
import uk.org.ncjaa.springboard.evidence.domain.RevisionRepository;
import uk.org.ncjaa.springboard.shared.mail.MailRequested;
import uk.org.ncjaa.springboard.taxonomy.ConceptView;
import uk.org.ncjaa.springboard.taxonomy.TaxonomyApi;
import uk.org.ncjaa.springboard.taxonomy.Vocabulary;

/**
 * The editors' side of the Evidence Library: the queue of submissions, editing any entry, the
 * inclusion decision, rating, publishing or returning. Every save is kept as a revision, and the
 * member who submitted an entry hears of each decision.
 */
@Service
@Transactional
public class Curation {

    private final EvidenceRepository entries;
    private final RevisionRepository revisions;
    private final TaxonomyApi taxonomy;
    private final AccountsApi accounts;
    private final ApplicationEventPublisher events;
    private final JsonMapper json;
    private final Clock clock;

    Curation(EvidenceRepository entries, RevisionRepository revisions, TaxonomyApi taxonomy, AccountsApi accounts,
            ApplicationEventPublisher events, JsonMapper json, Clock clock) {
        this.entries = entries;
        this.revisions = revisions;
        this.taxonomy = taxonomy;
        this.accounts = accounts;
        this.events = events;
        this.json = json;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<QueueItem> queue() {
        return entries.findByStatusInOrderByUpdatedAtAsc(EnumSet.of(EvidenceStatus.SUBMITTED, EvidenceStatus.IN_REVIEW)).stream()
            .map(e -> new QueueItem(e.slug(), e.title(), e.status(), (int) entries.countFiles(e.id()), e.updatedAt()))
            .toList();
    }

    public record QueueItem(String slug, String title, EvidenceStatus status, int files, java.time.Instant updatedAt) {
    }

    @Transactional(readOnly = true)
    public String titleOf(String slug) {
        return entries.findBySlug(slug).map(e -> "“" + e.title() + "”").orElse("“" + slug + "”");
    }

    @Transactional(readOnly = true)
    public EvidenceEntry entry(String slug) {
        return entries.findBySlug(slug).orElseThrow(() -> new EvidenceNotFoundException(slug));
    }

    @Transactional(readOnly = true)
    public List<Revision> revisions(String slug) {
        return revisions.findByEntryIdOrderByNumberDesc(entry(slug).id());
    }

    @Transactional(readOnly = true)
    public Revision revision(String slug, int number) {
        return revisions.findByEntryIdAndNumber(entry(slug).id(), number).orElseThrow(() -> new EvidenceNotFoundException(slug));
    }

    @Transactional(readOnly = true)
    public CurationForm form(EvidenceEntry entry) {
        EntryDetails d = entry.details();
        CurationForm form = new CurationForm();
        form.setTitle(d.title());
        form.setYear(text(d.year()));
        form.setMonth(text(d.month()));
        form.setDay(text(d.day()));
        form.setPublisher(d.publisher());
        form.setIndependence(d.independence() == null ? "" : d.independence().name());
        form.setPeerReviewed(d.peerReviewed() == null ? "" : d.peerReviewed() ? "yes" : "no");
        form.setDoi(d.doi());
        Container container = entry.container();
        form.setContainerTitle(container.title());
        form.setVolume(container.volume());
        form.setIssue(container.issue());
        form.setPages(container.pages());
        form.setIsbn(d.isbn());
        form.setUrl(d.url());
        form.setLanguage(d.language());
        form.setLicence(d.licence());
        form.setProgrammeName(d.programmeName());
        form.setVenues(d.venues());
        form.setFieldworkFrom(text(d.fieldworkFrom()));
        form.setFieldworkTo(text(d.fieldworkTo()));
        form.setDeliveryModel(d.deliveryModel());
        form.setDataType(d.dataType() == null ? "" : d.dataType().name());
        form.setSampleSize(d.sampleSize());
        form.setSampleBreakdown(d.sampleBreakdown());
        form.setMechanism(d.mechanism());
        form.setImplementationNotes(d.implementationNotes());
        form.setCostInformation(d.costInformation());
        form.setSummary(d.summary());
        form.setSummaryCy(entry.summaryCy());
        form.setKeyQuote(d.keyQuote());
        form.setStrengthLevel(text(entry.strengthLevel()));
        form.setStrengthRationale(entry.strengthRationale());
        form.setConfirmStrength(entry.strengthConfirmedAt() != null);
        form.setInclusion(entry.inclusionDecision() == null ? "" : entry.inclusionDecision().name());
        form.setInclusionReasons(entry.inclusionReasons());
        Map<String, List<String>> tags = new LinkedHashMap<>();
        for (Vocabulary vocabulary : Vocabulary.values()) {
            tags.put(vocabulary.name(), new ArrayList<>(entry.tagSlugs(vocabulary)));
        }
        form.setTags(tags);
        form.setAuthors(names(entry, Contributor.Role.AUTHOR));
        form.setEvaluators(names(entry, Contributor.Role.EVALUATOR));
        form.setCommissioners(names(entry, Contributor.Role.COMMISSIONER));
        form.setDeliverers(names(entry, Contributor.Role.DELIVERER));
        form.setPublishers(names(entry, Contributor.Role.PUBLISHER));
        form.setUpdates(related(entry, Relation.Kind.UPDATE_OF));
        form.setJournalVersionOf(related(entry, Relation.Kind.JOURNAL_VERSION_OF));
        form.setRelated(related(entry, Relation.Kind.RELATED));
        for (Finding finding : entry.findings()) {
            CurationForm.FindingRow row = new CurationForm.FindingRow();
            row.setOutcome(finding.outcome());
            row.setDirection(finding.direction().name());
            row.setEffectSize(finding.effectSize() == null ? null : finding.effectSize().toPlainString());
            row.setMetric(finding.metric());
            row.setTimePoint(finding.timePoint());
            row.setConfidence(finding.confidence() == null ? "" : finding.confidence().name());
            if (finding.hasInterval()) {
                row.setIntervalLower(finding.intervalLower().toPlainString());
                row.setIntervalUpper(finding.intervalUpper().toPlainString());
                row.setIntervalLevel(String.valueOf(finding.intervalLevel()));
            }
            form.getFindings().add(row);
        }
        return form;
    }

    /** The checked values of a form; field errors go to {@code errors} with the user's text kept. */
    public Checked check(CurationForm form, Errors errors) {
        if (blank(form.getTitle())) {
            errors.rejectValue("title", "required", "Enter a title");
        }
        Integer year = number(form.getYear(), "year", 1800, 2200, "Enter a four-digit year", errors);
        Integer month = number(form.getMonth(), "month", 1, 12, "Enter a month from 1 to 12", errors);
        Integer day = number(form.getDay(), "day", 1, 31, "Enter a day from 1 to 31", errors);
        if (day != null && month == null) {
            errors.rejectValue("day", "precision", "A day needs a month");
        }
        if (month != null && year == null) {
            errors.rejectValue("month", "precision", "A month needs a year");
        }
        LocalDate from = date(form.getFieldworkFrom(), "fieldworkFrom", errors);
        LocalDate to = date(form.getFieldworkTo(), "fieldworkTo", errors);
        if (from != null && to != null && to.isBefore(from)) {
            errors.rejectValue("fieldworkTo", "order", "The end of fieldwork must come after its start");
        }
        if (!blank(form.getUrl()) && !form.getUrl().strip().matches("https?://\\S+")) {
            errors.rejectValue("url", "url", "Enter a web address starting with https://");
        }
        var independence = choice(EvidenceEntry.Independence.class, form.getIndependence(), "independence", errors);
        var dataType = choice(EvidenceEntry.DataType.class, form.getDataType(), "dataType", errors);
        var inclusion = choice(EvidenceEntry.Inclusion.class, form.getInclusion(), "inclusion", errors);
        if (inclusion != null && blank(form.getInclusionReasons())) {
            errors.rejectValue("inclusionReasons", "required", "Give the reasons for the inclusion decision");
        }
        Integer strength = number(form.getStrengthLevel(), "strengthLevel", 1, 5, "Choose a level from 1 to 5", errors);
        List<Finding> findings = new ArrayList<>();
        for (int i = 0; i < form.getFindings().size(); i++) {
            CurationForm.FindingRow row = form.getFindings().get(i);
            if (row.isBlank()) {
                continue;
            }
            String prefix = "findings[" + i + "].";
            boolean known = !blank(row.getOutcome()) && taxonomy.find(Vocabulary.OUTCOME, row.getOutcome()).isPresent();
            if (!known) {
                errors.rejectValue(prefix + "outcome", "required", "Finding " + (i + 1) + ": choose an outcome");
            }
            var direction = Finding.Direction.parse(row.getDirection());
            if (direction.isEmpty()) {
                errors.rejectValue(prefix + "direction", "required", "Finding " + (i + 1) + ": choose a direction");
            }
            String finding = "Finding " + (i + 1) + ": ";
            int before = errors.getErrorCount();
            BigDecimal effect = effectNumber(row.getEffectSize(), prefix + "effectSize", finding + "the effect size must be a number like 0.25",
                    errors);
            BigDecimal lower = effectNumber(row.getIntervalLower(), prefix + "intervalLower",
                    finding + "the lower bound must be a number like 0.12", errors);
            BigDecimal upper = effectNumber(row.getIntervalUpper(), prefix + "intervalUpper",
                    finding + "the upper bound must be a number like 0.50", errors);
            Integer level = intervalLevel(row, prefix, finding, errors);
            boolean readable = errors.getErrorCount() == before;
            if (readable) {
                if (lower == null && upper != null) {
                    errors.rejectValue(prefix + "intervalLower", "required", finding + "enter the lower bound too, or neither bound");
                }
                else if (upper == null && lower != null) {
                    errors.rejectValue(prefix + "intervalUpper", "required", finding + "enter the upper bound too, or neither bound");
                }
                else if (lower != null && effect == null) {
                    errors.rejectValue(prefix + "effectSize", "required", finding + "enter the effect size the interval is around");
                }
                else if (lower != null) {
                    if (lower.compareTo(effect) > 0) {
                        errors.rejectValue(prefix + "intervalLower", "order", finding + "the lower bound must not be above the effect size");
                    }
                    if (effect.compareTo(upper) > 0) {
                        errors.rejectValue(prefix + "intervalUpper", "order", finding + "the upper bound must not be below the effect size");
                    }
                }
                else if (level != null) {
                    errors.rejectValue(prefix + "intervalLevel", "required", finding + "a confidence level needs the interval's two bounds");
                }
            }
            var confidence = blank(row.getConfidence()) ? java.util.Optional.<Finding.Confidence>empty()
                    : Finding.Confidence.parse(row.getConfidence());
            if (known && direction.isPresent() && errors.getErrorCount() == before) {
                findings.add(new Finding(row.getOutcome(), direction.get(), effect, clean(row.getMetric()), clean(row.getTimePoint()),
                        confidence.orElse(null), lower, upper, level));
            }
        }
        Map<Vocabulary, List<String>> tags = new LinkedHashMap<>();
        for (Vocabulary vocabulary : Vocabulary.values()) {
            List<String> known = taxonomy.concepts(vocabulary).stream().map(ConceptView::slug).toList();
            tags.put(vocabulary, form.getTags().getOrDefault(vocabulary.name(), List.of()).stream().filter(known::contains).distinct().toList());
        }
        List<Contributor> credits = new ArrayList<>();
        credit(credits, form.getAuthors(), Contributor.Role.AUTHOR);
        credit(credits, form.getEvaluators(), Contributor.Role.EVALUATOR);
        credit(credits, form.getCommissioners(), Contributor.Role.COMMISSIONER);
        credit(credits, form.getDeliverers(), Contributor.Role.DELIVERER);
        credit(credits, form.getPublishers(), Contributor.Role.PUBLISHER);
        java.util.Set<Relation> relations = new java.util.LinkedHashSet<>();
        relate(relations, form.getUpdates(), Relation.Kind.UPDATE_OF, "updates", errors);
        relate(relations, form.getJournalVersionOf(), Relation.Kind.JOURNAL_VERSION_OF, "journalVersionOf", errors);
        relate(relations, form.getRelated(), Relation.Kind.RELATED, "related", errors);
        Container container = container(form, errors);
        Boolean peer = "yes".equals(form.getPeerReviewed()) ? Boolean.TRUE : "no".equals(form.getPeerReviewed()) ? Boolean.FALSE : null;
        EntryDetails details = errors.hasErrors() ? null
                : new EntryDetails(form.getTitle(), year, month, day, form.getPublisher(), peer, independence, EntryDetails.doi(form.getDoi()),
                        form.getIsbn(), form.getUrl(), List.of(), form.getLanguage(), form.getLicence(), form.getProgrammeName(),
                        form.getVenues(), from, to, form.getDeliveryModel(), dataType, form.getSampleSize(), form.getSampleBreakdown(),
                        form.getMechanism(), form.getImplementationNotes(), form.getCostInformation(), form.getSummary(),
                        form.getKeyQuote());
        return new Checked(details, findings, tags, strength, clean(form.getStrengthRationale()), form.isConfirmStrength(), inclusion,
                clean(form.getInclusionReasons()), credits, relations, container, clean(form.getSummaryCy()));
    }

    /**
     * The journal an article appeared in, with its volume, issue and pages: a volume, issue or pages with no journal
     * would be cited as nothing, so they are refused on their own.
     */
    private static Container container(CurationForm form, Errors errors) {
        Container container = new Container(form.getContainerTitle(), form.getVolume(), form.getIssue(), form.getPages());
        if (!container.present() && (container.volume() != null || container.issue() != null || container.pages() != null)) {
            errors.rejectValue("containerTitle", "required", "Give the journal's title, or clear its volume, issue and pages");
        }
        if (container.title() != null && container.title().length() > 300) {
            errors.rejectValue("containerTitle", "size", "Keep the journal's title to 300 characters");
        }
        for (String[] part : new String[][] { { "volume", container.volume(), "volume" }, { "issue", container.issue(), "issue" },
                { "pages", container.pages(), "pages" } }) {
            if (part[1] != null && part[1].length() > 40) {
                errors.rejectValue(part[0], "size", "Keep the " + part[2] + " to 40 characters, such as 14, 4 or 499-520");
            }
        }
        return container;
    }

    /** An effect size or bound: a number the database can hold, or null for an empty field. */
    private static BigDecimal effectNumber(String text, String field, String message, Errors errors) {
        if (blank(text)) {
            return null;
        }
        try {
            BigDecimal number = new BigDecimal(text.strip().replace('\u2212', '-'));
            if (number.abs().compareTo(new BigDecimal("99999")) <= 0) {
                return number;
            }
        }
        catch (NumberFormatException ex) {
            // the message below says what is wanted
        }
        errors.rejectValue(field, "number", message);
        return null;
    }

    private static Integer intervalLevel(CurationForm.FindingRow row, String prefix, String finding, Errors errors) {
        if (blank(row.getIntervalLevel())) {
            return null;
        }
        String text = row.getIntervalLevel().strip();
        text = text.endsWith("%") ? text.substring(0, text.length() - 1).strip() : text;
        if (text.matches("\\d{1,3}") && Finding.validLevel(Integer.parseInt(text))) {
            return Integer.parseInt(text);
        }
        errors.rejectValue(prefix + "intervalLevel", "number", finding + "the confidence level must be a whole percentage from 50 to 99, such as 95");
        return null;
    }

    public record Checked(EntryDetails details, List<Finding> findings, Map<Vocabulary, List<String>> tags, Integer strength,
            String strengthRationale, boolean confirmStrength, EvidenceEntry.Inclusion inclusion, String inclusionReasons, List<Contributor> credits,
            java.util.Set<Relation> relations, Container container, String summaryCy) {
    }

    private static void credit(List<Contributor> credits, String text, Contributor.Role role) {
        if (blank(text)) {
            return;
        }
        for (String name : uk.org.ncjaa.springboard.evidence.imports.EvidenceImport.topLevelParts(text.replace('\n', ';'))) {
            // authors are people unless the name says otherwise; every other role is an organisation
            Contributor.Kind kind = role == Contributor.Role.AUTHOR && !uk.org.ncjaa.springboard.evidence.imports.EvidenceImport
                .looksLikeOrganisation(name) ? Contributor.Kind.PERSON : Contributor.Kind.ORGANISATION;
            credits.add(new Contributor(name, kind, role));
        }
    }

    /** Lines naming other entries by slug or by their address on the site. */
    private void relate(java.util.Set<Relation> relations, String text, Relation.Kind kind, String field, Errors errors) {
        if (blank(text)) {
            return;
        }
        for (String line : text.split("[\\n;]")) {
            String slug = line.strip().replaceFirst("^.*/evidence/", "").replaceAll("[?#].*$", "");
            if (slug.isEmpty()) {
                continue;
            }
            var other = entries.findBySlug(slug);
            if (other.isEmpty()) {
                errors.rejectValue(field, "unknown", "No entry has the address “" + slug + "”");
            }
            else {
                relations.add(new Relation(other.get().id(), kind));
            }
        }
    }

    private static String names(EvidenceEntry entry, Contributor.Role role) {
        return String.join("\n", entry.contributors().stream().filter(c -> c.role() == role).map(Contributor::name).toList());
    }

    private String related(EvidenceEntry entry, Relation.Kind kind) {
        return String.join("\n", entry.relations().stream().filter(r -> r.kind() == kind)
            .map(r -> entries.findById(r.relatedId()).map(EvidenceEntry::slug).orElse(""))
            .filter(slug -> !slug.isEmpty()).toList());
    }

    /**
     * Applies an editor's changes. A strength level different from the one the rubric suggests for
     * the entry as saved needs a rationale; that rule is reported through {@code errors} too.
     */
    public boolean save(String slug, Checked checked, String editor, Errors errors) {
        EvidenceEntry entry = entry(slug);
        StrengthRubric.Suggestion suggested = suggestion(checked);
        Integer derived = suggested.level();
        boolean adjusted = !Objects.equals(checked.strength(), derived);
        if (adjusted && checked.strengthRationale() == null) {
            errors.rejectValue("strengthRationale", "required",
                    "Explain why the level differs from the one the rubric suggests (" + (derived == null ? "none" : derived) + ")");
            return false;
        }
        if (checked.relations().stream().anyMatch(r -> r.relatedId().equals(entry.id()))) {
            errors.rejectValue("related", "self", "An entry cannot be related to itself");
            return false;
        }
        Map<String, Object> before = snapshot(entry);
        EntryDetails old = entry.details();
        EntryDetails next = checked.details();
        entry.describe(new EntryDetails(next.title(), next.year(), next.month(), next.day(), next.publisher(), next.peerReviewed(),
                next.independence(), next.doi(), next.isbn(), next.url(), old.otherUrls(), next.language(), next.licence(),
                next.programmeName(), next.venues(), next.fieldworkFrom(), next.fieldworkTo(), next.deliveryModel(), next.dataType(),
                next.sampleSize(), next.sampleBreakdown(), next.mechanism(), next.implementationNotes(), next.costInformation(),
                next.summary(), next.keyQuote()), clock);
        entry.describeInWelsh(checked.summaryCy(), clock);
        checked.tags().forEach(entry::tag);
        entry.record(checked.findings());
        entry.credit(checked.credits());
        entry.relate(checked.relations());
        entry.publishedIn(checked.container());
        if (adjusted) {
            entry.adjustStrength(checked.strength(), checked.strengthRationale(), editor, clock);
        }
        else {
            entry.rate(checked.strength());
            if (checked.confirmStrength() && checked.strength() != null) {
                entry.confirmStrength(editor, clock);
            }
            else if (!checked.confirmStrength()) {
                entry.unconfirmStrength();
            }
        }
        if (checked.inclusion() != null) {
            entry.decideInclusion(checked.inclusion(), checked.inclusionReasons(), clock);
        }
        revise(entry, before, editor);
        return true;
    }

    public void startReview(String slug, String editor) {
        EvidenceEntry entry = entry(slug);
        Map<String, Object> before = snapshot(entry);
        entry.startReview(clock);
        revise(entry, before, editor);
        tell(entry, "Your submission is being reviewed", "evidence-in-review", Map.of());
    }

    public void publish(String slug, String editor) {
        EvidenceEntry entry = entry(slug);
        if (entry.inclusionDecision() != EvidenceEntry.Inclusion.INCLUDED && entry.submittedBy() != null) {
            throw new IllegalStateException("Record that the submission meets the inclusion criteria before publishing it.");
        }
        Map<String, Object> before = snapshot(entry);
        entry.publish(clock);
        revise(entry, before, editor);
        tell(entry, "Your submission is published", "evidence-published", Map.of());
    }

    public void returnToSubmitter(String slug, String comments, String editor) {
        EvidenceEntry entry = entry(slug);
        Map<String, Object> before = snapshot(entry);
        entry.returnToSubmitter(comments, clock);
        revise(entry, before, editor);
        tell(entry, "Our editors have questions about your submission", "evidence-returned", Map.of("comments", comments.strip()));
    }

    public void withdraw(String slug, String reasons, String editor) {
        if (blank(reasons)) {
            throw new IllegalArgumentException("Give the reason for withdrawing the entry.");
        }
        EvidenceEntry entry = entry(slug);
        Map<String, Object> before = snapshot(entry);
        if (entry.submittedBy() != null && entry.status() != EvidenceStatus.PUBLISHED) {
            entry.decideInclusion(EvidenceEntry.Inclusion.EXCLUDED, reasons, clock);
        }
        entry.withdraw(clock);
        revise(entry, before, editor);
        tell(entry, "About your Evidence Library submission", "evidence-withdrawn", Map.of("comments", reasons.strip()));
    }

    private void tell(EvidenceEntry entry, String subject, String template, Map<String, String> extra) {
        if (entry.submittedBy() == null) {
            return;
        }
        accounts.find(entry.submittedBy()).ifPresent(member -> {
            Map<String, String> model = new LinkedHashMap<>(extra);
            model.put("name", member.displayName());
            model.put("title", entry.title());
            model.put("slug", entry.slug());
            events.publishEvent(new MailRequested(member.email(), subject, template, model));
        });
    }

    private void revise(EvidenceEntry entry, Map<String, Object> before, String editor) {
        events.publishEvent(new uk.org.ncjaa.springboard.evidence.EvidenceChanged(entry.slug()));
        Map<String, Object> after = snapshot(entry);
        List<String> changed = new ArrayList<>();
        after.forEach((key, value) -> {
            if (!Objects.equals(json.writeValueAsString(value), json.writeValueAsString(before.get(key)))) {
                changed.add(key);
            }
        });
        if (changed.isEmpty()) {
            return;
        }
        int number = revisions.findFirstByEntryIdOrderByNumberDesc(entry.id()).map(r -> r.number() + 1).orElse(1);
        revisions.save(new Revision(entry.id(), number, clock.instant(), editor, "Changed: " + String.join(", ", changed),
                json.writeValueAsString(after)));
    }

    /** What a revision keeps: the fields editors can change, in words a curator reads. */
    private static Map<String, Object> snapshot(EvidenceEntry entry) {
        Map<String, Object> snapshot = new LinkedHashMap<>();
        snapshot.put("status", entry.status().name());
        snapshot.put("details", entry.details());
        if (entry.summaryCy() != null) {
            snapshot.put("Welsh summary", entry.summaryCy());
        }
        snapshot.put("published in", entry.container().present() ? entry.container().citation() : "");
        Map<String, List<String>> tags = new LinkedHashMap<>();
        for (Vocabulary vocabulary : Vocabulary.values()) {
            tags.put(vocabulary.label(), entry.tagSlugs(vocabulary).stream().sorted().toList());
        }
        snapshot.put("tags", tags);
        snapshot.put("findings", entry.findings());
        snapshot.put("credits", entry.contributors());
        snapshot.put("related", entry.relations());
        snapshot.put("strength", entry.strengthLevel() == null ? "none" : entry.strengthLevel() + (entry.strengthAdjusted()
                ? " (adjusted: " + entry.strengthRationale() + ")" : "") + (entry.strengthConfirmedAt() == null ? ", not confirmed"
                : ", confirmed by " + entry.strengthConfirmedBy()));
        snapshot.put("inclusion", entry.inclusionDecision() == null ? "undecided" : entry.inclusionDecision().name() + ": "
                + entry.inclusionReasons());
        return snapshot;
    }

    /** An editor confirms an entry's level as it stands, which makes it public; kept as a revision. */
    public void confirmStrength(String slug, String editor) {
        EvidenceEntry entry = entry(slug);
        Map<String, Object> before = snapshot(entry);
        entry.confirmStrength(editor, clock);
        revise(entry, before, editor);
    }

    /**
     * The demonstration's fictional entries come with their levels checked, as a curator would have
     * done, so the demo's facets and map have levels to show; real records wait for a real editor.
     */
    public int confirmDemoRatings() {
        List<EvidenceEntry> waiting = entries.findBySourceCertaintyAndStrengthLevelNotNullAndStrengthConfirmedAtNull("fictional");
        waiting.forEach(entry -> entry.confirmStrength("the demonstration's fictional editor", clock));
        return waiting.size();
    }

    /**
     * Welsh summaries for two of the demonstration's fictional entries (by title and year), so the demo shows an entry
     * with a Welsh version and, in all the others, the English summary a Welsh page falls back to. Never overwrites one.
     */
    @Transactional
    public int describeDemoInWelsh(Map<String, String> summaries) {
        int written = 0;
        for (Map.Entry<String, String> demo : summaries.entrySet()) {
            String[] titleAndYear = demo.getKey().split("\\|", 2);
            var entry = entries.findByImportKey(uk.org.ncjaa.springboard.evidence.imports.EvidenceImport.importKey(null, titleAndYear[0],
                    Integer.valueOf(titleAndYear[1])));
            if (entry.isPresent() && "fictional".equals(entry.get().sourceCertainty()) && entry.get().summaryCy() == null) {
                entry.get().describeInWelsh(demo.getValue(), clock);
                written++;
            }
        }
        return written;
    }

    /** What the rubric suggests for the entry as it is stored, with its reasons, for the curator to confirm or change. */
    public StrengthRubric.Suggestion suggestion(EvidenceEntry entry) {
        return StrengthRubric.suggest(StrengthRubric.Facts.of(entry, this::designLevel));
    }

    /** What the rubric suggests for the entry as the editor is about to save it. */
    StrengthRubric.Suggestion suggestion(Checked checked) {
        Map<String, Integer> designs = new java.util.LinkedHashMap<>();
        checked.tags().getOrDefault(Vocabulary.STUDY_DESIGN, List.of()).forEach(slug -> designs.put(slug, designLevel(slug)));
        boolean results = checked.findings().stream().anyMatch(finding -> finding.direction() != Finding.Direction.NOT_TESTED);
        return StrengthRubric.suggest(new StrengthRubric.Facts(designs,
                java.util.Set.copyOf(checked.tags().getOrDefault(Vocabulary.DOCUMENT_TYPE, List.of())), checked.details().sampleSize(),
                checked.details().independence(), results));
    }

    /** The level a study design gives, as its vocabulary concept says (curators may change it). */
    private Integer designLevel(String slug) {
        return taxonomy.find(Vocabulary.STUDY_DESIGN, slug).map(StrengthRubric::designLevel).orElse(null);
    }

    private static Integer number(String text, String field, int min, int max, String message, Errors errors) {
        if (blank(text)) {
            return null;
        }
        try {
            int value = Integer.parseInt(text.strip());
            if (value >= min && value <= max) {
                return value;
            }
        }
        catch (NumberFormatException ex) {
            // reported below
        }
        errors.rejectValue(field, "number", message);
        return null;
    }

    private static LocalDate date(String text, String field, Errors errors) {
        if (blank(text)) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        }
        catch (DateTimeParseException ex) {
            errors.rejectValue(field, "date", "Enter a date like 2024-03-31");
            return null;
        }
    }

    private static <E extends Enum<E>> E choice(Class<E> type, String text, String field, Errors errors) {
        if (blank(text)) {
            return null;
        }
        try {
            return Enum.valueOf(type, text.strip().toUpperCase(Locale.ROOT));
        }
        catch (IllegalArgumentException ex) {
            errors.rejectValue(field, "choice", "Choose one of the options");
            return null;
        }
    }

    private static String clean(String text) {
        return blank(text) ? null : text.strip();
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
