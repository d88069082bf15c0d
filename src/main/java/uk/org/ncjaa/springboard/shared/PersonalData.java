package uk.org.ncjaa.springboard.shared;

import java.util.List;
import java.util.Map;

/**
 * A module's part of what the platform holds about one person, for the download members can make
 * of all their data. Each module that keeps personal data provides one, so a new module's data
 * cannot be left out of the download without its own tests noticing.
 */
public interface PersonalData {

    /** The parts this module holds about the account, in the order they should appear. */
    List<Section> about(long accountId);

    /**
     * @param title a heading a person understands, such as "Evidence Library submissions"
     * @param rows one map of field to value per record, fields in a fixed order; values may be null
     */
    record Section(String title, List<Map<String, String>> rows) {
    }

    /** The text of a value for the download: absent values stay empty. */
    static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
