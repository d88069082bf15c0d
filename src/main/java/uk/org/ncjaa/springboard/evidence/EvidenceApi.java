package uk.org.ncjaa.springboard.evidence;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.org.ncjaa.springboard.evidence.domain.EvidenceRepository;
import uk.org.ncjaa.springboard.evidence.domain.EvidenceStatus;

/** Read access to the Evidence Library for other modules. */
@Service
@Transactional(readOnly = true)
public class EvidenceApi {

    private final EvidenceRepository entries;

    EvidenceApi(EvidenceRepository entries) {
        this.entries = entries;
    }

    public long publishedCount() {
        return entries.countByStatus(EvidenceStatus.PUBLISHED);
    }
}
