package uk.org.ncjaa.springboard.evidence.api;

import uk.org.ncjaa.springboard.support.OnOpenSearch;

/** The open-data API's searches, facets and exports with the index on OpenSearch, as several nodes share it. */
@OnOpenSearch
class EvidenceApiControllerOnOpenSearchTests extends EvidenceApiControllerTests {
}
