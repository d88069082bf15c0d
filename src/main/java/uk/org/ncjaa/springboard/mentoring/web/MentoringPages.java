package uk.org.ncjaa.springboard.mentoring.web;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import uk.org.ncjaa.springboard.mentoring.MentoringChanged;
import uk.org.ncjaa.springboard.shared.web.CachedPages;
import uk.org.ncjaa.springboard.shared.web.PageCache;

/** The mentoring scheme's public page, kept for anonymous visitors until a round changes. */
@Component
class MentoringPages implements CachedPages {

    private final PageCache cache;

    MentoringPages(PageCache cache) {
        this.cache = cache;
    }

    @Override
    public boolean keeps(String path) {
        return "/mentoring".equals(path);
    }

    @EventListener
    void on(MentoringChanged changed) {
        cache.forget("/mentoring");
    }
}
