package uk.org.ncjaa.springboard.content.web;

import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import uk.org.ncjaa.springboard.content.ContentKind;
import uk.org.ncjaa.springboard.content.ContentProperties;
import uk.org.ncjaa.springboard.content.domain.ContentImages;
import uk.org.ncjaa.springboard.content.domain.ContentItem;
import uk.org.ncjaa.springboard.content.domain.ContentReader;
import uk.org.ncjaa.springboard.content.domain.ContentSummary;
import uk.org.ncjaa.springboard.showcase.ShowcaseApi;
import uk.org.ncjaa.springboard.taxonomy.TaxonomyApi;
import uk.org.ncjaa.springboard.taxonomy.Vocabulary;

/** What the item page needs, for the public page and the editors' preview alike. */
@Component
class ItemPage {

    private final ContentReader reader;
    private final ContentImages images;
    private final TaxonomyApi taxonomy;
    private final ContentProperties properties;
    private final ShowcaseApi showcase;
    private final ContentWords words;

    ItemPage(ContentReader reader, ContentImages images, TaxonomyApi taxonomy, ContentProperties properties, ShowcaseApi showcase,
            ContentWords words) {
        this.words = words;
        this.showcase = showcase;
        this.reader = reader;
        this.images = images;
        this.taxonomy = taxonomy;
        this.properties = properties;
    }

    /** Fills the model for {@code content/item}; the picture, if any, is returned for the page's metadata. */
    ContentImages.Picture fill(Model model, ContentItem item, List<ContentSummary> related, boolean playVideo) {
        model.addAttribute("item", item);
        model.addAttribute("related", related);
        model.addAttribute("labels", Map.of("art-form", taxonomy.labels(Vocabulary.ART_FORM), "setting",
                taxonomy.labels(Vocabulary.SETTING), "region", taxonomy.labels(Vocabulary.REGION)));
        model.addAttribute("today", reader.today());
        model.addAttribute("types", words.types(item.kind() == ContentKind.PUBLICATION ? ContentKind.PUBLICATION : ContentKind.OPPORTUNITY));
        String embed = item.videoUrl() == null ? null : uk.org.ncjaa.springboard.shared.web.Videos.embed(item.videoUrl(), properties.videoHosts()).orElse(null);
        model.addAttribute("embed", embed);
        model.addAttribute("playVideo", embed != null && playVideo);
        // a case study shows work from its organisation's projects, shown with the makers' consent
        model.addAttribute("works", item.kind() == ContentKind.CASE_STUDY ? showcase.byOrganisation(item.listingSlug(), 3) : List.of());
        ContentImages.Picture picture = images.picture(item.id()).orElse(null);
        model.addAttribute("picture", picture);
        return picture;
    }
}
