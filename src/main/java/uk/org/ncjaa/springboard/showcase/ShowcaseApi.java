package uk.org.ncjaa.springboard.showcase;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.web.util.HtmlUtils;

import uk.org.ncjaa.springboard.showcase.domain.ShowcaseSearch;
import uk.org.ncjaa.springboard.showcase.domain.Work;
import uk.org.ncjaa.springboard.showcase.domain.WorkKind;
import uk.org.ncjaa.springboard.showcase.domain.Works;
import uk.org.ncjaa.springboard.shared.web.HomeBlock;
import uk.org.ncjaa.springboard.shared.web.SiteSearchSource;
import uk.org.ncjaa.springboard.shared.web.SitemapSource;

/**
 * The showcase as the rest of the site sees it: featured works on the home page, works in the site
 * search, and its pages in the sitemap. Each reads only what is shown today, so a withdrawn work or an
 * ended consent is never offered anywhere.
 */
@Service
public class ShowcaseApi implements SiteSearchSource, SitemapSource, HomeBlock.Source {

    private final Works works;
    private final ShowcaseSearch search;
    private final MessageSource messages;

    ShowcaseApi(Works works, ShowcaseSearch search, MessageSource messages) {
        this.works = works;
        this.search = search;
        this.messages = messages;
    }

    /** A word from the showcase's bundle in the page's language. */
    private String word(String key) {
        return messages.getMessage(key, null, LocaleContextHolder.getLocale());
    }

    /** The kind of a work, and its credit line, in the page's language. */
    private String kind(Work work) {
        return word("showcase.kind." + work.kind().name());
    }

    private String credit(Work work) {
        return "Anonymous".equals(work.credit()) ? word("showcase.credit.anonymous") : work.credit();
    }

    private Card card(Work work) {
        return Card.of(work, kind(work), credit(work));
    }

    /** A work as a card: its picture (its card size) or an opening of its words. */
    public record Card(String title, String href, String credit, String kind, String organisation, String imageSrc, String imageAlt,
            Integer width, Integer height, String excerpt) {

        static Card of(Work work, String kind, String credit) {
            boolean picture = work.kind() == WorkKind.IMAGE && work.imageKey() != null;
            return new Card(work.title(), work.href(), credit, kind, work.organisationName(),
                    picture ? work.href() + "/320.jpg" : null, picture ? work.description() : null, picture ? work.widthAt(320) : null,
                    picture ? work.heightAt(320) : null, excerpt(work));
        }

        private static String excerpt(Work work) {
            String words = work.kind() == WorkKind.TEXT ? work.textBody() : work.makerWords();
            String flat = words == null ? "" : words.replaceAll("\\s+", " ").strip();
            return flat.length() <= 160 ? flat : flat.substring(0, flat.lastIndexOf(' ', 157) > 80 ? flat.lastIndexOf(' ', 157) : 157) + "…";
        }
    }

    public List<Card> featured(int limit) {
        return works.featured(limit).stream().map(this::card).toList();
    }

    /** New works for the newsletter's digest: only those whose makers agreed to the newsletter as well as the website. */
    public List<Card> forNewsletter(java.time.Instant since, java.time.Instant until, int limit) {
        return works.forNewsletter(since, until, limit).stream().map(this::card).toList();
    }

    /** Works from an organisation's projects, to show beside its case studies. */
    public List<Card> byOrganisation(String listingSlug, int limit) {
        return listingSlug == null || listingSlug.isBlank() ? List.of() : works.byOrganisation(listingSlug, limit).stream().map(this::card).toList();
    }

    /** The home page's block: the featured works, or the newest when none is featured. */
    @Override
    public Optional<HomeBlock> homeBlock() {
        List<Card> cards = featured(3);
        if (cards.isEmpty()) {
            cards = works.published().stream().limit(3).map(this::card).toList();
        }
        return cards.isEmpty() ? Optional.empty() : Optional.of(new HomeBlock(20, "showcase/home", cards));
    }

    @Override
    public String slug() {
        return "showcase";
    }

    @Override
    public String label() {
        return word("showcase.search.label");
    }

    @Override
    public Found search(String text, int page, int size) {
        ShowcaseSearch.Found found = search.search(text, page, size);
        java.time.LocalDate today = works.today();
        return new Found(found.total(), found.works().stream().filter(w -> w.shown(today))
            .map(w -> new Hit(label(), HtmlUtils.htmlEscape(w.title()), w.href(), HtmlUtils.htmlEscape(Card.excerpt(w)),
                    kind(w) + " · " + credit(w) + " · " + w.year()))
            .toList());
    }

    @Override
    public List<Entry> sitemapEntries() {
        List<Entry> entries = new ArrayList<>();
        entries.add(new Entry("/showcase", null));
        works.published().forEach(w -> entries.add(new Entry(w.href(), w.updatedAt())));
        works.exhibitions().forEach(e -> entries.add(new Entry(e.href(), e.updatedAt())));
        return entries;
    }
}
