package uk.org.ncjaa.springboard.evidence.search;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SearchBackendTests {

    private static Map<String, Object> luceneSettings() {
        Map<String, Object> properties = new HashMap<>();
        properties.put("hibernate.search.backend.directory.root", "data/index");
        properties.put("hibernate.search.backend.directory.type", "local-heap");
        properties.put("hibernate.search.backend.io.writer.ram_buffer_size", "64");
        properties.put("hibernate.search.backend.analysis.configurer", "constructor:" + SearchAnalysis.class.getName());
        properties.put("hibernate.search.indexing.plan.synchronization.strategy", "read-sync");
        properties.put("hibernate.jdbc.batch_size", "50");
        return properties;
    }

    @Test
    void withoutAUrlTheLocalLuceneIndexIsKeptAsConfigured() {
        Map<String, Object> properties = luceneSettings();
        SearchBackend.shared(properties, "", "opensearch:2.19");
        Map<String, Object> expected = luceneSettings();
        expected.put("hibernate.search.backend.type", "lucene");
        assertThat(properties).isEqualTo(expected);
    }

    @Test
    void aUrlSharesTheIndexOnThatServerThroughTheOutboxWithoutTheLuceneSettings() {
        Map<String, Object> properties = luceneSettings();
        SearchBackend.shared(properties, "https://search:secret@search.example.org/springboard/", "opensearch:2.19");
        assertThat(properties).doesNotContainKeys("hibernate.search.backend.directory.root", "hibernate.search.backend.directory.type",
                "hibernate.search.backend.io.writer.ram_buffer_size", "hibernate.search.indexing.plan.synchronization.strategy")
            .containsEntry("hibernate.search.backend.type", "elasticsearch")
            .containsEntry("hibernate.search.backend.hosts", "search.example.org:443")
            .containsEntry("hibernate.search.backend.protocol", "https")
            .containsEntry("hibernate.search.backend.path_prefix", "springboard")
            .containsEntry("hibernate.search.backend.username", "search")
            .containsEntry("hibernate.search.backend.password", "secret")
            .containsEntry("hibernate.search.backend.version", "opensearch:2.19")
            .containsEntry("hibernate.search.backend.version_check.enabled", "false")
            .containsEntry("hibernate.search.backend.analysis.configurer", "constructor:" + SharedSearchAnalysis.class.getName())
            .containsEntry("hibernate.search.coordination.strategy", "outbox-polling")
            .containsEntry("hibernate.jdbc.batch_size", "50");
    }

    @Test
    void aCoordinationChosenOutrightIsKeptWithItsSynchronization() {
        Map<String, Object> properties = luceneSettings();
        properties.put("hibernate.search.coordination.strategy", "none");
        SearchBackend.shared(properties, "http://127.0.0.1:9200", "opensearch:2.19");
        assertThat(properties).containsEntry("hibernate.search.coordination.strategy", "none")
            .containsEntry("hibernate.search.indexing.plan.synchronization.strategy", "read-sync")
            .containsEntry("hibernate.search.backend.hosts", "127.0.0.1:9200")
            .containsEntry("hibernate.search.backend.protocol", "http")
            .doesNotContainKeys("hibernate.search.backend.path_prefix", "hibernate.search.backend.username");
    }

    @Test
    void aUrlWithoutSchemeOrHostIsRefused() {
        assertThatThrownBy(() -> SearchBackend.shared(new HashMap<>(), "search.example.org:9200", "opensearch:2.19"))
            .isInstanceOf(IllegalArgumentException.class);
    }
}
