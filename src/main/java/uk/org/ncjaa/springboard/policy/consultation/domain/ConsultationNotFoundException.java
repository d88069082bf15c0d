package uk.org.ncjaa.springboard.policy.consultation.domain;

import uk.org.ncjaa.springboard.shared.NotFoundException;

/** No such consultation, question or answer, or not one this visitor may see: the friendly 404. */
public class ConsultationNotFoundException extends NotFoundException {

    public ConsultationNotFoundException(String message) {
        super(message);
    }
}
