package uk.org.ncjaa.springboard.content;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.org.ncjaa.springboard.shared.i18n.Bilingual;
import uk.org.ncjaa.springboard.content.domain.ContentImages;
import uk.org.ncjaa.springboard.content.domain.ContentReader;
import uk.org.ncjaa.springboard.content.domain.ContentSummary;
import uk.org.ncjaa.springboard.content.search.ContentSearch;
import uk.org.ncjaa.springboard.shared.Thumbnail;

/** Read access to published content for other modules: the home page, site search, sitemap and newsletter. */
@Service
@Transactional(readOnly = true)
public class ContentApi {

    private final ContentReader reader;
    private final ContentImages images;
    private final ContentSearch search;
    private final org.springframework.context.MessageSource messages;

    ContentApi(ContentReader reader, ContentImages images, ContentSearch search, org.springframework.context.MessageSource messages) {
        this.messages = messages;
        this.reader = reader;
        this.images = images;
        this.search = search;
    }

    /** The newest published items of these kinds, newest first, each with its lead picture. */
    public List<Item> latest(List<ContentKind> kinds, int limit) {
        return pictured(reader.latest(kinds, limit));
    }

    /**
     * The newest published publications of these types ({@code briefing}, {@code position}, {@code policy-response}),
     * each with its type's name: what the policy section lists as the alliance's briefings and positions.
     */
    public List<Publication> publications(List<String> types, int limit) {
        List<ContentSummary> found = reader.publications(types, limit);
        Map<Long, Thumbnail> pictures = images.thumbnails(found.stream().map(ContentSummary::id).toList());
        return found.stream()
            .map(s -> new Publication(item(s, pictures.get(s.id())), s.publicationType(), typeLabel(s.publicationType())))
            .toList();
    }

    /** A type of publication named in the page's language. */
    private String typeLabel(String type) {
        return messages.getMessage("content.type." + type, null, PublicationTypes.label(type),
                org.springframework.context.i18n.LocaleContextHolder.getLocale());
    }

    /** @param typeLabel the type as a reader reads it, in the page's language: "Briefing", "Policy response" */
    public record Publication(Item item, String type, String typeLabel) {
    }

    /** The case study staff chose to feature (or the newest), with its lead picture. */
    public Optional<Item> featuredCaseStudy() {
        return reader.featuredCaseStudy().map(s -> pictured(List.of(s)).get(0));
    }

    /** Items published in a period, newest first, for the newsletter's digest. */
    public List<Item> publishedBetween(List<ContentKind> kinds, Instant since, Instant until, int limit) {
        return pictured(reader.publishedBetween(kinds, since, until, limit));
    }

    /** Every published item's address and last change, for the sitemap: without pictures, which it does not show. */
    public List<Item> everyPublished() {
        return reader.everyPublished().stream().map(s -> item(s, null)).toList();
    }

    /** Full-text search over published content; titles and snippets are HTML with the matches marked. */
    public Hits search(String text, Collection<ContentKind> kinds, int page, int size) {
        ContentSearch.Found found = search.search(text, kinds, page, size);
        return new Hits(found.total(), found.counts(), found.hits().stream()
            .map(h -> new Hit(h.kind(), h.title(), h.titleHtml(), h.snippetHtml(), h.href(), h.publishedAt(), h.lang())).toList());
    }

    /** Items with their lead pictures: one query for the pictures of them all. */
    private List<Item> pictured(List<ContentSummary> found) {
        Map<Long, Thumbnail> pictures = images.thumbnails(found.stream().map(ContentSummary::id).toList());
        return found.stream().map(s -> item(s, pictures.get(s.id()))).toList();
    }

    private static Item item(ContentSummary s, Thumbnail picture) {
        return new Item(s.kind(), s.title(), s.href(), s.standfirst(), s.publishedAt(), s.updatedAt(), picture, s.titleCy(),
                s.standfirstCy());
    }

    /** @param picture the lead picture at its smallest width, with its description; null when the item has none */
    public record Item(ContentKind kind, String title, String href, String summary, Instant publishedAt, Instant updatedAt,
            Thumbnail picture, String titleCy, String summaryCy) {

        /** The title in the page's language ({@code cy} or {@code en}): an editor's Welsh where written, else the English. */
        public String title(String language) {
            return Bilingual.pick(language, title, titleCy);
        }

        public String summary(String language) {
            return Bilingual.pick(language, summary, summaryCy);
        }

        /** {@code en-GB} where a Welsh page shows the English title, else null (no attribute). */
        public String titleLang(String language) {
            return Bilingual.lang(language, titleCy);
        }

        public String summaryLang(String language) {
            return Bilingual.lang(language, summaryCy);
        }
    }

    public record Hits(long total, Map<ContentKind, Long> counts, List<Hit> hits) {
    }

    /** @param lang {@code en-GB} where a search from a Welsh page shows an item's English for want of a Welsh version, else null */
    public record Hit(ContentKind kind, String title, String titleHtml, String snippetHtml, String href, Instant publishedAt,
            String lang) {
    }
}
