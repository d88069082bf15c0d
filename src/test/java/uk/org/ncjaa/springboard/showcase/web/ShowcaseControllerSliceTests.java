package uk.org.ncjaa.springboard.showcase.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import uk.org.ncjaa.springboard.showcase.domain.Check;
import uk.org.ncjaa.springboard.showcase.domain.CreditMode;
import uk.org.ncjaa.springboard.showcase.domain.Work;
import uk.org.ncjaa.springboard.showcase.domain.WorkDetails;
import uk.org.ncjaa.springboard.showcase.domain.WorkKind;
import uk.org.ncjaa.springboard.showcase.domain.Works;
import uk.org.ncjaa.springboard.shared.SpringboardProperties;
import uk.org.ncjaa.springboard.taxonomy.TaxonomyApi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

/**
 * The showcase's feed and files as a web slice: the controller alone, the works a stand-in, no
 * database. Who may read them is the authorisation matrix's business, so the filters stay out.
 */
@WebMvcTest(controllers = ShowcaseController.class, properties = "springboard.base-url=https://springboard.example",
        excludeFilters = { @ComponentScan.Filter(type = FilterType.ASSIGNABLE_TYPE, classes = jakarta.servlet.Filter.class),
            @ComponentScan.Filter(type = FilterType.REGEX, pattern = ".*\\.ViewerDialect") })
@AutoConfigureMockMvc(addFilters = false)
@EnableConfigurationProperties(SpringboardProperties.class)
class ShowcaseControllerSliceTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 7);
    private static final Instant NOW = Instant.parse("2026-12-07T12:00:00Z");

    @Autowired
    MockMvcTester mvc;

    @MockitoBean
    Works works;

    @MockitoBean
    TaxonomyApi taxonomy;

    private static Work poem(String title, CreditMode credit, String name, String suffix) {
        Work work = new Work(new WorkDetails(WorkKind.TEXT, title, credit, name, false, false, "creative-writing", "adult-prison-women",
                "wales", 2026, "", "What I wanted to say.", "", "", null, "A line\nanother", true, false, false, null, true, false, false,
                false), new Work.Organisation(3, "inkwell", "Inkwell Writers"), 1, suffix, TODAY, NOW);
        work.publish(EnumSet.allOf(Check.class), TODAY, NOW);
        return work;
    }

    @Test
    void theFeedGivesEachWorkItsFullAddressAndCreditsOnlyAsTheMakerChose() {
        given(works.published()).willReturn(List.of(poem("Kettle", CreditMode.FIRST_NAME, "Ruth", "a1"),
                poem("Signing on", CreditMode.ANONYMOUS, "Ruth Example", "a2")));

        assertThat(mvc.get().uri("/showcase/feed")).hasStatusOk().hasContentTypeCompatibleWith("application/atom+xml").bodyText()
            .contains("<id>https://springboard.example/showcase/works/kettle-a1</id>")
            .contains("Writing by Ruth, Inkwell Writers, 2026. What I wanted to say.")
            .contains("Writing by Anonymous")
            .doesNotContain("Example");
    }

    @Test
    void aWithdrawnWorksFilesAreNotFoundAndNeverRead() {
        Work gone = poem("Gone", CreditMode.FIRST_NAME, "Ruth", "a3");
        gone.withdraw(NOW);
        given(works.bySlug("gone-a3")).willReturn(Optional.of(gone));
        given(works.today()).willReturn(TODAY);

        assertThat(mvc.get().uri("/showcase/works/gone-a3/320.jpg")).hasStatus(404);
        assertThat(mvc.get().uri("/showcase/works/gone-a3/recording")).hasStatus(404);
        verify(works, never()).image(any(), anyInt());
        verify(works, never()).audio(any());
    }

    @Test
    void aShownWorksPictureIsKeptByBrowsersForAMinuteOnly() {
        Work shown = poem("Shown", CreditMode.FIRST_NAME, "Ruth", "a4");
        given(works.bySlug("shown-a4")).willReturn(Optional.of(shown));
        given(works.today()).willReturn(TODAY);
        given(works.image(shown, 320)).willReturn(Optional.of(new ByteArrayResource(new byte[] { 1, 2, 3 })));

        assertThat(mvc.get().uri("/showcase/works/shown-a4/320.jpg")).hasStatusOk().hasContentType("image/jpeg")
            .hasHeader("Cache-Control", "max-age=60, public");
    }
}
