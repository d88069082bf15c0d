import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An open-loop load: requests start at a fixed rate whatever the server does, each address from the list in turn, and
 * each request's time runs from the moment it was due, not the moment it was sent. A closed-loop client (wrk, or hey
 * with -q, whose workers wait for each answer before the next) sends less while the server is slow, so the slow
 * moments hide themselves; here a backlog shows in the figures as it would to visitors.
 *
 * <pre>java bench/OpenLoop.java BASE LIST RATE SECONDS [WARMUP_SECONDS]</pre>
 *
 * Prints one line: "requests sent errors p50 p90 p99 max achieved_rate" (milliseconds). Only 127.0.0.1 is allowed,
 * and the run stops by itself: each request is given 10 s.
 */
public class OpenLoop {

    public static void main(String[] args) throws Exception {
        if (args.length < 4) {
            System.err.println("usage: java bench/OpenLoop.java BASE LIST RATE SECONDS [WARMUP_SECONDS]");
            System.exit(2);
        }
        String base = args[0];
        URI check = URI.create(base);
        if (!"127.0.0.1".equals(check.getHost())) {
            throw new IllegalArgumentException("load goes to 127.0.0.1 only, not " + check.getHost());
        }
        List<String> paths = Files.readAllLines(Path.of(args[1])).stream().filter(line -> !line.isBlank()).toList();
        double rate = Double.parseDouble(args[2]);
        int seconds = Integer.parseInt(args[3]);
        int warmup = args.length > 4 ? Integer.parseInt(args[4]) : 0;
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
        AtomicInteger next = new AtomicInteger();
        if (warmup > 0) {
            run(client, base, paths, next, rate, warmup);
        }
        Result result = run(client, base, paths, next, rate, seconds);
        List<Long> times = result.micros;
        Collections.sort(times);
        System.out.printf("%d %d %.1f %.1f %.1f %.1f %.1f%n", times.size(), result.errors, percentile(times, 50),
                percentile(times, 90), percentile(times, 99), times.isEmpty() ? 0.0 : times.get(times.size() - 1) / 1000.0,
                times.size() / (double) seconds);
    }

    private record Result(List<Long> micros, int errors) {
    }

    private static Result run(HttpClient client, String base, List<String> paths, AtomicInteger next, double rate, int seconds)
            throws InterruptedException {
        long count = Math.round(rate * seconds);
        long interval = Math.round(1_000_000_000L / rate);
        List<Long> micros = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger errors = new AtomicInteger();
        java.util.Map<String, Integer> reasons = new java.util.concurrent.ConcurrentSkipListMap<>();
        List<CompletableFuture<?>> pending = new ArrayList<>();
        long start = System.nanoTime();
        for (long i = 0; i < count; i++) {
            long due = start + i * interval;
            long wait = due - System.nanoTime();
            if (wait > 0) {
                TimeUnit.NANOSECONDS.sleep(wait);
            }
            String path = paths.get(Math.floorMod(next.getAndIncrement(), paths.size()));
            HttpRequest request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(10)).GET().build();
            pending.add(client.sendAsync(request, HttpResponse.BodyHandlers.discarding()).handle((response, failure) -> {
                long took = (System.nanoTime() - due) / 1000;
                if (failure != null || response.statusCode() >= 400) {
                    errors.incrementAndGet();
                    String why = failure != null ? rootCause(failure).getClass().getSimpleName() : "HTTP " + response.statusCode();
                    reasons.merge(why, 1, Integer::sum);
                } else {
                    micros.add(took);
                }
                return null;
            }));
        }
        CompletableFuture.allOf(pending.toArray(CompletableFuture[]::new)).handle((ignored, failure) -> null).join();
        if (!reasons.isEmpty()) {
            System.err.println("errors: " + reasons);
        }
        return new Result(new ArrayList<>(micros), errors.get());
    }

    private static Throwable rootCause(Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause;
    }

    private static double percentile(List<Long> sorted, int percent) {
        if (sorted.isEmpty()) {
            return 0;
        }
        int index = (int) Math.ceil(percent / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index))) / 1000.0;
    }

    private OpenLoop() {
    }

    static {
        // keep-alive connections are reused across the run: a new connection per request would measure the handshake
        System.setProperty("jdk.httpclient.keepalive.timeout", "60");
    }
}
