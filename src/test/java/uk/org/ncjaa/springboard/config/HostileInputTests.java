package uk.org.ncjaa.springboard.config;

import java.beans.PropertyDescriptor;
import java.lang.reflect.Field;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.spi.ILoggingEvent;
import jakarta.servlet.http.HttpServletRequest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.BeanUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.MethodParameter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.CookieValue;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.UriUtils;

import uk.org.ncjaa.springboard.accounts.Role;
import uk.org.ncjaa.springboard.config.Routes.Access;
import uk.org.ncjaa.springboard.config.Routes.Visitor;
import uk.org.ncjaa.springboard.support.CapturedLogs;
import uk.org.ncjaa.springboard.support.SpringboardTest;
import uk.org.ncjaa.springboard.support.TestAccounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Every route in the authorisation matrix's table, as every kind of visitor, with every parameter
 * and form field it reads given values no form would send: no answer may be a server error, and
 * nothing may be logged as an ERROR (a client's mistake is ours to refuse, not to report as a
 * fault). Routes come from the same table as the matrix, which refuses an unlisted one, so a new
 * route is walked too. Undecodable addresses, which only a real server sees, are in
 * {@link HostileEncodingTests}.
 */
@SpringboardTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileInputTests {

    /** What an attacker, a broken client or a confused paste sends. */
    static final List<String> VALUES = List.of(
            "a\u0000b", "x".repeat(10_000), "a~", "\"unclosed (((a", "-", "a^-1 title:x /re/ \\ *", ">".repeat(5_000) + " deep",
            "*".repeat(3_000) + "a", "- ".repeat(2_000) + "item", "-1", "99999999999999999999", "1e309", "NaN", "[]",
            "<script>alert(1)</script>' OR '1'='1", "../../etc/passwd", "2026-13-45", "9999-12-31T25:61",
            "\uD83D\uDE00\u202E\uFEFF\u0301", "a\u0001b\u001Fc\uFFFF", String.join(" ", java.util.stream.IntStream.range(0, 300).mapToObj(i -> "zq" + i).toList()),
            "%", "");

    /** Rounds for each allowed visitor but the least privileged, which gets every round. */
    private static final int OTHER_VISITOR_ROUNDS = 2;

    /** Path variables: numbers out of range, wrong types, very long. */
    static final List<String> PATH_VALUES = List.of("-1", "0", "99999999999999999999", "abc", "x".repeat(2_000), "a b",
            "\u00e9t\u00e9", "1.0", "..");

    /**
     * The walk's requests come from an address of their own (a documentation range, never sent
     * anything), so the rate limits it runs into are not the ones other test classes use.
     */
    private static final RequestPostProcessor ELSEWHERE = request -> {
        request.setRemoteAddr("192.0.2.44");
        return request;
    };

    /** A path variable, with or without a pattern of its own ({slug:[a-z]{1,100}}). */
    private static final String VARIABLE = "\\{[^{}]*(\\{[^{}]*}[^{}]*)*}";

    /** Names read from the whole query string by some controllers, and so not in their signatures. */
    static final List<String> COMMON = List.of("q", "page", "size", "sort", "type", "topic", "region", "from", "to", "year",
            "kind", "status", "format", "art", "setting", "role", "participant", "outcome", "strength", "method", "organisation",
            "design", "service", "group", "lived", "email", "token", "next", "view", "id", "slug", "when", "filter", "per");

    @Autowired
    MockMvc mvc;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Autowired
    TestAccounts accounts;

    @Autowired
    JdbcTemplate jdbc;

    private Map<Visitor, RequestPostProcessor> logins;
    private long sampleAccountId;
    private long sampleConceptId;

    @BeforeAll
    void createVisitors() {
        logins = Routes.visitors(accounts);
        sampleAccountId = accounts.create(Role.MEMBER).id();
        sampleConceptId = Routes.sampleConcept(jdbc);
    }

    @Test
    void noRouteAnswersAServerErrorOrLogsAnErrorWhateverItIsSent() throws Exception {
        Map<String, HandlerMethod> handlers = Routes.registered(mappings);
        List<String> failures = new ArrayList<>();
        List<String> errors;
        int requests = 0;
        try (CapturedLogs logs = CapturedLogs.start()) {
            for (Map.Entry<String, Access> route : Routes.expected().entrySet()) {
                if (route.getKey().startsWith("* ")) {
                    continue;
                }
                HandlerMethod handler = handlers.get(route.getKey());
                assertThat(handler).as(route.getKey()).isNotNull();
                List<String> names = List.copyOf(parameterNames(handler));
                List<String> files = fileNames(handler);
                String path = Routes.path(route.getKey(), sampleAccountId, sampleConceptId);
                Visitor least = leastAllowed(route.getValue());
                for (Visitor visitor : Visitor.values()) {
                    boolean allowed = Routes.allows(route.getValue(), visitor);
                    // a refused visitor is turned away before any parameter is read: one request shows it; other
                    // allowed visitors see the same handler as the least of them, so a few rounds show what differs
                    int rounds = !allowed ? 1 : visitor == least ? VALUES.size() : OTHER_VISITOR_ROUNDS;
                    for (int round = 0; round < rounds; round++) {
                        requests++;
                        check(route.getKey(), visitor, request(route.getKey(), path, names, files, round), failures);
                    }
                }
                if (route.getKey().contains("{")) {
                    for (String value : PATH_VALUES) {
                        requests++;
                        String odd = route.getKey().split(" ", 2)[1].replaceAll(VARIABLE, java.util.regex.Matcher.quoteReplacement(
                                UriUtils.encodePathSegment(value, StandardCharsets.UTF_8))).replace("**", "x");
                        check(route.getKey() + " with " + shorten(value) + " in its path", least,
                                request(route.getKey(), odd, names, files, 0), failures);
                    }
                }
            }
            errors = logs.at(Level.ERROR).stream()
                .map(event -> event.getLoggerName() + " [" + event.getThreadName() + "]: " + shorten(event.getFormattedMessage()))
                .toList();
        }
        assertThat(requests).as("requests sent").isGreaterThan(5_000);
        assertThat(failures).as("server errors").isEmpty();
        assertThat(errors).as("ERROR lines logged").isEmpty();
    }

    /** A search box given hundreds of distinct words, or the same parameter hundreds of times. */
    @Test
    void searchesTakeHundredsOfWordsOrRepeatedParametersInTheirStride() throws Exception {
        String[] words = java.util.stream.IntStream.range(0, 300).mapToObj(i -> "unknownword" + i).toArray(String[]::new);
        for (String path : List.of("/search", "/evidence", "/api/v1/evidence", "/directory", "/api/v1/directory/organizations",
                "/news")) {
            assertThat(mvc.perform(get(path).param("q", String.join(" ", words)).with(ELSEWHERE)).andReturn().getResponse()
                .getStatus()).as(path + " with 300 words").isEqualTo(200);
            assertThat(mvc.perform(get(path).param("q", words).with(ELSEWHERE)).andReturn().getResponse().getStatus())
                .as(path + " with q given 300 times").isEqualTo(200);
        }
        // sixty short words: under the length limit, over the word limit
        String sixty = String.join(" ", java.util.stream.IntStream.range(0, 60).mapToObj(i -> "w" + i).toList());
        String page = mvc.perform(get("/evidence").param("q", sixty).with(ELSEWHERE)).andReturn().getResponse()
            .getContentAsString();
        assertThat(page).contains("so we searched for its first 32");
    }

    /** Signing in and out are filters, not controllers, so the routes table does not list them. */
    @Test
    void signingInAndOutRefuseWhatTheyAreSentWithoutAServerError() throws Exception {
        List<String> failures = new ArrayList<>();
        List<ILoggingEvent> errors;
        try (CapturedLogs logs = CapturedLogs.start()) {
            for (int round = 0; round < VALUES.size(); round++) {
                String value = VALUES.get(round);
                int status = mvc.perform(post("/login").with(csrf()).with(ELSEWHERE).param("email", value + "@example.org")
                    .param("password", VALUES.get((round + 1) % VALUES.size()))).andReturn().getResponse().getStatus();
                if (status >= 500 || status == 200) {
                    failures.add("POST /login with " + shorten(value) + " answered " + status);
                }
                status = mvc.perform(post("/login").with(csrf()).with(ELSEWHERE).param("email", value).param("password", value)).andReturn()
                    .getResponse().getStatus();
                if (status >= 500) {
                    failures.add("POST /login with " + shorten(value) + " everywhere answered " + status);
                }
                status = mvc.perform(post("/logout").with(csrf()).param("q", value).with(logins.get(Visitor.MEMBER))).andReturn()
                    .getResponse().getStatus();
                if (status >= 500) {
                    failures.add("POST /logout with " + shorten(value) + " answered " + status);
                }
            }
            errors = logs.at(Level.ERROR);
        }
        assertThat(failures).isEmpty();
        assertThat(errors.stream().map(ILoggingEvent::getFormattedMessage)).isEmpty();
    }

    private void check(String route, Visitor visitor, AbstractMockHttpServletRequestBuilder<?> request, List<String> failures) {
        try {
            int status = mvc.perform(request.with(logins.get(visitor)).with(ELSEWHERE)).andReturn().getResponse().getStatus();
            if (status >= 500) {
                failures.add(route + " as " + visitor + " answered " + status + " to " + describe(request));
            }
        }
        catch (Exception | StackOverflowError thrown) {
            failures.add(route + " as " + visitor + " threw " + thrown + " for " + describe(request));
        }
    }

    /**
     * The request for one round: each parameter gets a different value of the corpus, shifted by one
     * each round, so over the rounds every parameter is sent every value.
     */
    private AbstractMockHttpServletRequestBuilder<?> request(String route, String path, List<String> names, List<String> files, int round) {
        boolean isGet = route.startsWith("GET ");
        AbstractMockHttpServletRequestBuilder<?> request;
        if (!isGet && !files.isEmpty()) {
            MockMultipartHttpServletRequestBuilder upload = multipart(path);
            for (String file : files) {
                upload.file(new MockMultipartFile(file, "../../" + VALUES.get(round % VALUES.size()).replace('/', '_') + ".pdf",
                        "application/pdf", ("%PDF-1.4\n" + VALUES.get(round % VALUES.size())).getBytes(StandardCharsets.UTF_8)));
            }
            request = upload;
        }
        else {
            request = isGet ? get(path) : post(path);
        }
        for (int i = 0; i < names.size(); i++) {
            request.param(names.get(i), VALUES.get((round + i) % VALUES.size()));
        }
        if (round % 2 == 1) {
            request.header("HX-Request", "true");
        }
        return isGet ? request : request.with(csrf());
    }

    private static Visitor leastAllowed(Access access) {
        for (Visitor visitor : Visitor.values()) {
            if (Routes.allows(access, visitor)) {
                return visitor;
            }
        }
        return Visitor.ANONYMOUS;
    }

    /** Every request parameter and form field the handler binds, and the common ones for handlers that read them all. */
    private static Set<String> parameterNames(HandlerMethod handler) {
        Set<String> names = new LinkedHashSet<>(List.of("q", "page"));
        for (MethodParameter parameter : handler.getMethodParameters()) {
            Class<?> type = parameter.getParameterType();
            RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
            if (param != null) {
                String name = !param.name().isEmpty() ? param.name() : parameter.getParameterName();
                if (Map.class.isAssignableFrom(type) || MultiValueMap.class.isAssignableFrom(type)) {
                    names.addAll(COMMON);
                }
                else if (name != null && !MultipartFile.class.isAssignableFrom(type)) {
                    names.add(name);
                }
            }
            else if (parameter.hasParameterAnnotation(PathVariable.class) || parameter.hasParameterAnnotation(RequestHeader.class)
                    || parameter.hasParameterAnnotation(RequestBody.class) || parameter.hasParameterAnnotation(CookieValue.class)
                    || parameter.hasParameterAnnotation(RequestPart.class) || MultipartFile.class.isAssignableFrom(type)) {
                continue;
            }
            else if (HttpServletRequest.class.isAssignableFrom(type) || MultiValueMap.class.isAssignableFrom(type)) {
                names.addAll(COMMON);
            }
            else if (BeanUtils.isSimpleProperty(type)) {
                if (parameter.getParameterName() != null) {
                    names.add(parameter.getParameterName());
                }
            }
            else if (type.getName().startsWith("uk.org.ncjaa.")) {
                names.addAll(fields(type));
            }
        }
        return names;
    }

    /** A form object's fields, as the binder fills them: record components, setters, or fields. */
    private static Set<String> fields(Class<?> form) {
        Set<String> names = new LinkedHashSet<>();
        if (form.isRecord()) {
            for (RecordComponent component : form.getRecordComponents()) {
                names.add(component.getName());
            }
            return names;
        }
        for (PropertyDescriptor property : BeanUtils.getPropertyDescriptors(form)) {
            if (property.getWriteMethod() != null) {
                names.add(property.getName());
            }
        }
        for (Field field : form.getDeclaredFields()) {
            if (!java.lang.reflect.Modifier.isStatic(field.getModifiers())) {
                names.add(field.getName());
            }
        }
        return names;
    }

    private static List<String> fileNames(HandlerMethod handler) {
        List<String> files = new ArrayList<>();
        for (MethodParameter parameter : handler.getMethodParameters()) {
            if (MultipartFile.class.isAssignableFrom(parameter.getParameterType())) {
                RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
                RequestPart part = parameter.getParameterAnnotation(RequestPart.class);
                String name = param != null && !param.name().isEmpty() ? param.name()
                        : part != null && !part.name().isEmpty() ? part.name() : parameter.getParameterName();
                files.add(name);
            }
        }
        return files;
    }

    private static String describe(AbstractMockHttpServletRequestBuilder<?> request) {
        var built = request.buildRequest(new org.springframework.mock.web.MockServletContext());
        StringBuilder text = new StringBuilder(built.getMethod() + " " + shorten(built.getRequestURI()));
        built.getParameterMap().forEach((name, values) -> text.append(' ').append(name).append('=').append(shorten(values[0])));
        return text.toString();
    }

    private static String shorten(String text) {
        String visible = text == null ? "null" : text.replace("\u0000", "\\0");
        return visible.length() > 60 ? visible.substring(0, 60) + "…(" + visible.length() + ")" : visible;
    }

}
