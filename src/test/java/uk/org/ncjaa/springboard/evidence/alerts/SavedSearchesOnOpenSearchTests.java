package uk.org.ncjaa.springboard.evidence.alerts;

import uk.org.ncjaa.springboard.support.OnOpenSearch;

/** Saved searches and their alerts of new entries, with the index on OpenSearch, as several nodes share it. */
@OnOpenSearch
class SavedSearchesOnOpenSearchTests extends SavedSearchesTests {
}
