package uk.org.ncjaa.springboard.directory.search;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import uk.org.ncjaa.springboard.shared.i18n.Bilingual;

/** A page of directory results, and every facet's counts. */
public record DirectoryResults(long total, List<Hit> hits, Map<DirectoryFacet, List<FacetValue>> facets, int page) {

    public int totalPages() {
        return (int) Math.min(DirectoryQuery.MAX_PAGE, (total + DirectoryQuery.PAGE_SIZE - 1) / DirectoryQuery.PAGE_SIZE);
    }

    /**
     * A listing as a result shows it; {@code regions} and {@code artForms} are labels; {@code logo}
     * is null when the listing has no logo an editor has approved.
     */
    /** {@code summaryCy} is the start of the Welsh description, null where there is none. */
    public record Hit(String slug, String name, String summary, List<String> towns, List<String> regions, List<String> artForms,
            boolean livedExperienceLed, Instant verifiedAt, Logo logo, String summaryCy) {

        /** The summary a page in Welsh ({@code welsh}) or English shows. */
        public String summary(boolean welsh) {
            return Bilingual.pick(welsh, summary, summaryCy);
        }

        /** {@code en-GB} where a Welsh page shows the English summary for want of a Welsh one; else null. */
        public String summaryLang(boolean welsh) {
            return Bilingual.lang(welsh, summaryCy);
        }
    }

    /**
     * A listing's logo as kept (at most 400 pixels a side), and the size a result shows it at:
     * within a box of {@value #BOX_WIDTH} by {@value #BOX_HEIGHT} CSS pixels, keeping its shape, so
     * a wide logo fills the box's width and a tall one its height, and none is drawn larger than it is.
     */
    public record Logo(int width, int height) {

        public static final int BOX_WIDTH = 120;
        public static final int BOX_HEIGHT = 80;

        public int shownWidth() {
            return Math.max(1, (int) Math.round(width * scale()));
        }

        public int shownHeight() {
            return Math.max(1, (int) Math.round(height * scale()));
        }

        private double scale() {
            return Math.min(1.0, Math.min((double) BOX_WIDTH / width, (double) BOX_HEIGHT / height));
        }
    }

    public record FacetValue(String slug, String label, long count, boolean chosen) {
    }
}
