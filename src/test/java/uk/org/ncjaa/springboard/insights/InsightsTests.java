package uk.org.ncjaa.springboard.insights;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import uk.org.ncjaa.springboard.accounts.Role;
import uk.org.ncjaa.springboard.support.SpringboardTest;
import uk.org.ncjaa.springboard.support.TestAccounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SpringboardTest
class InsightsTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestAccounts accounts;

    private RequestPostProcessor editor() {
        return accounts.create(Role.MEMBER, Role.EDITOR).login();
    }

    private RequestPostProcessor analyst() {
        return accounts.create(Role.MEMBER, Role.EQUALITY_ANALYST).login();
    }

    @Test
    void theDashboardDrawsEachFigureWithItsTableAndCsv() throws Exception {
        String html = mvc.perform(get("/admin/insights").param("from", "2004-01-01").param("to", "2004-12-31").with(editor()))
            .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        Document page = Jsoup.parse(html);
        assertThat(page.select("h2.period-heading").text()).isEqualTo("Showing 1 January 2004 to 31 December 2004");
        assertThat(page.select("section#network h3").eachText()).contains("Members joining and leaving, by month");
        // a chart is named by its title and described in words, and its table follows it
        var chart = page.selectFirst("#network-joined-left svg[role=img]");
        assertThat(chart).isNotNull();
        assertThat(chart.attr("aria-labelledby")).isEqualTo("chart-network-joined-left-title chart-network-joined-left-desc");
        assertThat(chart.select("desc").text()).startsWith("A line chart by month from Jan 2004 to Dec 2004");
        assertThat(page.select("#network-joined-left table tbody tr")).hasSize(12);
        assertThat(page.select("#network-joined-left a[href$=.csv?from=2004-01-01&to=2004-12-31], #network-joined-left a[href*=.csv]")
            .attr("href")).isEqualTo("/admin/insights/network/joined-left.csv?from=2004-01-01&to=2004-12-31");
        // special-category figures never reach the staff dashboard
        assertThat(page.select("section#representation")).isEmpty();
        assertThat(html).doesNotContain("Ethnic group");
    }

    @Test
    void aFigureDownloadsAsCsvWithEveryMonth() throws Exception {
        var response = mvc.perform(get("/admin/insights/network/joined-left.csv").param("from", "2004-03-01").param("to", "2004-05-31")
            .with(editor())).andExpect(status().isOk()).andReturn().getResponse();
        assertThat(response.getContentType()).startsWith("text/csv");
        assertThat(response.getHeader("Content-Disposition")).contains("network-joined-left-2004-03-01-to-2004-05-31.csv");
        assertThat(response.getContentAsString().split("\r\n")).containsExactly("\"Month\",\"Joined\",\"Left\",\"Net change\"",
                "\"Mar 2004\",0,0,0", "\"Apr 2004\",0,0,0", "\"May 2004\",0,0,0");
    }

    @Test
    void aPeriodThatIsNotOneIsRefusedWithTheInputKept() throws Exception {
        String html = mvc.perform(get("/admin/insights").param("from", "2004-13-45").param("to", "soon").with(editor()))
            .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        Document page = Jsoup.parse(html);
        assertThat(page.select(".error-summary li").eachText()).containsExactly(
                "The start of the period must be a date, such as 2026-04-01.", "The end of the period must be a date, such as 2026-04-01.");
        assertThat(page.select("#from").val()).isEqualTo("2004-13-45");
        assertThat(page.select("#to").val()).isEqualTo("soon");
        // the figures still show, for the last twelve months
        assertThat(page.select("section#network")).hasSize(1);

        html = mvc.perform(get("/admin/insights").param("from", "2005-01-01").param("to", "2004-01-01").with(editor()))
            .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(Jsoup.parse(html).select(".error-summary li").eachText())
            .containsExactly("The start of the period must not be after its end.");
        // odd bytes in a parameter are a date that is not one, not an error of the server
        mvc.perform(get("/admin/insights").param("from", "2004-01-01\u0000").with(editor())).andExpect(status().isOk());
    }

    @Test
    void unknownFiguresAndTheAnalystsFiguresAreNotFoundOnTheStaffSide() throws Exception {
        mvc.perform(get("/admin/insights/network/no-such-figure.csv").with(editor())).andExpect(status().isNotFound());
        mvc.perform(get("/admin/insights/representation/ethnicity.csv").with(editor())).andExpect(status().isNotFound());
        mvc.perform(get("/admin/equality/insights").with(editor())).andExpect(status().isForbidden());
    }

    @Test
    void theAnalystSeesRepresentationOnly() throws Exception {
        String html = mvc.perform(get("/admin/equality/insights").with(analyst())).andExpect(status().isOk()).andReturn().getResponse()
            .getContentAsString();
        Document page = Jsoup.parse(html);
        assertThat(page.select("main section[id]").eachAttr("id")).containsExactly("representation");
        assertThat(page.select("#representation h3").eachText()).contains("Ethnic group");
        mvc.perform(get("/admin/equality/insights/representation/ethnicity.csv").with(analyst())).andExpect(status().isOk());
        mvc.perform(get("/admin/insights").with(analyst())).andExpect(status().isForbidden());
    }

    @Test
    void theReportPackHoldsEveryFigureAsCsvAndAsAPdfWithItsMethod() throws Exception {
        byte[] zip = mvc.perform(get("/admin/insights/report.zip").param("from", "2004-01-01").param("to", "2004-03-31").with(editor()))
            .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        List<String> names = new ArrayList<>();
        String method = null;
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                names.add(entry.getName());
                if (entry.getName().equals("method.txt")) {
                    method = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
                }
            }
        }
        assertThat(names).contains("01-network-joined-left.csv", "method.txt");
        assertThat(names).noneMatch(name -> name.contains("representation"));
        assertThat(method).contains("Springboard figures, 1 January 2004 to 31 March 2004")
            .contains("01-network-joined-left.csv: Members joining and leaving, by month");

        byte[] pdf = mvc.perform(get("/admin/insights/report.pdf").param("from", "2004-01-01").param("to", "2004-03-31").with(editor()))
            .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Springboard figures, 1 January 2004 to 31 March 2004")
                .contains("Members joining and leaving, by month").contains("Jan 2004").contains("Net change");
        }
    }
}
