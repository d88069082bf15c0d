package uk.org.ncjaa.springboard.shared.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import uk.org.ncjaa.springboard.support.SpringboardTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * htmx (51 KB) is loaded only by pages that use it: a template with hx- attributes asks the layout for it, and
 * one without them does not, so a new page can neither lose its htmx silently nor carry it for nothing.
 */
@SpringboardTest
class HtmxOptInTests {

    private static final Path TEMPLATES = Path.of("src/main/resources/templates");

    /** An hx- attribute, written plainly, as data-hx- or through Thymeleaf (th:hx-get, th:data-hx-get). */
    private static final Pattern HX_ATTRIBUTE = Pattern.compile("(?<![\\w-])(th:)?(data-)?hx-[a-z-]+\\s*=");

    private static final String OPT_IN = "layout/page :: page(title=~{::title}, content=~{::main}, htmx=true)";

    @Autowired
    MockMvc mvc;

    @Test
    void everyTemplateWithHxAttributesAsksForHtmxAndNoOtherDoes() throws IOException {
        List<String> missing = new ArrayList<>();
        List<String> needless = new ArrayList<>();
        int pagesUsingHtmx = 0;
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
                String template = Files.readString(file, StandardCharsets.UTF_8);
                String name = TEMPLATES.relativize(file).toString();
                boolean uses = HX_ATTRIBUTE.matcher(template).find();
                boolean asks = template.contains(OPT_IN);
                if (uses && !template.contains(OPT_IN)) {
                    missing.add(name);
                }
                if (asks && !uses) {
                    needless.add(name);
                }
                pagesUsingHtmx += uses ? 1 : 0;
            }
        }
        assertThat(missing).as("templates with hx- attributes that must call the layout as " + OPT_IN).isEmpty();
        assertThat(needless).as("templates that load htmx without using it").isEmpty();
        assertThat(pagesUsingHtmx).as("the check found the search pages that do use htmx").isGreaterThanOrEqualTo(5);
    }

    @Test
    void aPageThatUsesHtmxLoadsItAndOneThatDoesNotIsLighterWithoutIt() throws Exception {
        String search = mvc.perform(get("/evidence")).andReturn().getResponse().getContentAsString();
        assertThat(search).contains("data-hx-get=").containsPattern("<script src=\"/webjars/htmx.org/[0-9.]+/dist/htmx.min.js\" defer>").contains("name=\"htmx-config\"");
        for (String path : new String[] { "/login", "/evidence/strength", "/directory/map" }) {
            String page = mvc.perform(get(path)).andReturn().getResponse().getContentAsString();
            assertThat(page).as(path).contains("</html>").doesNotContain("hx-").doesNotContain("htmx.min.js")
                .doesNotContain("htmx-config");
        }
    }
}
