package uk.org.ncjaa.springboard.config;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import uk.org.ncjaa.springboard.shared.AfterCommit;
import uk.org.ncjaa.springboard.shared.web.PageCache;

/**
 * What the modules call to forget pages when something public changes, on this node and, through
 * {@link PageCacheNodes}, on the others. The change is seen only
 * once it is committed, so the pages are forgotten then: forgotten before, a visitor could put the
 * old page back while the change was still being written. A bean apart from the filter, because a
 * proxied filter cannot start; and a plain deferral rather than a transactional event listener,
 * since those are recorded in the event publication table and completed on a second connection,
 * which under many concurrent bookings would hold one connection while waiting for another.
 */
@Component
class PageCacheForgetting implements PageCache {

    // looked up when used: the cache is made with the modules' CachedPages, which are made with this
    private final ObjectProvider<AnonymousPageCache> cache;
    private final ObjectProvider<PageCacheNodes> nodes;

    PageCacheForgetting(ObjectProvider<AnonymousPageCache> cache, ObjectProvider<PageCacheNodes> nodes) {
        this.cache = cache;
        this.nodes = nodes;
    }

    @Override
    public void forget(String... prefixes) {
        String[] kept = prefixes.clone();
        nodes.ifAvailable(others -> others.tell(kept));
        AfterCommit.run(() -> cache.getObject().clear(kept));
    }

    @Override
    public void forgetAll() {
        nodes.ifAvailable(PageCacheNodes::tellEverything);
        AfterCommit.run(() -> cache.getObject().clear());
    }
}
