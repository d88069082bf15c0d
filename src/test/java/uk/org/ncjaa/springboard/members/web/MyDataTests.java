package uk.org.ncjaa.springboard.members.web;

import java.io.StringReader;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import uk.org.ncjaa.springboard.support.SpringboardTest;
import uk.org.ncjaa.springboard.support.TestMail.Inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static uk.org.ncjaa.springboard.support.TestAccounts.fromOwnAddress;
import static uk.org.ncjaa.springboard.support.TestAccounts.uniqueEmail;

/** A member downloads all their data, as JSON and as CSV, and sees their own and nobody else's. */
@SpringboardTest
class MyDataTests {

    private static final String PASSWORD = "lantern orchard violet";

    @Autowired
    MockMvc mvc;

    @Autowired
    Inbox inbox;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theDownloadHoldsTheAccountTheProfileAndTheConsentLedger() throws Exception {
        String email = uniqueEmail("mydata");
        join(email, "=HYPERLINK(\"http://evil.example\")");
        join(uniqueEmail("someoneelse"), "Other Organisation");
        mvc.perform(get(Inbox.link(inbox.awaitOne(email, "Confirm your email"), "/verify")));
        var login = mvc.perform(post("/login").with(csrf()).param("email", email).param("password", PASSWORD))
            .andReturn().getRequest().getSession();

        mvc.perform(get("/account/data.json").session((org.springframework.mock.web.MockHttpSession) login))
            .andExpect(status().isOk())
            .andExpect(header().string("Content-Disposition", "attachment; filename=\"springboard-my-data.json\""))
            .andExpect(jsonPath("$.sections[0].title").value("Your account"))
            .andExpect(jsonPath("$.sections[0].records[0].email").value(email))
            .andExpect(jsonPath("$.sections[?(@.title == 'Your membership')].records[0].organisation")
                .value("=HYPERLINK(\"http://evil.example\")"))
            .andExpect(jsonPath("$.sections[?(@.title == 'Consents')].records.length()").value(3));

        String csv = mvc.perform(get("/account/data.csv").session((org.springframework.mock.web.MockHttpSession) login))
            .andExpect(status().isOk())
            .andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        List<CSVRecord> rows = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
            .parse(new StringReader(csv)).getRecords();
        assertThat(rows).anySatisfy(row -> {
            assertThat(row.get("section")).isEqualTo("Your membership");
            assertThat(row.get("field")).isEqualTo("organisation");
            assertThat(row.get("value")).as("a formula is made plain text").isEqualTo("'=HYPERLINK(\"http://evil.example\")");
        });
        assertThat(rows).anySatisfy(row -> assertThat(row.get("field")).isEqualTo("wording version"));
        assertThat(csv).as("nobody else's data").doesNotContain("Other Organisation").doesNotContain("someoneelse");
    }

    private void join(String email, String organisation) throws Exception {
        mvc.perform(post("/join").with(csrf()).with(fromOwnAddress()).param("name", "Data Person").param("email", email).param("password", PASSWORD)
            .param("organisation", organisation).param("privacy", "true").param("newsletter", "true"));
    }
}
