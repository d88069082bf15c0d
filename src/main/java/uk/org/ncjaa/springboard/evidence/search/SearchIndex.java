package uk.org.ncjaa.springboard.evidence.search;

import jakarta.persistence.EntityManager;
import org.hibernate.search.mapper.orm.Search;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import uk.org.ncjaa.springboard.evidence.domain.EvidenceEntry;
import uk.org.ncjaa.springboard.evidence.domain.EvidenceRepository;

/** Keeps the search index in step with the database when the two have drifted apart (a new or lost index). */
@Service
public class SearchIndex {

    private static final Logger log = LoggerFactory.getLogger(SearchIndex.class);

    private final EntityManager entityManager;
    private final EvidenceRepository entries;
    private final TransactionTemplate transactions;

    SearchIndex(EntityManager entityManager, EvidenceRepository entries, TransactionTemplate transactions) {
        this.entityManager = entityManager;
        this.entries = entries;
        this.transactions = transactions;
    }

    public long indexedCount() {
        return transactions.execute(status ->
                Search.session(entityManager).search(EvidenceEntry.class).where(f -> f.matchAll()).fetchTotalHitCount());
    }

    /** Rebuilds the index from the database if it holds fewer entries than the database does. */
    public boolean rebuildIfBehind() throws InterruptedException {
        long stored = entries.count();
        long indexed = indexedCount();
        if (indexed >= stored) {
            return false;
        }
        log.info("The search index holds {} of {} entries; rebuilding it", indexed, stored);
        rebuild();
        return true;
    }

    /** Works outside any transaction: the mass indexer opens its own sessions. */
    public void rebuild() throws InterruptedException {
        Search.mapping(entityManager.getEntityManagerFactory()).scope(EvidenceEntry.class).massIndexer()
            .threadsToLoadObjects(1).startAndWait();
    }
}
