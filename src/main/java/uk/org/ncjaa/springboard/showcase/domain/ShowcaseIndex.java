package uk.org.ncjaa.springboard.showcase.domain;

import org.springframework.stereotype.Service;

import uk.org.ncjaa.springboard.shared.SearchRebuilds;

/** Keeps the showcase's index in step with its table when the two have drifted apart (a new or lost index, a new mapping). */
@Service
public class ShowcaseIndex {

    /** Raise this whenever the index mapping of {@code Work} changes: the next start rebuilds the index. */
    static final int MAPPING_VERSION = 1;

    private final SearchRebuilds rebuilds;

    ShowcaseIndex(SearchRebuilds rebuilds) {
        this.rebuilds = rebuilds;
    }

    public boolean rebuildIfBehind() throws InterruptedException {
        return rebuilds.rebuildIfBehind("showcase", Work.class, "showcase_work", MAPPING_VERSION);
    }
}
