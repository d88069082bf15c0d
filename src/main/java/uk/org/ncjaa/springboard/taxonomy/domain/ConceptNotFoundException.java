package uk.org.ncjaa.springboard.taxonomy.domain;

import uk.org.ncjaa.springboard.shared.NotFoundException;

public class ConceptNotFoundException extends NotFoundException {

    public ConceptNotFoundException(long id) {
        super("No concept " + id);
    }
}
