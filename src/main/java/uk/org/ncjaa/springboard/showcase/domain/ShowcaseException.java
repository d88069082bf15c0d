package uk.org.ncjaa.springboard.showcase.domain;

/** A step a work or exhibition cannot take, in words for the person who asked for it. */
public class ShowcaseException extends RuntimeException {

    public ShowcaseException(String message) {
        super(message);
    }
}
