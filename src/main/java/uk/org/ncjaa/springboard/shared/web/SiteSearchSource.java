package uk.org.ncjaa.springboard.shared.web;

import java.util.List;

/**
 * A module's part of the site-wide search, which the search page asks alongside the others without
 * knowing the module: its results are offered as a type of their own.
 */
public interface SiteSearchSource {

    /** The type's name in the address ({@code /search?type=...}). */
    String slug();

    /** The type as the page names it. */
    String label();

    /** One page of what matches {@code text}, best first, and how many match in all. */
    Found search(String text, int page, int size);

    record Found(long total, List<Hit> hits) {
    }

    /** A result: title and snippet are HTML, escaped but for the marks around matched words. */
    record Hit(String kind, String titleHtml, String href, String snippetHtml, String meta) {
    }
}
