package uk.org.ncjaa.springboard.shared.web;

/**
 * What a page says about itself to search engines and to sites that show a preview of a shared
 * link (Open Graph, Twitter cards): the layout writes it into the page's head when the model holds
 * one as {@code meta}.
 *
 * @param canonical the page's one public address, in full
 * @param type {@code article} or {@code website}
 * @param image the full address of a picture for link previews, or null
 * @param tags further {@code <meta name content>} pairs in order, such as the Highwire {@code citation_*} tags reference
 *        managers and Google Scholar read from a research entry
 */
public record PageMeta(String title, String description, String canonical, String type, String image, java.util.List<Tag> tags) {

    /** One {@code <meta>} element: its name and content. */
    public record Tag(String name, String content) {
    }

    public PageMeta(String title, String description, String canonical, String type) {
        this(title, description, canonical, type, null);
    }

    public PageMeta(String title, String description, String canonical, String type, String image) {
        this(title, description, canonical, type, image, java.util.List.of());
    }

    public PageMeta {
        description = description == null ? "" : description.length() > 300 ? description.substring(0, 297) + "..." : description;
        tags = tags == null ? java.util.List.of() : java.util.List.copyOf(tags);
    }

    public PageMeta withTags(java.util.List<Tag> more) {
        return new PageMeta(title, description, canonical, type, image, more);
    }
}
