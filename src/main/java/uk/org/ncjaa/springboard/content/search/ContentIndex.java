package uk.org.ncjaa.springboard.content.search;

import org.springframework.stereotype.Service;

import uk.org.ncjaa.springboard.content.domain.ContentItem;
import uk.org.ncjaa.springboard.shared.SearchRebuilds;

/** Keeps the content index in step with the database when the two have drifted apart (a new or lost index, a new mapping). */
@Service
public class ContentIndex {

    /** Raise this whenever the index mapping of {@code ContentItem} changes: the next start rebuilds the index. */
    static final int MAPPING_VERSION = 6;

    private final SearchRebuilds rebuilds;

    ContentIndex(SearchRebuilds rebuilds) {
        this.rebuilds = rebuilds;
    }

    public boolean rebuildIfBehind() throws InterruptedException {
        return rebuilds.rebuildIfBehind("content", ContentItem.class, "content_item", MAPPING_VERSION);
    }
}
