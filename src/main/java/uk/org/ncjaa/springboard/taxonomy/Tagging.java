package uk.org.ncjaa.springboard.taxonomy;

import java.util.List;

/**
 * What a piece of free text says in a vocabulary's terms.
 *
 * @param concepts the concepts found, in the order first mentioned
 * @param unmatched the parts no concept covers, kept so a curator can see and map them
 */
public record Tagging(List<ConceptView> concepts, List<String> unmatched) {
}
