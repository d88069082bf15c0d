package uk.org.ncjaa.springboard.content.domain;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

import uk.org.ncjaa.springboard.content.ContentKind;

/**
 * The pages a site cannot be without, written once from {@code content/pages/*.md} and then
 * owned by the editors: a page they changed or took down is never put back.
 */
@Component
public class CorePages {

    /** address, title, standfirst, place, file. */
    private static final List<String[]> PAGES = List.of(
            new String[] { "about", "About the alliance", "Who we are, what we do and how we are run.", "0", "about.md" },
            new String[] { "about/governance", "Governance", "How the alliance is run, and by whom.", "1", "about-governance.md" },
            new String[] { "guidance", "Guidance", "Practical guidance for working in criminal justice settings.", "2", "guidance.md" },
            new String[] { "contact", "Contact us", "How to reach the alliance.", "3", "contact.md" },
            new String[] { "privacy", "Privacy notice", "What we keep about you, why, and your rights.", "4", "privacy.md" },
            new String[] { "accessibility", "Accessibility statement", "How we make Springboard work for everyone.", "5",
                "accessibility.md" });

    /** The Welsh versions written so far, by address: title, standfirst, file. The others show in English until an editor writes one. */
    private static final java.util.Map<String, String[]> WELSH = java.util.Map.of(
            "about", new String[] { "Am y gynghrair", "Pwy ydym ni, beth rydym yn ei wneud a sut mae'r gynghrair yn cael ei rhedeg.",
                "about.cy.md" });

    private final ContentRepository items;
    private final Contents contents;

    CorePages(ContentRepository items, Contents contents) {
        this.items = items;
        this.contents = contents;
    }

    public void createMissing() {
        for (String[] page : PAGES) {
            if (items.existsByKindAndSlug(ContentKind.PAGE, page[0])) {
                continue;
            }
            ContentFields fields = ContentFields.titled(page[1], page[0]).written(page[2], read("content/pages/" + page[4]), "")
                .placed(Integer.parseInt(page[3]));
            String[] welsh = WELSH.get(page[0]);
            if (welsh != null) {
                fields = fields.inWelsh(new ContentFields.Welsh(welsh[0], welsh[1], read("content/pages/" + welsh[2])));
            }
            try {
                ContentItem item = contents.create(ContentKind.PAGE, fields, "Springboard");
                contents.publish(item.id(), "Springboard");
            }
            catch (org.springframework.dao.DataIntegrityViolationException ex) {
                // another node starting at the same moment wrote it first
            }
        }
    }

    static String read(String resource) {
        try (InputStream in = new ClassPathResource(resource).getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }
}
