package uk.org.ncjaa.springboard.evidence.exports;

import java.util.Locale;
import java.util.Optional;

/** The reference styles a reader can cite an entry in, each an official CSL style. */
public enum CitationStyle {

    HARVARD("harvard", "harvard-cite-them-right", "Harvard (Cite Them Right)"),
    APA("apa", "apa", "APA 7th edition"),
    CHICAGO("chicago", "chicago-author-date", "Chicago (author-date)"),
    VANCOUVER("vancouver", "vancouver", "Vancouver");

    private final String parameter;
    private final String cslId;
    private final String label;

    CitationStyle(String parameter, String cslId, String label) {
        this.parameter = parameter;
        this.cslId = cslId;
        this.label = label;
    }

    /** The style a {@code ?style=} value names (its short name or CSL id), if any. */
    public static Optional<CitationStyle> find(String value) {
        String wanted = value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
        for (CitationStyle style : values()) {
            if (style.parameter.equals(wanted) || style.cslId.equals(wanted)) {
                return Optional.of(style);
            }
        }
        return Optional.empty();
    }

    /** The style a {@code ?style=} value names; Harvard, the style most UK courses teach, for anything else. */
    public static CitationStyle fromParameter(String value) {
        return find(value).orElse(HARVARD);
    }

    public String parameter() {
        return parameter;
    }

    /** The style's id in the CSL styles repository, and the name of its file there. */
    public String cslId() {
        return cslId;
    }

    public String label() {
        return label;
    }
}
