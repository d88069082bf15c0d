package uk.org.ncjaa.springboard.shared.insights;

import java.util.List;

/**
 * A module's part of the staff dashboards: its figures for a period, computed from its own data.
 * Each module that has something to count provides one; the dashboards, the CSV downloads and the
 * report pack show whatever the sections give, so the page knows no module.
 */
public interface InsightsSection {

    /** A short name for addresses and anchors ({@code events}). */
    String id();

    /** The section's heading ("Events and training"). */
    String title();

    /** Where the section stands on the page: lower first. */
    int order();

    /** The section's figures for the period, in the order they are shown. */
    List<Figure> figures(Period period);

    /**
     * True for a section made of special-category data (equality monitoring): it is shown only to
     * the equality monitoring analyst, on their own page, never on the staff dashboards or in the
     * staff report pack.
     */
    default boolean specialCategory() {
        return false;
    }
}
