package uk.org.ncjaa.springboard.showcase.domain;

/**
 * A step a work or exhibition cannot take, in words for the person who asked for it: the English
 * message, and where the showcase's bundle has it, the key (and its arguments) a page in another
 * language reads instead.
 */
public class ShowcaseException extends RuntimeException {

    private final String key;
    private final transient Object[] args;

    public ShowcaseException(String message) {
        this(message, null);
    }

    public ShowcaseException(String message, String key, Object... args) {
        super(message);
        this.key = key;
        this.args = args;
    }

    /** The message's key in the showcase's bundle, or null when it has none. */
    public String key() {
        return key;
    }

    public Object[] args() {
        return args.clone();
    }
}
