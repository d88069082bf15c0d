package uk.org.ncjaa.springboard.taxonomy.domain;

public class DuplicateLabelException extends RuntimeException {

    public DuplicateLabelException(String label) {
        super("Another concept already uses the label " + label);
    }
}
