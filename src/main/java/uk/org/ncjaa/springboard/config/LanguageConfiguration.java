package uk.org.ncjaa.springboard.config;

import java.io.IOException;
import java.util.Locale;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.util.UriComponentsBuilder;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.context.IWebContext;
import org.thymeleaf.dialect.AbstractDialect;
import org.thymeleaf.dialect.IExpressionObjectDialect;
import org.thymeleaf.expression.IExpressionObjectFactory;
import org.thymeleaf.web.IWebRequest;

import uk.org.ncjaa.springboard.shared.i18n.Languages;

/**
 * English and Welsh: the page's language from its address or the visitor's choice
 * ({@link Languages}), the cookie that remembers a choice made through the language switch, and
 * {@code #language} in templates for the switch and the {@code hreflang} links.
 */
@Configuration(proxyBeanMethods = false)
class LanguageConfiguration {

    @Bean
    LocaleResolver localeResolver() {
        return new LocaleResolver() {

            @Override
            public Locale resolveLocale(HttpServletRequest request) {
                return Languages.locale(Languages.of(request));
            }

            @Override
            public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
                response.addHeader("Set-Cookie", Languages.cookieHeader(Languages.code(locale), request.isSecure()));
            }
        };
    }

    /**
     * Remembers a language asked for in the address, so the links the page holds (written without
     * it) stay in that language. Runs first, outside the page cache: the cookie is the visitor's
     * own, never part of a kept page.
     */
    @Bean
    FilterRegistrationBean<OncePerRequestFilter> languageCookieFilter() {
        OncePerRequestFilter filter = new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                String asked = Languages.asked(request);
                if (asked != null && !asked.equals(Languages.chosen(request))) {
                    response.addHeader("Set-Cookie", Languages.cookieHeader(asked, request.isSecure()));
                }
                chain.doFilter(request, response);
            }
        };
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(filter);
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
        return registration;
    }

    /** {@code #language}: the page's language and the addresses of this page in each language. */
    @Component
    static class LanguageDialect extends AbstractDialect implements IExpressionObjectDialect {

        private final String baseUrl;

        LanguageDialect(org.springframework.core.env.Environment environment) {
            super("language");
            String base = environment.getProperty("springboard.base-url", "http://localhost:8080");
            this.baseUrl = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
        }

        @Override
        public IExpressionObjectFactory getExpressionObjectFactory() {
            return new IExpressionObjectFactory() {

                @Override
                public Set<String> getAllExpressionObjectNames() {
                    return Set.of("language");
                }

                @Override
                public Object buildObject(IExpressionContext context, String name) {
                    String code = Languages.code(context.getLocale());
                    if (context instanceof IWebContext web) {
                        IWebRequest request = web.getExchange().getRequest();
                        // an error page is rendered at /error: its switch leads to the address the visitor asked for
                        Object asked = web.getExchange().getAttributeValue("jakarta.servlet.error.request_uri");
                        String path = asked instanceof String uri ? uri.substring(request.getApplicationPath().length())
                                : request.getRequestPath();
                        return new Language(code, path, request.getQueryString(), baseUrl);
                    }
                    return new Language(code, "/", null, baseUrl);
                }

                @Override
                public boolean isCacheable(String name) {
                    return true;
                }
            };
        }
    }

    /**
     * The page's language ({@code code}: en or cy) and where the same page is in either language.
     *
     * @param path the page's path within the site
     * @param query its query string, or null
     * @param baseUrl the site's public address, for the absolute links search engines ask {@code hreflang} to have
     */
    public record Language(String code, String path, String query, String baseUrl) {

        public boolean welsh() {
            return "cy".equals(code);
        }

        /** The value of {@code <html lang>}. */
        public String tag() {
            return welsh() ? "cy" : "en-GB";
        }

        /** The code of the other language, for the switch. */
        public String other() {
            return welsh() ? "en" : "cy";
        }

        /** This page in the other language. */
        public String switchHref() {
            return href(other());
        }

        /** This page without a language in its address, in full: the visitor's own choice decides, for {@code hreflang="x-default"}. */
        public String defaultHref() {
            return baseUrl + href(null);
        }

        /** This page in the given language, in full, for {@code hreflang}. */
        public String absoluteHref(String language) {
            return baseUrl + href(language);
        }

        /** Open Graph's form of the language. */
        public String openGraph() {
            return welsh() ? "cy_GB" : "en_GB";
        }

        /** This page in the given language: the same address with {@code lang} set and nothing else changed. */
        public String href(String language) {
            UriComponentsBuilder builder = UriComponentsBuilder.fromPath(path == null || path.isEmpty() ? "/" : path);
            if (query != null && !query.isEmpty()) {
                builder.query(query);
            }
            return (language == null ? builder.replaceQueryParam(Languages.PARAMETER)
                    : builder.replaceQueryParam(Languages.PARAMETER, language)).build().toUriString();
        }
    }
}
