package uk.org.ncjaa.springboard.shared.web;

/**
 * What a page says about itself to search engines and to sites that show a preview of a shared
 * link (Open Graph, Twitter cards): the layout writes it into the page's head when the model holds
 * one as {@code meta}.
 *
 * @param canonical the page's one public address, in full
 * @param type {@code article} or {@code website}
 * @param image the full address of a picture for link previews, or null
 */
public record PageMeta(String title, String description, String canonical, String type, String image) {

    public PageMeta(String title, String description, String canonical, String type) {
        this(title, description, canonical, type, null);
    }

    public PageMeta {
        description = description == null ? "" : description.length() > 300 ? description.substring(0, 297) + "..." : description;
    }
}
