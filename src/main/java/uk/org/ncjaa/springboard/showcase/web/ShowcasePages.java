package uk.org.ncjaa.springboard.showcase.web;

import java.util.regex.Pattern;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import uk.org.ncjaa.springboard.showcase.ShowcaseChanged;
import uk.org.ncjaa.springboard.shared.web.CachedPages;
import uk.org.ncjaa.springboard.shared.web.PageCache;

/**
 * The gallery, works and exhibitions kept for anonymous visitors. They change only when an editor
 * publishes or someone withdraws a work, which forgets every kept page on every node at once (the home
 * page and the site search show works too); pictures and recordings are never kept here.
 */
@Component
class ShowcasePages implements CachedPages {

    private static final Pattern PAGE = Pattern.compile("/showcase(/works/[a-z0-9-]{1,140}|/exhibitions/[a-z0-9-]{1,140})?");

    private final PageCache cache;

    ShowcasePages(PageCache cache) {
        this.cache = cache;
    }

    @Override
    public boolean keeps(String path) {
        return PAGE.matcher(path).matches();
    }

    @Override
    public boolean keepsSearch(String path) {
        return "/showcase".equals(path);
    }

    @Override
    public boolean keepsLong(String path) {
        return PAGE.matcher(path).matches();
    }

    @EventListener
    void on(ShowcaseChanged changed) {
        cache.forgetAll();
    }
}
