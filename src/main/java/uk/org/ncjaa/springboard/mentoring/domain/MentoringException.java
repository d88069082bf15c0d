package uk.org.ncjaa.springboard.mentoring.domain;

/** A step the scheme's rules do not allow, with a message written for the person who tried it. */
public class MentoringException extends IllegalStateException {

    public MentoringException(String message) {
        super(message);
    }
}
