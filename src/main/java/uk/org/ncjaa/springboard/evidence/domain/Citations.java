package uk.org.ncjaa.springboard.evidence.domain;

import java.util.ArrayList;
import java.util.List;

/** Formatted references for an entry. */
public final class Citations {

    private Citations() {
    }

    /**
     * Harvard style (as in "Cite them right"): Surname, Initials. (Year) Title. Journal, volume(issue), pp. pages. Publisher.
     * Available at: URL.
     * Organisations are cited by their full name; with no year, "n.d." stands in.
     */
    public static String harvard(EvidenceEntry entry) {
        List<String> authors = new ArrayList<>();
        for (Contributor contributor : entry.contributors()) {
            if (contributor.role() == Contributor.Role.AUTHOR) {
                authors.add(contributor.kind() == Contributor.Kind.PERSON ? surnameFirst(contributor.name()) : contributor.name());
            }
        }
        StringBuilder reference = new StringBuilder();
        if (!authors.isEmpty()) {
            reference.append(joinAuthors(authors)).append(' ');
        }
        reference.append('(').append(entry.publicationYear() == null ? "n.d." : entry.publicationYear()).append(") ");
        reference.append(entry.title().strip());
        if (!reference.toString().endsWith(".")) {
            reference.append('.');
        }
        Container container = entry.container();
        if (container.present()) {
            reference.append(' ').append(container.citation()).append('.');
        }
        if (entry.publisher() != null) {
            reference.append(' ').append(entry.publisher().strip());
            if (!entry.publisher().strip().endsWith(".")) {
                reference.append('.');
            }
        }
        if (entry.url() != null) {
            reference.append(" Available at: ").append(entry.url()).append('.');
        }
        return reference.toString();
    }

    /** "Laura Caulfield" as "Caulfield, L."; "Mary Jane Smith" as "Smith, M.J.". */
    static String surnameFirst(String name) {
        String[] parts = name.strip().split("\\s+");
        if (parts.length == 1) {
            return parts[0];
        }
        StringBuilder initials = new StringBuilder();
        for (int i = 0; i < parts.length - 1; i++) {
            for (String piece : parts[i].split("-")) {
                if (!piece.isEmpty()) {
                    initials.append(Character.toUpperCase(piece.charAt(0))).append('.');
                }
            }
        }
        return parts[parts.length - 1] + ", " + initials;
    }

    private static String joinAuthors(List<String> authors) {
        if (authors.size() == 1) {
            return authors.get(0);
        }
        return String.join(", ", authors.subList(0, authors.size() - 1)) + " and " + authors.get(authors.size() - 1);
    }
}
