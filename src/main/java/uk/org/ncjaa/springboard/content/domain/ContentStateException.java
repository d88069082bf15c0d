package uk.org.ncjaa.springboard.content.domain;

/** A workflow step that is not allowed from where the item is; the message is written for the editor. */
public class ContentStateException extends IllegalStateException {

    public ContentStateException(String message) {
        super(message);
    }
}
