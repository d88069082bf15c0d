package uk.org.ncjaa.springboard.policy.forum;

/** A step the forum's rules do not allow, with a message written for the person who tried it. */
public class ForumException extends IllegalStateException {

    public ForumException(String message) {
        super(message);
    }
}
