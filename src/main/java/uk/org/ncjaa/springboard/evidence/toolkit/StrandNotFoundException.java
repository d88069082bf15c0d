package uk.org.ncjaa.springboard.evidence.toolkit;

import uk.org.ncjaa.springboard.shared.NotFoundException;

public class StrandNotFoundException extends NotFoundException {

    public StrandNotFoundException(StrandKind kind, String slug) {
        super("No toolkit strand for the " + kind.singular() + " " + slug);
    }
}
