package uk.org.ncjaa.springboard.evidence.exports;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import uk.org.ncjaa.springboard.evidence.domain.Container;
import uk.org.ncjaa.springboard.evidence.domain.Contributor.Role;
import uk.org.ncjaa.springboard.evidence.domain.EntryDetails;
import uk.org.ncjaa.springboard.evidence.domain.EvidenceReader.EntryView;
import uk.org.ncjaa.springboard.evidence.domain.EvidenceStatus;
import uk.org.ncjaa.springboard.taxonomy.ConceptView;
import uk.org.ncjaa.springboard.taxonomy.Vocabulary;

/** Entries as the entry page and the exports read them, built without a database. */
final class EntryViewMother {

    private EntryViewMother() {
    }

    static EntryView withContainer(EntryView e, Container container) {
        return new EntryView(e.id(), e.slug(), e.status(), e.details(), e.credits(), e.organisations(), e.strengthLevel(), e.design(),
                e.strengthRationale(), e.strengthAdjusted(), e.tags(), e.findings(), e.related(), e.sameOrganisation(), e.files(),
                e.unmapped(), e.partial(), e.fictional(), e.lastReviewedAt(), e.updatedAt(), e.publishedAt(),
                e.inclusionDecision(), e.inclusionReasons(), e.curatorComments(), e.submitterNote(), e.submittedBy(), container, e.rubric(), e.summaryCy());
    }

    static EntryDetails details(String title, Integer year, Integer month, Integer day, String publisher, String doi,
            String isbn, String url, String summary) {
        return new EntryDetails(title, year, month, day, publisher, null, null, doi, isbn, url, List.of(), "en", null, null,
                null, null, null, null, null, null, null, null, null, null, summary, null);
    }

    static ConceptView concept(Vocabulary vocabulary, String label) {
        String slug = label.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return new ConceptView(label.hashCode(), vocabulary, slug, label, List.of(), null, null, false);
    }

    static EntryView entry(String slug, EntryDetails details, List<String> authors, List<String> organisations,
            List<String> publishers, Integer strength, ConceptView design, Map<Vocabulary, List<String>> tags) {
        Map<Role, List<String>> credits = new LinkedHashMap<>();
        credits.put(Role.AUTHOR, authors);
        if (!publishers.isEmpty()) {
            credits.put(Role.PUBLISHER, publishers);
        }
        Map<Vocabulary, List<ConceptView>> concepts = new LinkedHashMap<>();
        for (Vocabulary vocabulary : Vocabulary.values()) {
            if (tags.containsKey(vocabulary)) {
                concepts.put(vocabulary, tags.get(vocabulary).stream().map(label -> concept(vocabulary, label)).toList());
            }
        }
        return new EntryView(null, slug, EvidenceStatus.PUBLISHED, details, credits, organisations, strength, design, null, false,
                concepts, List.of(), List.of(), List.of(), List.of(), List.of(), false, false, null, null, null, null, null, null,
                null, null, null, null, null);
    }
}
