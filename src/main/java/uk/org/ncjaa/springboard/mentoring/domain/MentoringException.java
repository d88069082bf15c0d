package uk.org.ncjaa.springboard.mentoring.domain;

/**
 * A step the scheme's rules do not allow, with a message written for the person who tried it: the
 * English message, and where the mentoring bundle has it, the key (and its arguments) a page in
 * another language reads instead. A {@link Role} among the arguments reads as the word for that side.
 */
public class MentoringException extends IllegalStateException {

    private final String key;
    private final transient Object[] args;

    public MentoringException(String message) {
        this(message, null);
    }

    public MentoringException(String message, String key, Object... args) {
        super(message);
        this.key = key;
        this.args = args;
    }

    /** The message's key in the mentoring bundle, or null when it has none. */
    public String key() {
        return key;
    }

    public Object[] args() {
        return args.clone();
    }
}
