package uk.org.ncjaa.springboard.support;

/** The indexes the several-nodes test's processes share on the test JVM's OpenSearch node. */
public class NodesIndexLayout extends PrefixedIndexLayout {

    public NodesIndexLayout() {
        super("nodes-");
    }
}
