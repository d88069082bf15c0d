package uk.org.ncjaa.springboard.shared.web;

/**
 * Forgets kept pages when what they show changes, once the change is committed (at once outside a
 * transaction), so the next anonymous visitor sees it.
 */
public interface PageCache {

    /** Forgets the kept pages whose addresses start with any of these. */
    void forget(String... prefixes);

    /** Forgets every kept page: for a change the home page and the site search show too. */
    void forgetAll();
}
