package uk.org.ncjaa.springboard.content.web;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import uk.org.ncjaa.springboard.content.ContentKind;

/** The names of kinds and types of content in the page's language, from the content bundle. */
@Component
class ContentWords {

    private final MessageSource messages;

    ContentWords(MessageSource messages) {
        this.messages = messages;
    }

    String text(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }

    /** The message of this key, or the text itself when it is not a key. */
    String textOr(String keyOrText) {
        return messages.getMessage(keyOrText, null, keyOrText, LocaleContextHolder.getLocale());
    }

    String plural(ContentKind kind) {
        return text("content.kind." + kind.name() + ".plural");
    }

    String summary(ContentKind kind) {
        return text("content.kind." + kind.name() + ".summary");
    }

    /** The types of publication or of opportunity, by code, named in the page's language, in their order. */
    Map<String, String> types(ContentKind kind) {
        Map<String, String> english = kind == ContentKind.PUBLICATION ? ContentForm.PUBLICATION_TYPES
                : kind == ContentKind.OPPORTUNITY ? ContentForm.OPPORTUNITY_TYPES : Map.of();
        Locale locale = LocaleContextHolder.getLocale();
        Map<String, String> named = new LinkedHashMap<>();
        english.forEach((code, label) -> named.put(code, messages.getMessage("content.type." + code, null, label, locale)));
        return named;
    }
}
