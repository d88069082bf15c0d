package uk.org.ncjaa.springboard.config;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import uk.org.ncjaa.springboard.shared.AfterCommit;
import uk.org.ncjaa.springboard.shared.Nodes;
import uk.org.ncjaa.springboard.shared.web.PageCache;

/**
 * What the modules call to forget pages when something public changes, on this node and, through
 * {@link Nodes}, on the others. The change is seen only once it is committed, so the pages are
 * forgotten then: forgotten before, a visitor could put the old page back while the change was
 * still being written. A bean apart from the filter, because a proxied filter cannot start; and a
 * plain deferral rather than a transactional event listener, since those are recorded in the event
 * publication table and completed on a second connection, which under many concurrent bookings
 * would hold one connection while waiting for another.
 */
@Component
class PageCacheForgetting implements PageCache, Nodes.Listener {

    static final String TOPIC = "pages";
    private static final String EVERYTHING = "*";

    // looked up when used: the cache is made with the modules' CachedPages, which are made with this
    private final ObjectProvider<AnonymousPageCache> cache;
    private final Nodes nodes;

    PageCacheForgetting(ObjectProvider<AnonymousPageCache> cache, Nodes nodes) {
        this.cache = cache;
        this.nodes = nodes;
    }

    @Override
    public void forget(String... prefixes) {
        String[] kept = prefixes.clone();
        nodes.tell(TOPIC, String.join("\n", kept));
        AfterCommit.run(() -> cache.getObject().clear(kept));
    }

    @Override
    public void forgetAll() {
        nodes.tell(TOPIC, EVERYTHING);
        AfterCommit.run(() -> cache.getObject().clear());
    }

    @Override
    public String topic() {
        return TOPIC;
    }

    /** Another node forgot these pages (or all of them): this node forgets its copies. */
    @Override
    public void heard(String message) {
        if (EVERYTHING.equals(message)) {
            cache.getObject().clear();
        }
        else {
            cache.getObject().clear(message.split("\n"));
        }
    }

    @Override
    public void missed() {
        cache.getObject().clear();
    }
}
