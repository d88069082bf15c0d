package uk.org.ncjaa.springboard.content;

/** Something the public sees changed: an item was published, edited while published, or taken down. */
public record ContentChanged(ContentKind kind, String href) {
}
