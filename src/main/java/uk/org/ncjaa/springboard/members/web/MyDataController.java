package uk.org.ncjaa.springboard.members.web;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

import uk.org.ncjaa.springboard.accounts.security.AccountUser;
import uk.org.ncjaa.springboard.shared.Csv;
import uk.org.ncjaa.springboard.shared.PersonalData;

/** Everything the platform holds about a member, for them to download as JSON or CSV. */
@Controller
class MyDataController {

    private final List<PersonalData> parts;
    private final Clock clock;
    private final uk.org.ncjaa.springboard.accounts.AccountsApi accounts;

    MyDataController(List<PersonalData> parts, Clock clock, uk.org.ncjaa.springboard.accounts.AccountsApi accounts) {
        this.parts = parts;
        this.clock = clock;
        this.accounts = accounts;
    }

    @GetMapping("/account/data")
    String page() {
        return "members/data";
    }

    @GetMapping("/account/data.json")
    ResponseEntity<Map<String, Object>> json(@AuthenticationPrincipal AccountUser user) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("generated", clock.instant().toString());
        List<Map<String, Object>> sections = new ArrayList<>();
        for (PersonalData.Section section : sections(user.id())) {
            Map<String, Object> part = new LinkedHashMap<>();
            part.put("title", section.title());
            part.put("records", section.rows());
            sections.add(part);
        }
        data.put("sections", sections);
        return ResponseEntity.ok().header(HttpHeaders.CONTENT_DISPOSITION, attachment("springboard-my-data.json"))
            .header(HttpHeaders.CACHE_CONTROL, "no-store").contentType(MediaType.APPLICATION_JSON).body(data);
    }

    /** One line per value: the section, the record's number within it, the field and the value. */
    @GetMapping("/account/data.csv")
    ResponseEntity<byte[]> csv(@AuthenticationPrincipal AccountUser user, jakarta.servlet.http.HttpServletRequest request) {
        // the person's own data, but logged like every CSV of personal data: a stolen session could take it too
        accounts.recordPersonalDataExported(user.id(), user.id(), "The account's own data, as CSV", request.getRemoteAddr());
        StringBuilder out = new StringBuilder("section,record,field,value\r\n");
        for (PersonalData.Section section : sections(user.id())) {
            int number = 0;
            for (Map<String, String> row : section.rows()) {
                number++;
                for (Map.Entry<String, String> value : row.entrySet()) {
                    out.append(Csv.cell(section.title())).append(',').append(number).append(',').append(Csv.cell(value.getKey()))
                        .append(',').append(Csv.cell(value.getValue())).append("\r\n");
                }
            }
        }
        return ResponseEntity.ok().header(HttpHeaders.CONTENT_DISPOSITION, attachment("springboard-my-data.csv"))
            .header(HttpHeaders.CACHE_CONTROL, "no-store").contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
            .body(out.toString().getBytes(StandardCharsets.UTF_8));
    }

    private List<PersonalData.Section> sections(long accountId) {
        List<PersonalData.Section> sections = new ArrayList<>();
        parts.forEach(part -> sections.addAll(part.about(accountId)));
        return sections;
    }

    private static String attachment(String filename) {
        return ContentDisposition.attachment().filename(filename).build().toString();
    }
}
