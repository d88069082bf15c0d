package uk.org.ncjaa.springboard.support;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import uk.org.ncjaa.springboard.SpringboardApplication;

/**
 * Springboard as a process of its own, on the test classes' classpath, bound to 127.0.0.1, with
 * its own data directory and log. Stopped with SIGKILL when the test says so, or at close.
 */
public final class NodeProcess implements AutoCloseable {

    private final String name;
    private final int port;
    private final Path log;
    private final Process process;

    private NodeProcess(String name, int port, Path log, Process process) {
        this.name = name;
        this.port = port;
        this.log = log;
        this.process = process;
    }

    /** Starts a node on the test's own database; {@code settings} are more {@code --name=value} arguments. */
    public static NodeProcess start(String name, OwnDatabase database, List<String> settings) throws IOException {
        return start(name, database.url(), database.username(), database.password(), database.work(), settings);
    }

    /** Starts a node on a database the caller made; {@code settings} are more {@code --name=value} arguments. */
    public static NodeProcess start(String name, String jdbcUrl, String username, String password, Path work, List<String> settings)
            throws IOException {
        int port = freePort();
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
                SpringboardApplication.class.getName(),
                "--springboard.db.url=" + jdbcUrl, "--springboard.db.username=" + username,
                "--springboard.db.password=" + (password == null ? "" : password),
                "--springboard.db.fresh=false", "--springboard.demo.enabled=false",
                "--server.address=127.0.0.1", "--server.port=" + port,
                "--springboard.data-dir=" + work.resolve(name), "--springboard.jobs.polling-interval=1s"));
        command.addAll(settings);
        Files.createDirectories(work);
        Path log = work.resolve(name + ".log");
        File file = log.toFile();
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(file).start();
        return new NodeProcess(name, port, log, process);
    }

    public int port() {
        return port;
    }

    public String base() {
        return "http://127.0.0.1:" + port;
    }

    public String name() {
        return name;
    }

    /** Whether the node answers its health check (and is still running). */
    public boolean up(HttpClient http) {
        if (!process.isAlive()) {
            throw new IllegalStateException("Node " + name + " stopped while starting:\n" + tail(60));
        }
        try {
            HttpResponse<String> health = http.send(HttpRequest.newBuilder(URI.create(base() + "/actuator/health"))
                .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
            return health.statusCode() == 200;
        }
        catch (IOException ex) {
            return false;
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** What the node wrote so far. */
    public String output() {
        try {
            return Files.readString(log);
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    public String tail(int lines) {
        List<String> all = output().lines().toList();
        return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
    }

    /** SIGKILL: no shutdown hook runs, nothing in hand is finished. */
    public void kill() throws InterruptedException {
        process.destroyForcibly().waitFor();
    }

    @Override
    public void close() throws InterruptedException {
        kill();
    }

    public static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
