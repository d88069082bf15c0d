package uk.org.ncjaa.springboard.mentoring.web;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** The scheme's words from its message bundle, in the page's language. */
@Component
class MentoringText {

    private final MessageSource messages;

    MentoringText(MessageSource messages) {
        this.messages = messages;
    }

    String get(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }

    /** A list of codes and labels with each label read from {@code <prefix><code>}, the given label when there is none. */
    Map<String, String> labels(String prefix, Map<String, String> labels) {
        Map<String, String> read = new LinkedHashMap<>();
        labels.forEach((code, label) -> read.put(code, messages.getMessage(prefix + code, null, label, LocaleContextHolder.getLocale())));
        return read;
    }
}
