package uk.org.ncjaa.springboard.directory.search;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

import uk.org.ncjaa.springboard.directory.ListingContent;
import uk.org.ncjaa.springboard.taxonomy.Vocabulary;

/** The directory's facets, each with its URL parameter and index field. */
public enum DirectoryFacet {

    ART_FORM("Art forms", "art", Vocabulary.ART_FORM),
    DELIVERY_MODEL("How they work", "model", null),
    SETTING("Justice settings", "setting", Vocabulary.SETTING),
    PARTICIPANT("Who they work with", "participant", Vocabulary.PARTICIPANT),
    GROUP("Groups", "group", Vocabulary.GROUP),
    REGION("Regions", "region", Vocabulary.REGION),
    LIVED_EXPERIENCE("Leadership", "led", null);

    /** The one value of the leadership facet. */
    public static final String LED = "lived-experience";

    private final String label;
    private final String parameter;
    private final Vocabulary vocabulary;

    DirectoryFacet(String label, String parameter, Vocabulary vocabulary) {
        this.label = label;
        this.parameter = parameter;
        this.vocabulary = vocabulary;
    }

    /** The facet's name in the page's language. */
    public String label() {
        return uk.org.ncjaa.springboard.directory.DirectoryWords.of("directory.facet." + name(), label);
    }

    public String parameter() {
        return parameter;
    }

    public Vocabulary vocabulary() {
        return vocabulary;
    }

    /** The listing's values for this facet; a region counts whether served or where it has a location. */
    List<String> valuesOf(ListingContent content) {
        return switch (this) {
            case ART_FORM -> content.artForms();
            case DELIVERY_MODEL -> content.deliveryModels();
            case SETTING -> content.settings();
            case PARTICIPANT -> content.participants();
            case GROUP -> content.groups();
            case REGION -> {
                LinkedHashSet<String> regions = new LinkedHashSet<>(content.regions());
                content.locations().stream().map(ListingContent.Location::region).filter(r -> r != null && !r.isBlank())
                    .forEach(regions::add);
                yield new ArrayList<>(regions);
            }
            case LIVED_EXPERIENCE -> content.livedExperienceLed() ? List.of(LED) : List.of();
        };
    }
}
