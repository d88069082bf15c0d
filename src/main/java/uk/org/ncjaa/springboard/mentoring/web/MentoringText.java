package uk.org.ncjaa.springboard.mentoring.web;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import uk.org.ncjaa.springboard.mentoring.domain.MentoringException;
import uk.org.ncjaa.springboard.mentoring.domain.Role;

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

    /** What was refused, in the page's language where the bundle has it; a side of the scheme reads as its word. */
    String problem(MentoringException refused) {
        if (refused.key() == null) {
            return refused.getMessage();
        }
        Object[] args = refused.args();
        for (int i = 0; i < args.length; i++) {
            if (args[i] instanceof Role role) {
                args[i] = get("mentoring.role." + role.name() + ".lower");
            }
        }
        return messages.getMessage(refused.key(), args, refused.getMessage(), LocaleContextHolder.getLocale());
    }

    /** A list of codes and labels with each label read from {@code <prefix><code>}, the given label when there is none. */
    Map<String, String> labels(String prefix, Map<String, String> labels) {
        Map<String, String> read = new LinkedHashMap<>();
        labels.forEach((code, label) -> read.put(code, messages.getMessage(prefix + code, null, label, LocaleContextHolder.getLocale())));
        return read;
    }
}
