package uk.org.ncjaa.springboard.support;

import java.io.IOException;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;

import org.codelibs.opensearch.runner.OpenSearchRunner;

/**
 * One real OpenSearch node for the whole test JVM, started inside it the first time a test asks for it
 * and stopped when the JVM ends, on 127.0.0.1 and free ports. {@link #main} runs the same node on its own
 * for the benchmarks, which need one outside the tests.
 */
public final class TestOpenSearch {

    private static String url;

    private TestOpenSearch() {
    }

    /** The node's address, such as {@code http://127.0.0.1:40123}, starting it if need be. */
    public static synchronized String url() {
        if (url == null) {
            url = start();
        }
        return url;
    }

    /**
     * A node on its own, for as long as this process lives: {@code TestOpenSearch HTTP-PORT}, on 127.0.0.1.
     * It prints the line {@code OpenSearch ready} once it answers, and stops on SIGTERM.
     */
    public static void main(String[] args) throws InterruptedException {
        start(Integer.parseInt(args[0]));
        System.out.println("OpenSearch ready");
        Thread.currentThread().join();
    }

    private static String start() {
        return start(freePort());
    }

    private static String start(int http) {
        long started = System.nanoTime();
        int transport = freePort();
        Path home;
        try {
            home = Files.createTempDirectory("opensearch");
        }
        catch (IOException ex) {
            throw new IllegalStateException(ex);
        }
        // the node points System.out and System.err at its own logging, which it shuts down on close: everything
        // printed after that would be lost
        PrintStream out = System.out;
        PrintStream err = System.err;
        OpenSearchRunner runner = new OpenSearchRunner();
        // the runner refuses ports above 9299 unless told otherwise, and a free port is usually higher
        runner.setMaxHttpPort(-1);
        runner.onBuild((index, settings) -> settings
            .put("network.host", "127.0.0.1")
            .put("http.port", http)
            .put("transport.port", transport)
            // tests fill a disk that may be nearly full: never make the index read-only for that
            .put("cluster.routing.allocation.disk.threshold_enabled", false));
        try {
            runner.build(OpenSearchRunner.newConfigs().basePath(home.toString()).numOfNode(1).clusterName("springboard-test")
);
            runner.ensureYellow();
        }
        finally {
            System.setOut(out);
            System.setErr(err);
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                runner.close();
            }
            catch (IOException ex) {
                // the JVM is ending: the temporary folder goes below whether the node closed cleanly or not
            }
            runner.clean();
        }, "opensearch-stop"));
        System.out.printf("OpenSearch 2.19 started on 127.0.0.1:%d in %.1f s%n", http, (System.nanoTime() - started) / 1e9);
        return "http://127.0.0.1:" + http;
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
        catch (IOException ex) {
            throw new IllegalStateException(ex);
        }
    }
}
