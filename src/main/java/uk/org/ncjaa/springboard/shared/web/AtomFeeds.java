package uk.org.ncjaa.springboard.shared.web;

import java.time.Instant;
import java.util.Date;
import java.util.List;

import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.feed.atom.Person;

/** The parts every Atom feed of the site shares: its head, written by the alliance, and its entries' links. */
public final class AtomFeeds {

    private AtomFeeds() {
    }

    /**
     * A feed's head: its address is its id and its self link, {@code page} the page it follows.
     *
     * @param self the feed's full address
     * @param page the full address of the page whose news it carries
     */
    public static Feed feed(String self, String title, Instant updated, String page) {
        Feed feed = new Feed("atom_1.0");
        feed.setId(self);
        feed.setTitle(title);
        feed.setUpdated(Date.from(updated == null ? Instant.EPOCH : updated));
        feed.setAlternateLinks(List.of(link("alternate", page, "text/html")));
        feed.setOtherLinks(List.of(link("self", self, "application/atom+xml")));
        Person alliance = new Person();
        alliance.setName("National Criminal Justice Arts Alliance");
        feed.setAuthors(List.of(alliance));
        return feed;
    }

    /** An entry whose id is the full address of the page it stands for. */
    public static Entry entry(String href, String title, Instant published, Instant updated) {
        Entry entry = new Entry();
        entry.setId(href);
        entry.setTitle(title);
        entry.setAlternateLinks(List.of(link("alternate", href, "text/html")));
        if (published != null) {
            entry.setPublished(Date.from(published));
        }
        entry.setUpdated(Date.from(updated != null ? updated : published != null ? published : Instant.EPOCH));
        return entry;
    }

    public static Link link(String rel, String href, String type) {
        Link link = new Link();
        link.setRel(rel);
        link.setHref(href);
        link.setType(type);
        return link;
    }
}
