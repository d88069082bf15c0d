package uk.org.ncjaa.springboard.content;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** The types of publication, by the name used in addresses and filters, with their names for readers, in the order shown. */
public final class PublicationTypes {

    /** The types the policy section lists: the alliance's own voice on policy. */
    public static final java.util.List<String> POLICY = java.util.List.of("briefing", "position", "policy-response");

    public static final Map<String, String> ALL;

    static {
        Map<String, String> types = new LinkedHashMap<>();
        types.put("guidance", "Guidance");
        types.put("briefing", "Briefing");
        types.put("position", "Position statement");
        types.put("research-summary", "Research summary");
        types.put("policy-response", "Policy response");
        types.put("annual-report", "Annual report and financial statements");
        types.put("toolkit", "Toolkit");
        ALL = Collections.unmodifiableMap(types);
    }

    /** A type's name for readers; "Publication" for one not known. */
    public static String label(String type) {
        return type == null ? "Publication" : ALL.getOrDefault(type, "Publication");
    }

    private PublicationTypes() {
    }
}
