package uk.org.ncjaa.springboard.policy.consultation.domain;

/** A step a consultation's rules do not allow, with a message written for the person who tried it. */
public class ConsultationException extends IllegalStateException {

    public ConsultationException(String message) {
        super(message);
    }
}
