package uk.org.ncjaa.springboard.evidence.domain;

import uk.org.ncjaa.springboard.shared.NotFoundException;

public class EvidenceNotFoundException extends NotFoundException {

    public EvidenceNotFoundException(String slug) {
        super("No published evidence entry " + slug);
    }
}
