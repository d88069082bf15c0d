package uk.org.ncjaa.springboard.easyread;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockServletContext;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

import uk.org.ncjaa.springboard.support.Browser;
import uk.org.ncjaa.springboard.support.TestAccounts;
import uk.org.ncjaa.springboard.support.TestMail;

import static org.assertj.core.api.Assertions.assertThat;

/** The link a standard page shows to its easy-read version, as the fragment renders it in each language. */
@SpringBootTest
@Import({ TestMail.class, TestAccounts.class })
class EasyReadLinkTests {

    @Autowired
    SpringTemplateEngine templates;

    @Test
    void theLinkNamesTheEasyReadVersionInThePagesLanguage() {
        String english = render(Locale.UK, "joining");
        assertThat(english).contains("<a href=\"/easy-read/joining\">")
            .contains("<img src=\"/img/easy-read/read.svg\" alt=\"\" width=\"40\" height=\"40\">")
            .contains("<span>Easy read version</span>").contains("<link rel=\"stylesheet\" href=\"/css/easy-read.css\">");
        assertThat(render(Locale.forLanguageTag("cy"), "privacy")).contains("<a href=\"/easy-read/privacy\">")
            .contains("<span>Fersiwn Hawdd ei Ddeall</span>");
        // valid where it is meant to go: inside a page's <main>
        assertThat(Browser.htmlErrors("<!DOCTYPE html><html lang=\"en-GB\"><head><title>Join</title></head><body><main><h1>Join</h1>"
                + english + "</main></body></html>")).isEmpty();
    }

    private String render(Locale locale, String page) {
        MockServletContext servlet = new MockServletContext();
        MockHttpServletRequest request = new MockHttpServletRequest(servlet, "GET", "/join");
        var exchange = JakartaServletWebApplication.buildApplication(servlet).buildExchange(request, new MockHttpServletResponse());
        WebContext context = new WebContext(exchange, locale, Map.of("page", page));
        return templates.process("easyread/link", Set.of("link"), context);
    }
}
