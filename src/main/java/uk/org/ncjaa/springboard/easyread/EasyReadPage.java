package uk.org.ncjaa.springboard.easyread;

import java.util.List;

/**
 * One easy-read page: its name (its address is {@code /easy-read/<name>}), its sections in order, the
 * full page it explains and the action it leads to. Every text is a message key, so the page reads the
 * same in Welsh; the title is {@code easyread.<name>.title} and the line on the index
 * {@code easyread.<name>.summary}. Public only for the templates, which read it by reflection.
 *
 * @param name       the page's name in its address
 * @param symbol     the picture beside the page on the index
 * @param sections   the page's sections, each a heading and its points
 * @param fullPage   the address of the standard page this one explains
 * @param actionKey  the message naming the action
 * @param actionPage where the action is done
 */
public record EasyReadPage(String name, String symbol, List<Section> sections, String fullPage, String actionKey, String actionPage) {

    public EasyReadPage {
        sections = List.copyOf(sections);
    }

    public String titleKey() {
        return "easyread." + name + ".title";
    }

    public String summaryKey() {
        return "easyread." + name + ".summary";
    }

    /** Every point of the page, in order. */
    public List<Point> points() {
        return sections.stream().flatMap(section -> section.points().stream()).toList();
    }

    /** A heading (a question or a plain statement) and the points under it. */
    public record Section(String headingKey, List<Point> points) {

        public Section {
            points = List.copyOf(points);
        }
    }

    /**
     * One idea: a line of text (a message key) beside its picture (a file under
     * {@code /img/easy-read/}, without {@code .svg}); the text is a link when {@code href} is set.
     */
    public record Point(String symbol, String key, String href) {

        public Point(String symbol, String key) {
            this(symbol, key, null);
        }
    }
}
