package uk.org.ncjaa.springboard.shared.web;

import java.time.Instant;
import java.util.List;

/** A module's public pages for {@code sitemap.xml}, which lists them without knowing the module. */
public interface SitemapSource {

    List<Entry> sitemapEntries();

    /** @param lastModified when the page last changed, or null when it is a section that changes with everything in it */
    record Entry(String href, Instant lastModified) {
    }
}
