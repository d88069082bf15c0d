package uk.org.ncjaa.springboard.directory;

import java.util.Locale;
import java.util.Optional;

/** How an organisation delivers its work: a directory facet of the alliance's own. */
public enum DeliveryModel {

    WORKSHOPS("Workshops and classes"),
    RESIDENCY("Residencies"),
    PERFORMANCE("Performances and exhibitions"),
    ONE_TO_ONE("One-to-one work"),
    DISTANCE("In-cell packs and distance learning"),
    ONLINE("Online or remote sessions"),
    THROUGH_THE_GATE("Through the gate and resettlement"),
    STAFF_TRAINING("Training for justice staff"),
    RESEARCH("Research and consultancy");

    private final String label;

    DeliveryModel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public String slug() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Optional<DeliveryModel> fromSlug(String slug) {
        for (DeliveryModel model : values()) {
            if (model.slug().equals(slug)) {
                return Optional.of(model);
            }
        }
        return Optional.empty();
    }
}
