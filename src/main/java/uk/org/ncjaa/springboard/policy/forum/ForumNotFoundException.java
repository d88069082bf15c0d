package uk.org.ncjaa.springboard.policy.forum;

import uk.org.ncjaa.springboard.shared.NotFoundException;

/** A meeting, paper, action or proposal that does not exist, or that this visitor may not see. */
public class ForumNotFoundException extends NotFoundException {

    public ForumNotFoundException(String message) {
        super(message);
    }
}
