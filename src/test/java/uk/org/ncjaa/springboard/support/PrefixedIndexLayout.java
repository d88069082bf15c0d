package uk.org.ncjaa.springboard.support;

import org.hibernate.search.backend.elasticsearch.index.layout.IndexLayoutStrategy;

/**
 * Hibernate Search's simple layout ({@code name-000001}, {@code name-read}, {@code name-write}) under a
 * prefix, so that test contexts sharing the test JVM's OpenSearch node never see each other's indexes.
 * Hibernate Search makes it from its class name: each prefix is a subclass.
 */
public abstract class PrefixedIndexLayout implements IndexLayoutStrategy {

    private final String prefix;

    protected PrefixedIndexLayout(String prefix) {
        this.prefix = prefix;
    }

    @Override
    public String createInitialElasticsearchIndexName(String name) {
        return prefix + name + "-000001";
    }

    @Override
    public String createWriteAlias(String name) {
        return prefix + name + "-write";
    }

    @Override
    public String createReadAlias(String name) {
        return prefix + name + "-read";
    }

    @Override
    public String extractUniqueKeyFromElasticsearchIndexName(String indexName) {
        return indexName.substring(prefix.length()).replaceFirst("-\\d+$", "");
    }
}
