package uk.org.ncjaa.springboard.evidence.web;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.util.LinkedMultiValueMap;

import uk.org.ncjaa.springboard.evidence.search.EvidenceQuery;
import uk.org.ncjaa.springboard.evidence.search.Facet;

import static org.assertj.core.api.Assertions.assertThat;

class EvidenceControllerTests {

    @Test
    void csvCellsAreQuotedAndCannotRunAsFormulas() {
        assertThat(EvidenceController.csvCell("Self-esteem")).isEqualTo("\"Self-esteem\"");
        assertThat(EvidenceController.csvCell("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(EvidenceController.csvCell("=HYPERLINK(\"x\")")).startsWith("\"'=");
        assertThat(EvidenceController.csvCell("-1")).startsWith("\"'-");
    }

    @Test
    void readsASearchFromTheQueryStringAndExplainsWhatItIgnored() {
        LinkedMultiValueMap<String, String> params = new LinkedMultiValueMap<>();
        params.add("q", "  music  ");
        params.add("art", "music");
        params.add("art", "theatre");
        params.add("art", "<script>");
        params.add("from", "2020");
        params.add("to", "2010");
        params.add("sort", "strength");
        params.add("page", "2");
        List<String> notes = new ArrayList<>();
        EvidenceQuery query = EvidenceController.query(params, notes);
        assertThat(query.text()).isEqualTo("music");
        assertThat(query.filters().get(Facet.ART_FORM)).containsExactly("music", "theatre");
        assertThat(query.yearFrom()).isEqualTo(2010);
        assertThat(query.yearTo()).isEqualTo(2020);
        assertThat(query.sort()).isEqualTo(EvidenceQuery.Sort.STRENGTH);
        assertThat(query.page()).isEqualTo(2);
        assertThat(notes).containsExactly("The years were the wrong way round, so we swapped them.");
        assertThat(EvidenceController.filterQuery(params)).contains("q=++music++&").contains("art=music&art=theatre&")
            .doesNotContain("sort=").doesNotContain("page=");
    }
}
