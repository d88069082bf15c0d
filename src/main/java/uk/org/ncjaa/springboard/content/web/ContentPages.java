package uk.org.ncjaa.springboard.content.web;

import java.util.Set;
import java.util.regex.Pattern;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import uk.org.ncjaa.springboard.content.ContentChanged;
import uk.org.ncjaa.springboard.shared.web.CachedPages;
import uk.org.ncjaa.springboard.shared.web.PageCache;

/**
 * Articles, case studies, publications, opportunities and pages, and their lists, kept for
 * anonymous visitors; feeds and the editor never. Published content changes only when an editor
 * publishes, so it is kept for long; the home page and searches show it too, so a change forgets
 * every page.
 */
@Component
class ContentPages implements CachedPages {

    private static final Set<String> SECTIONS = Set.of("/privacy", "/accessibility", "/news", "/blog", "/case-studies",
            "/publications", "/opportunities", "/about", "/guidance", "/contact");

    private static final Set<String> SEARCHES = Set.of("/news", "/blog", "/case-studies", "/publications", "/opportunities");

    private static final Pattern ITEM = Pattern.compile(
            "/(news|blog)/\\d{4}/\\d{2}/[a-z0-9-]{1,120}|/(case-studies|publications|opportunities)/(?!feed$)[a-z0-9-]{1,120}"
                    + "|/(about|guidance)(/[a-z0-9-]{1,120}){1,3}");

    private final PageCache cache;

    ContentPages(PageCache cache) {
        this.cache = cache;
    }

    @Override
    public boolean keeps(String path) {
        return SECTIONS.contains(path) || ITEM.matcher(path).matches();
    }

    @Override
    public boolean keepsSearch(String path) {
        return SEARCHES.contains(path);
    }

    @Override
    public boolean keepsLong(String path) {
        return ITEM.matcher(path).matches();
    }

    @EventListener
    void on(ContentChanged changed) {
        cache.forgetAll();
    }
}
