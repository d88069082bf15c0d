package uk.org.ncjaa.springboard.taxonomy;

/** Tags free text with one vocabulary's concepts; made once and reused across many records. */
@FunctionalInterface
public interface Tagger {

    Tagging tag(String text);
}
