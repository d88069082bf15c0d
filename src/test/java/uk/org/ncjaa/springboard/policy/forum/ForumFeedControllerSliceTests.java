package uk.org.ncjaa.springboard.policy.forum;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import uk.org.ncjaa.springboard.shared.SpringboardProperties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;

/**
 * The forum's feed and calendar as a web slice: the controller alone, its forum a stand-in, no
 * database. Who may read them is the authorisation matrix's business, so the filters stay out.
 */
@WebMvcTest(controllers = ForumFeedController.class, properties = "springboard.base-url=https://springboard.example",
        excludeFilters = { @ComponentScan.Filter(type = FilterType.ASSIGNABLE_TYPE, classes = jakarta.servlet.Filter.class),
            // the pages' dialect, which asks the security setup for its roles: this slice renders no page
            @ComponentScan.Filter(type = FilterType.REGEX, pattern = ".*\\.ViewerDialect") })
@AutoConfigureMockMvc(addFilters = false)
@EnableConfigurationProperties(SpringboardProperties.class)
class ForumFeedControllerSliceTests {

    private static final Instant NOW = Instant.parse("2026-11-20T10:00:00Z");

    @Autowired
    MockMvcTester mvc;

    @MockitoBean
    Forum forum;

    @Test
    void theFeedListsTheNewestMeetingFirstWithFullAddresses() {
        given(forum.meetings()).willReturn(List.of(
                new Meeting("Summer meeting", Instant.parse("2026-06-10T10:00:00Z"), "102 Petty France, London", "A Minister", null, NOW),
                new Meeting("Autumn meeting", Instant.parse("2026-10-14T10:00:00Z"), "Online", "A Minister", null, NOW)));

        assertThat(mvc.get().uri("/policy/arts-forum/feed")).hasStatusOk()
            .hasContentTypeCompatibleWith("application/atom+xml")
            .bodyText()
            .contains("<id>https://springboard.example/policy/arts-forum/feed</id>")
            .contains("Chair: A Minister.")
            .satisfies(body -> assertThat(body.indexOf("Autumn meeting")).as("newest first").isLessThan(body.indexOf("Summer meeting")));
    }

    @Test
    void theCalendarHasAnEventForEachMeetingWithItsPlace() {
        given(forum.meetings()).willReturn(List.of(
                new Meeting("Winter meeting", Instant.parse("2027-01-20T10:30:00Z"), "Online, by video call", "A Minister", null, NOW)));

        assertThat(mvc.get().uri("/policy/arts-forum/meetings.ics")).hasStatusOk()
            .hasContentTypeCompatibleWith("text/calendar")
            .hasHeader("Content-Disposition", "inline; filename=\"arts-forum.ics\"")
            .bodyText()
            .contains("BEGIN:VEVENT").contains("SUMMARY:Arts Forum: Winter meeting").contains("DTSTART:20270120T103000Z")
            .contains("LOCATION:Online\\, by video call").contains("@springboard.example");
    }

    @Test
    void withNoMeetingsTheFeedIsStillAFeed() {
        given(forum.meetings()).willReturn(List.of());

        assertThat(mvc.get().uri("/policy/arts-forum/feed")).hasStatusOk().bodyText().contains("<feed").doesNotContain("<entry>");
    }
}
