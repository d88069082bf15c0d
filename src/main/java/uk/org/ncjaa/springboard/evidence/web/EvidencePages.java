package uk.org.ncjaa.springboard.evidence.web;

import java.util.Set;
import java.util.regex.Pattern;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import uk.org.ncjaa.springboard.evidence.EvidenceChanged;
import uk.org.ncjaa.springboard.shared.web.CachedPages;
import uk.org.ncjaa.springboard.shared.web.PageCache;

/**
 * The library's search, map, rubric, entry and toolkit pages, kept for anonymous visitors: entry
 * pages are the most visited after the search. The members' pages beside them (submitting, saved
 * searches, exports) never. Any change to the library forgets every page, as the home page and the
 * site search show the library too, and a toolkit page counts its entries afresh.
 */
@Component
class EvidencePages implements CachedPages {

    private static final Set<String> SECTIONS = Set.of("/evidence", "/evidence/map", "/evidence/strength");

    private static final Set<String> SEARCHES = Set.of("/evidence", "/evidence/map");

    /** Entry pages, and the toolkit's index, which has an entry's shape. */
    private static final Pattern ENTRY = Pattern.compile("/evidence/[a-z0-9-]{1,120}");

    private static final Set<String> NOT_ENTRIES = Set.of("/evidence/submit", "/evidence/submissions", "/evidence/saved",
            "/evidence/export");

    private static final Pattern TOOLKIT = Pattern.compile("/evidence/toolkit/(art-forms|outcomes)/[a-z0-9-]{1,120}");

    private final PageCache cache;

    EvidencePages(PageCache cache) {
        this.cache = cache;
    }

    @Override
    public boolean keeps(String path) {
        return SECTIONS.contains(path) || ENTRY.matcher(path).matches() && !NOT_ENTRIES.contains(path)
                || TOOLKIT.matcher(path).matches();
    }

    @Override
    public boolean keepsSearch(String path) {
        return SEARCHES.contains(path);
    }

    @EventListener
    void on(EvidenceChanged changed) {
        cache.forgetAll();
    }
}
