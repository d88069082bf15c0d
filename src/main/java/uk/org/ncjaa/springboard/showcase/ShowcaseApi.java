package uk.org.ncjaa.springboard.showcase;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

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

    ShowcaseApi(Works works, ShowcaseSearch search) {
        this.works = works;
        this.search = search;
    }

    /** A work as a card: its picture (its card size) or an opening of its words. */
    public record Card(String title, String href, String credit, String kind, String organisation, String imageSrc, String imageAlt,
            Integer width, Integer height, String excerpt) {

        static Card of(Work work) {
            boolean picture = work.kind() == WorkKind.IMAGE && work.imageKey() != null;
            return new Card(work.title(), work.href(), work.credit(), work.kind().label(), work.organisationName(),
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
        return works.featured(limit).stream().map(Card::of).toList();
    }

    /** New works for the newsletter's digest: only those whose makers agreed to the newsletter as well as the website. */
    public List<Card> forNewsletter(java.time.Instant since, java.time.Instant until, int limit) {
        return works.forNewsletter(since, until, limit).stream().map(Card::of).toList();
    }

    /** Works from an organisation's projects, to show beside its case studies. */
    public List<Card> byOrganisation(String listingSlug, int limit) {
        return listingSlug == null || listingSlug.isBlank() ? List.of() : works.byOrganisation(listingSlug, limit).stream().map(Card::of).toList();
    }

    /** The home page's block: the featured works, or the newest when none is featured. */
    @Override
    public Optional<HomeBlock> homeBlock() {
        List<Card> cards = featured(3);
        if (cards.isEmpty()) {
            cards = works.published().stream().limit(3).map(Card::of).toList();
        }
        return cards.isEmpty() ? Optional.empty() : Optional.of(new HomeBlock(20, "showcase/home", cards));
    }

    @Override
    public String slug() {
        return "showcase";
    }

    @Override
    public String label() {
        return "Showcase";
    }

    @Override
    public Found search(String text, int page, int size) {
        ShowcaseSearch.Found found = search.search(text, page, size);
        java.time.LocalDate today = works.today();
        return new Found(found.total(), found.works().stream().filter(w -> w.shown(today))
            .map(w -> new Hit("Showcase", HtmlUtils.htmlEscape(w.title()), w.href(), HtmlUtils.htmlEscape(Card.excerpt(w)),
                    w.kind().label() + " · " + w.credit() + " · " + w.year()))
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
