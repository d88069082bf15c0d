package uk.org.ncjaa.springboard.evidence.search;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import uk.org.ncjaa.springboard.directory.OrganisationEvidence;

/** The Evidence Library's entries about an organisation, for its directory listing. */
@Component
class EvidenceForDirectory implements OrganisationEvidence {

    private final EvidenceSearch search;

    EvidenceForDirectory(EvidenceSearch search) {
        this.search = search;
    }

    @Override
    public long count(String organisationName) {
        return search.search(query(organisationName)).total();
    }

    @Override
    public String href(String organisationName) {
        return "/evidence?org=" + URLEncoder.encode(organisationName, StandardCharsets.UTF_8);
    }

    private static EvidenceQuery query(String organisationName) {
        return new EvidenceQuery(null, Map.of(Facet.ORGANISATION, List.of(organisationName)), null, null, null, 1);
    }
}
