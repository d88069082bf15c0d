package uk.org.ncjaa.springboard.support;

import java.io.IOException;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Assumptions;

/**
 * nginx on 127.0.0.1 sending requests to the nodes in turn (round robin), as a load balancer
 * would. Outside CI, a machine without nginx skips the tests that need it and says so; in CI that
 * is a failure.
 */
public final class Nginx implements AutoCloseable {

    private static final Path NGINX = Path.of(System.getProperty("springboard.nginx", "/usr/sbin/nginx"));

    private final int port;
    private final Process process;

    private Nginx(int port, Process process) {
        this.port = port;
        this.process = process;
    }

    public static Nginx roundRobin(Path work, List<Integer> upstreams) throws IOException {
        if (!Files.isExecutable(NGINX)) {
            String message = "nginx is needed to put several nodes behind one address: apt-get install nginx-light";
            if (System.getenv("CI") != null) {
                throw new IllegalStateException(message);
            }
            Assumptions.abort(message + " (skipped outside CI)");
        }
        int port = NodeProcess.freePort();
        Path prefix = Files.createDirectories(work.resolve("nginx"));
        Files.createDirectories(prefix.resolve("logs"));
        String servers = upstreams.stream().map(p -> "    server 127.0.0.1:" + p + ";").collect(Collectors.joining("\n"));
        Path conf = Files.writeString(prefix.resolve("nginx.conf"), """
                worker_processes 1;
                error_log %1$s/logs/error.log warn;
                pid %1$s/nginx.pid;
                events { worker_connections 256; }
                http {
                  access_log off;
                  client_body_temp_path %1$s/body;
                  proxy_temp_path %1$s/proxy;
                  fastcgi_temp_path %1$s/fastcgi;
                  uwsgi_temp_path %1$s/uwsgi;
                  scgi_temp_path %1$s/scgi;
                  client_max_body_size 30m;
                  # bodies and answers pass in memory: nothing is written where the worker's user may not write
                  client_body_buffer_size 30m;
                  proxy_buffering off;
                  upstream nodes {
                %2$s
                  }
                  server {
                    listen 127.0.0.1:%3$d;
                    location / {
                      proxy_pass http://nodes;
                      proxy_set_header Host $http_host;
                      proxy_http_version 1.1;
                      proxy_set_header Connection "";
                      # as a load balancer does: a node that refuses a connection is left out for a while, and a
                      # request that never reached it goes to the next (a form sent is never sent twice)
                      proxy_next_upstream error timeout;
                    }
                  }
                }
                """.formatted(prefix, servers, port));
        Process process = new ProcessBuilder(NGINX.toString(), "-p", prefix.toString(), "-c", conf.toString(), "-g", "daemon off;")
            .redirectErrorStream(true).redirectOutput(prefix.resolve("logs/stdout.log").toFile()).start();
        Awaitility.await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(50)).until(() -> {
            if (!process.isAlive()) {
                throw new IllegalStateException("nginx stopped: " + Files.readString(prefix.resolve("logs/stdout.log")));
            }
            try (Socket socket = new Socket("127.0.0.1", port)) {
                return true;
            }
            catch (IOException ex) {
                return false;
            }
        });
        return new Nginx(port, process);
    }

    public int port() {
        return port;
    }

    public String base() {
        return "http://127.0.0.1:" + port;
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        process.waitFor();
    }
}
