package uk.org.ncjaa.springboard.events.web;

import java.util.regex.Pattern;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import uk.org.ncjaa.springboard.directory.DirectoryApi;
import uk.org.ncjaa.springboard.events.EventsChanged;
import uk.org.ncjaa.springboard.shared.web.CachedPages;
import uk.org.ncjaa.springboard.shared.web.PageCache;

/**
 * The events list and each event's page, kept for anonymous visitors. Every booking changes an
 * event's places left, so only these pages and the Directory's listings (which show their
 * organisations' events) are forgotten, not the whole site.
 */
@Component
class EventPages implements CachedPages {

    private static final Pattern EVENT = Pattern.compile("/events/[a-z0-9-]{1,120}");

    private final PageCache cache;
    private final DirectoryApi directory;

    EventPages(PageCache cache, DirectoryApi directory) {
        this.cache = cache;
        this.directory = directory;
    }

    @Override
    public boolean keeps(String path) {
        return "/events".equals(path) || EVENT.matcher(path).matches();
    }

    @Override
    public boolean keepsSearch(String path) {
        return "/events".equals(path);
    }

    @EventListener
    void on(EventsChanged changed) {
        cache.forget("/events");
        directory.organisationEventsChanged();
    }
}
