package uk.org.ncjaa.springboard.content.domain;

import java.time.Instant;
import java.time.LocalDate;

import uk.org.ncjaa.springboard.content.ContentKind;
import uk.org.ncjaa.springboard.shared.i18n.Bilingual;

/** An item as listings, feeds and the staff overview show it. */
public record ContentSummary(long id, ContentKind kind, String slug, String title, String standfirst, String href,
        ContentStatus status, Instant publishedAt, Instant updatedAt, Instant publishAt, String authors, String organisation,
        String publicationType, String opportunityType, String location, boolean remote, LocalDate closesOn, Instant imageAt,
        int imageWidth, String titleCy, String standfirstCy) {

    /** The title in the page's language ({@code cy} or {@code en}): the Welsh where written, else the English. */
    public String title(String language) {
        return Bilingual.pick(language, title, titleCy);
    }

    public String standfirst(String language) {
        return Bilingual.pick(language, standfirst, standfirstCy);
    }

    /** {@code en-GB} where a Welsh page shows the English title, else null. */
    public String titleLang(String language) {
        return Bilingual.lang(language, titleCy);
    }

    public String standfirstLang(String language) {
        return Bilingual.lang(language, standfirstCy);
    }

    /**
     * The lead picture at its smallest width, for a listing's thumbnail; null when the item has
     * none or the listing did not read pictures. {@code imageWidth} is the picture's own width.
     */
    public String thumbnail() {
        return imageAt == null ? null : ContentImages.src(id, Math.min(ContentImages.WIDTHS[0], imageWidth), imageAt);
    }

    public boolean closed(LocalDate today) {
        return closesOn != null && closesOn.isBefore(today);
    }
}
