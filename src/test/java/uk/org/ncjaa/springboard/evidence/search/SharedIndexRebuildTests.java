package uk.org.ncjaa.springboard.evidence.search;

import java.io.StringReader;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import uk.org.ncjaa.springboard.evidence.imports.EvidenceImport;
import uk.org.ncjaa.springboard.support.OnOpenSearch;
import uk.org.ncjaa.springboard.support.SpringboardTest;

import static org.assertj.core.api.Assertions.assertThat;

/** Nodes sharing one index rebuild it one at a time: the second to find it behind waits and finds it complete. */
@SpringboardTest
@OnOpenSearch
class SharedIndexRebuildTests {

    @Autowired
    SearchIndex index;

    @Autowired
    EvidenceImport importer;

    @Autowired
    EvidenceSearch search;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void twoNodesFindingTheSharedIndexBehindRebuildItOnce() throws Exception {
        String word = "zqrebuild" + Long.toHexString(System.nanoTime());
        importer.run(new StringReader("title\tyear\nA study of " + word + "\t2020\n"), true);
        // as after a new mapping: every node that starts finds the index behind
        jdbc.update("update search_index_state set mapping_version = mapping_version - 1 where index_name = 'evidence'");
        ExecutorService nodes = Executors.newFixedThreadPool(2);
        try {
            CountDownLatch ready = new CountDownLatch(2);
            Callable<Boolean> start = () -> {
                ready.countDown();
                ready.await();
                return index.rebuildIfBehind();
            };
            List<Future<Boolean>> starts = List.of(nodes.submit(start), nodes.submit(start));
            assertThat(List.of(starts.get(0).get(), starts.get(1).get())).as("rebuilt by one of them").containsExactlyInAnyOrder(true, false);
        }
        finally {
            nodes.shutdownNow();
        }
        assertThat(search.search(new EvidenceQuery(word, Map.of(), null, null, null, 1)).total()).isEqualTo(1);
    }
}
