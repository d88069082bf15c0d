package uk.org.ncjaa.springboard.directory.web;

import java.util.Set;
import java.util.regex.Pattern;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import uk.org.ncjaa.springboard.directory.DirectoryChanged;
import uk.org.ncjaa.springboard.shared.web.CachedPages;
import uk.org.ncjaa.springboard.shared.web.PageCache;

/**
 * The Directory's search and listing pages, kept for anonymous visitors; adding and managing a
 * listing never. A change to a listing forgets every page (the home page and the site search show
 * listings too); a change to an organisation's events forgets only the listing pages, which show
 * them (see {@link uk.org.ncjaa.springboard.directory.DirectoryApi#organisationEventsChanged()}).
 */
@Component
class DirectoryPages implements CachedPages {

    private static final Pattern LISTING = Pattern.compile("/directory/[a-z0-9-]{1,100}");

    private static final Set<String> NOT_LISTINGS = Set.of("/directory/new", "/directory/manage");

    private final PageCache cache;

    DirectoryPages(PageCache cache) {
        this.cache = cache;
    }

    @Override
    public boolean keeps(String path) {
        return "/directory".equals(path) || LISTING.matcher(path).matches() && !NOT_LISTINGS.contains(path);
    }

    @Override
    public boolean keepsSearch(String path) {
        return "/directory".equals(path);
    }

    @EventListener
    void on(DirectoryChanged changed) {
        cache.forgetAll();
    }
}
