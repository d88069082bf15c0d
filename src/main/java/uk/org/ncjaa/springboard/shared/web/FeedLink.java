package uk.org.ncjaa.springboard.shared.web;

/** A page's Atom feed, which the layout announces in the page's head when the model holds one as {@code feed}. */
public record FeedLink(String href, String title) {
}
