package uk.org.ncjaa.springboard.evidence.search;

import uk.org.ncjaa.springboard.support.OnOpenSearch;

/** The same tests with the index on OpenSearch, as several nodes share it. */
@OnOpenSearch
class LuceneSearchOnOpenSearchTests extends LuceneSearchTests {
}
