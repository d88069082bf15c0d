package uk.org.ncjaa.springboard.evidence.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.org.ncjaa.springboard.taxonomy.ConceptView;
import uk.org.ncjaa.springboard.taxonomy.TaxonomyApi;
import uk.org.ncjaa.springboard.taxonomy.Vocabulary;

/** Builds what the entry page shows, with concept labels in place of slugs. */
@Service
@Transactional(readOnly = true)
public class EvidenceReader {

    private final EvidenceRepository entries;
    private final TaxonomyApi taxonomy;

    EvidenceReader(EvidenceRepository entries, TaxonomyApi taxonomy) {
        this.entries = entries;
        this.taxonomy = taxonomy;
    }

    public EntryView published(String slug) {
        EvidenceEntry entry = entries.findBySlug(slug)
            .filter(found -> found.status() == EvidenceStatus.PUBLISHED)
            .orElseThrow(() -> new EvidenceNotFoundException(slug));
        Map<Vocabulary, List<ConceptView>> tags = new LinkedHashMap<>();
        for (Vocabulary vocabulary : Vocabulary.values()) {
            List<ConceptView> concepts = new ArrayList<>();
            for (String tagSlug : entry.tagSlugs(vocabulary)) {
                taxonomy.find(vocabulary, tagSlug).ifPresent(concepts::add);
            }
            if (!concepts.isEmpty()) {
                tags.put(vocabulary, concepts);
            }
        }
        ConceptView design = entry.studyDesign() == null ? null : taxonomy.find(Vocabulary.STUDY_DESIGN, entry.studyDesign()).orElse(null);
        List<String> authors = entry.contributors().stream().filter(c -> c.role() == Contributor.Role.AUTHOR).map(Contributor::name).toList();
        return new EntryView(entry.slug(), entry.title(), entry.publicationYear(), authors, entry.publisher(), entry.url(),
                entry.otherUrls(), entry.sampleSize(), entry.summary(), entry.strengthLevel(), design, tags,
                List.copyOf(entry.unmapped()), Citations.harvard(entry), entry.sourceCertainty() != null
                        && entry.sourceCertainty().contains("partial"));
    }

    /**
     * @param partial the record's details were only partly confirmed from a source
     */
    public record EntryView(String slug, String title, Integer year, List<String> authors, String publisher, String url,
            List<String> otherUrls, String sampleSize, String summary, Integer strengthLevel, ConceptView design,
            Map<Vocabulary, List<ConceptView>> tags, List<UnmappedValue> unmapped, String harvard, boolean partial) {
    }
}
