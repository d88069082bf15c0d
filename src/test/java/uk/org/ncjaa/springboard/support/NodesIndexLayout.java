package uk.org.ncjaa.springboard.support;

import org.hibernate.search.backend.elasticsearch.index.layout.IndexLayoutStrategy;

/**
 * The indexes the several-nodes test's processes share on the test JVM's OpenSearch node, under a
 * prefix of their own, so that they and the other test contexts on that node never see each other's.
 */
public class NodesIndexLayout implements IndexLayoutStrategy {

    private static final String PREFIX = "nodes-";

    @Override
    public String createInitialElasticsearchIndexName(String name) {
        return PREFIX + name + "-000001";
    }

    @Override
    public String createWriteAlias(String name) {
        return PREFIX + name + "-write";
    }

    @Override
    public String createReadAlias(String name) {
        return PREFIX + name + "-read";
    }

    @Override
    public String extractUniqueKeyFromElasticsearchIndexName(String indexName) {
        return indexName.substring(PREFIX.length()).replaceFirst("-\\d+$", "");
    }
}
