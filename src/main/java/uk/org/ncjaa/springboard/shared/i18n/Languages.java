package uk.org.ncjaa.springboard.shared.i18n;

import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;

/**
 * The site's two languages, English and Welsh. A page is in the language its address asks for
 * ({@code ?lang=cy} or {@code ?lang=en}), otherwise the one the visitor last chose (the {@code lang}
 * cookie, which a member's profile setting also writes at sign-in), otherwise English.
 */
public final class Languages {

    public static final Locale ENGLISH = Locale.UK;
    public static final Locale WELSH = Locale.forLanguageTag("cy-GB");
    public static final List<Locale> ALL = List.of(ENGLISH, WELSH);
    /** The request parameter and the cookie that carry the choice. */
    public static final String PARAMETER = "lang";
    public static final String COOKIE = "lang";

    private Languages() {
    }

    /** {@code en} or {@code cy}, or null for anything else. */
    public static String code(String value) {
        if (value == null) {
            return null;
        }
        String code = value.trim().toLowerCase(Locale.ROOT);
        return "cy".equals(code) || "en".equals(code) ? code : null;
    }

    public static Locale locale(String code) {
        return "cy".equals(code) ? WELSH : ENGLISH;
    }

    public static String code(Locale locale) {
        return locale != null && "cy".equals(locale.getLanguage()) ? "cy" : "en";
    }

    public static boolean welsh(Locale locale) {
        return "cy".equals(code(locale));
    }

    /** The language this request's page is in. */
    public static String of(HttpServletRequest request) {
        String asked = asked(request);
        if (asked != null) {
            return asked;
        }
        String chosen = chosen(request);
        return chosen == null ? "en" : chosen;
    }

    /**
     * The language the request asks for, or null. An error page, rendered after a request was
     * refused, reads only the address: asking for a parameter there would read the body that was
     * refused (too large, say), which fails. A request whose body cannot be read is read the same way.
     */
    public static String asked(HttpServletRequest request) {
        if (request.getDispatcherType() == jakarta.servlet.DispatcherType.REQUEST) {
            try {
                return code(request.getParameter(PARAMETER));
            }
            catch (IllegalStateException unreadable) {
                // a body over the size limits: its refusal is answered elsewhere, and the address still says
            }
        }
        String query = request.getQueryString();
        if (query == null || !query.contains(PARAMETER + "=")) {
            return null;
        }
        for (String pair : query.split("&")) {
            if (pair.startsWith(PARAMETER + "=")) {
                return code(pair.substring(PARAMETER.length() + 1));
            }
        }
        return null;
    }

    /** The language the visitor's cookie holds, or null. */
    public static String chosen(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (Cookie cookie : cookies) {
                if (COOKIE.equals(cookie.getName())) {
                    return code(cookie.getValue());
                }
            }
        }
        return null;
    }

    /** The cookie that remembers a choice for a year. */
    public static String cookieHeader(String code, boolean secure) {
        return COOKIE + "=" + code + "; Max-Age=31536000; Path=/; SameSite=Lax" + (secure ? "; Secure" : "");
    }
}
