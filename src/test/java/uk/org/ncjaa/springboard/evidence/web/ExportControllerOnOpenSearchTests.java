package uk.org.ncjaa.springboard.evidence.web;

import uk.org.ncjaa.springboard.support.OnOpenSearch;

/** Exports of a whole search and the feeds of new entries, with the index on OpenSearch, as several nodes share it. */
@OnOpenSearch
class ExportControllerOnOpenSearchTests extends ExportControllerTests {
}
