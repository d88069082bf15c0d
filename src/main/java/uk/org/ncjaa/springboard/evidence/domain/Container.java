package uk.org.ncjaa.springboard.evidence.domain;

/**
 * What a document was published in: a journal (with its volume, issue and pages) for an article.
 * A journal is where an article appears, not an organisation that wrote or published it.
 */
public record Container(String title, String volume, String issue, String pages) {

    public static final Container NONE = new Container(null, null, null, null);

    public Container {
        title = clean(title);
        volume = clean(volume);
        issue = clean(issue);
        pages = clean(pages);
    }

    public boolean present() {
        return title != null;
    }

    /** The first page, or the article number ("e1255"). */
    public String startPage() {
        return pages == null ? null : pages.split("\\s*[-–]\\s*", 2)[0];
    }

    /** The last page of a range, else null. */
    public String endPage() {
        if (pages == null) {
            return null;
        }
        String[] ends = pages.split("\\s*[-–]\\s*", 2);
        return ends.length == 2 ? ends[1] : null;
    }

    /** "The Howard Journal of Criminal Justice, 54(3), pp. 277–291", as a Harvard reference gives it. */
    public String citation() {
        if (title == null) {
            return null;
        }
        StringBuilder out = new StringBuilder(title);
        if (volume != null || issue != null) {
            out.append(", ");
            if (volume != null) {
                out.append(volume);
            }
            if (issue != null) {
                out.append(volume == null ? "no. " + issue : "(" + issue + ")");
            }
        }
        if (pages != null) {
            out.append(", ").append(endPage() == null ? (startPage().startsWith("e") ? startPage() : "p. " + startPage())
                    : "pp. " + startPage() + "–" + endPage());
        }
        return out.toString();
    }

    private static String clean(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
