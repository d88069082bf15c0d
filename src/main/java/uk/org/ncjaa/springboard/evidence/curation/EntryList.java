package uk.org.ncjaa.springboard.evidence.curation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.persistence.criteria.Predicate;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.org.ncjaa.springboard.evidence.domain.EvidenceEntry;
import uk.org.ncjaa.springboard.evidence.domain.EvidenceRepository;
import uk.org.ncjaa.springboard.evidence.domain.EvidenceStatus;

/**
 * Every entry in every state, for editors: filtered by status, by where its rating stands and by
 * words of the title, newest change first, a page at a time.
 */
@Service
@Transactional(readOnly = true)
public class EntryList {

    public static final int PAGE_SIZE = 50;

    /** Where an entry's strength rating stands. */
    public enum Rating {
        AWAITING("Level suggested, not yet checked"), CONFIRMED("Level checked by an editor"), NONE("No level");

        private final String label;

        Rating(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /**
     * @param statuses none means every status
     * @param words words of the title, all of them, in any case; blank for any title
     */
    public record Filter(Set<EvidenceStatus> statuses, Rating rating, String words) {
    }

    public record Item(String slug, String title, EvidenceStatus status, Integer level, boolean confirmed,
            EvidenceEntry.Inclusion inclusion, boolean submitted, Instant updatedAt) {
    }

    private final EvidenceRepository entries;

    EntryList(EvidenceRepository entries) {
        this.entries = entries;
    }

    public Page<Item> find(Filter filter, int page) {
        Specification<EvidenceEntry> matching = (root, query, cb) -> {
            List<Predicate> where = new ArrayList<>();
            if (!filter.statuses().isEmpty()) {
                where.add(root.get("status").in(filter.statuses()));
            }
            if (filter.rating() != null) {
                where.add(switch (filter.rating()) {
                    case AWAITING -> cb.and(cb.isNotNull(root.get("strengthLevel")), cb.isNull(root.get("strengthConfirmedAt")));
                    case CONFIRMED -> cb.and(cb.isNotNull(root.get("strengthLevel")), cb.isNotNull(root.get("strengthConfirmedAt")));
                    case NONE -> cb.isNull(root.get("strengthLevel"));
                });
            }
            for (String word : words(filter.words())) {
                where.add(cb.like(cb.lower(root.get("title")), "%" + escape(word) + "%", '\\'));
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
        return entries.findAll(matching, PageRequest.of(Math.max(0, page - 1), PAGE_SIZE, Sort.by(Sort.Order.desc("updatedAt"),
                Sort.Order.asc("id"))))
            .map(e -> new Item(e.slug(), e.title(), e.status(), e.strengthLevel(), e.strengthConfirmedAt() != null,
                    e.inclusionDecision(), e.submittedBy() != null, e.updatedAt()));
    }

    private static List<String> words(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return List.of(text.strip().toLowerCase(Locale.ROOT).split("\\s+")).stream().limit(8).toList();
    }

    /** The word as a LIKE pattern matches it: its own % and _ are literal. */
    private static String escape(String word) {
        return word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
