package uk.org.ncjaa.springboard.taxonomy;

import java.util.List;
import java.util.Locale;

import org.springframework.context.i18n.LocaleContextHolder;

import uk.org.ncjaa.springboard.shared.i18n.Languages;

/**
 * A concept as other modules see it.
 *
 * <p>Its label is English; {@code welshLabel} is the Welsh one where a curator has given it (null
 * otherwise). Pages show {@link #localLabel()}, the label in the page's language with the English one
 * as the fallback, and mark a fallback on a Welsh page with {@code th:lang="${c.fallbackLang()}"}, so
 * screen readers read it as English.
 *
 * @param extra a vocabulary-specific value, such as a study design's evidence-strength level
 * @param welshLabel the label on Welsh pages, or null
 */
public record ConceptView(long id, Vocabulary vocabulary, String slug, String label, List<String> alternativeLabels,
        String parentSlug, String extra, boolean retired, String welshLabel) {

    /** A concept without a Welsh label. */
    public ConceptView(long id, Vocabulary vocabulary, String slug, String label, List<String> alternativeLabels,
            String parentSlug, String extra, boolean retired) {
        this(id, vocabulary, slug, label, alternativeLabels, parentSlug, extra, retired, null);
    }

    /** The label in the given language: Welsh where asked for and given, otherwise English. */
    public String label(Locale locale) {
        return Languages.welsh(locale) && hasWelsh() ? welshLabel : label;
    }

    /** The label in the current page's language ({@link LocaleContextHolder}), English where there is no Welsh one. */
    public String localLabel() {
        return label(LocaleContextHolder.getLocale());
    }

    /** Whether a curator has given a Welsh label. */
    public boolean hasWelsh() {
        return welshLabel != null && !welshLabel.isBlank();
    }

    /**
     * {@code en-GB} where the current page is Welsh but the label shown is the English fallback, otherwise
     * null (Thymeleaf then writes no attribute): {@code <span th:lang="${c.fallbackLang()}" th:text="${c.localLabel()}">}.
     */
    public String fallbackLang() {
        return Languages.welsh(LocaleContextHolder.getLocale()) && !hasWelsh() ? "en-GB" : null;
    }
}
