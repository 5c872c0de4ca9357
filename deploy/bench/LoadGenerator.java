import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Small HTTP load generator for deploy/bench/bench.sh (wrk2 is not in Debian). Run with {@code java LoadGenerator.java}.
 *
 * <pre>
 *   open  URL TOKEN BODYFILE RATE SECONDS   open model: requests start at a fixed arrival rate whatever the answers
 *                                           take; latency counted from the intended start (no coordinated omission)
 *   closed URL TOKEN BODYFILE CONCURRENCY SECONDS   closed model: N requests in flight, as fast as the server goes
 * </pre>
 * POSTs BODYFILE as JSON with "Authorization: Bearer TOKEN"; "${seq}" in it becomes a per-request number and
 * "${date}" a per-request date, so each request is another person (as in real life, not one person referred again
 * and again). Prints one line of key=value figures
 * (sent, ok, failed, statuses, throughput, p50/p90/p99/max in ms of all answers, and p50/p99 of the 2xx answers
 * alone: under overload the gateway refuses the excess at once with 503, which the overall figures mix in).
 */
public class LoadGenerator {
    public static void main(String[] args) throws Exception {
        if (args.length != 6) {
            System.err.println("usage: java LoadGenerator.java open|closed URL TOKEN BODYFILE RATE|CONCURRENCY SECONDS");
            System.exit(2);
        }
        String mode = args[0];
        URI uri = URI.create(args[1]);
        String token = args[2];
        String body = Files.readString(Path.of(args[3]));
        int n = Integer.parseInt(args[4]);
        int seconds = Integer.parseInt(args[5]);
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).executor(Executors.newFixedThreadPool(4)).build();
        Requests request = new Requests(uri, token, body);
        // warm-up: a few requests so the first connections and JIT do not dominate
        int warmupOk = 0;
        for (int i = 0; i < 20; i++) {
            int status = http.send(request.next(), HttpResponse.BodyHandlers.discarding()).statusCode();
            warmupOk += status >= 200 && status < 300 ? 1 : 0;
        }
        Recorder rec = new Recorder(seconds * Math.max(n, 100) * 2);
        long t0 = System.nanoTime();
        if (mode.equals("open")) {
            open(http, request, n, seconds, rec);
        } else {
            closed(http, request, n, seconds, rec);
        }
        double elapsed = (System.nanoTime() - t0) / 1e9;
        rec.print(mode, n, elapsed);
        System.out.printf("warmup_ok=%d%n", warmupOk);
        System.exit(0);
    }

    static void open(HttpClient http, Requests request, int rate, int seconds, Recorder rec) throws Exception {
        long total = (long) rate * seconds;
        long intervalNanos = 1_000_000_000L / rate;
        CountDownLatch done = new CountDownLatch((int) total);
        long start = System.nanoTime();
        for (long i = 0; i < total; i++) {
            long intended = start + i * intervalNanos;
            long wait = intended - System.nanoTime();
            if (wait > 0) {
                TimeUnit.NANOSECONDS.sleep(wait);
            }
            http.sendAsync(request.next(), HttpResponse.BodyHandlers.discarding()).whenComplete((r, e) -> {
                rec.record(intended, r == null ? -1 : r.statusCode());
                done.countDown();
            });
        }
        done.await(60, TimeUnit.SECONDS);
    }

    static void closed(HttpClient http, Requests request, int concurrency, int seconds, Recorder rec)
            throws Exception {
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        Semaphore inFlight = new Semaphore(concurrency);
        while (System.nanoTime() < end) {
            inFlight.acquire();
            long started = System.nanoTime();
            http.sendAsync(request.next(), HttpResponse.BodyHandlers.discarding()).whenComplete((r, e) -> {
                rec.record(started, r == null ? -1 : r.statusCode());
                inFlight.release();
            });
        }
        inFlight.acquire(concurrency);
    }

    /** The POST requests, each with its own sequence number and date. */
    record Requests(URI uri, String token, String body) {
        static final AtomicLong SEQ = new AtomicLong(System.currentTimeMillis() % 1_000_000_000L);

        HttpRequest next() {
            long n = SEQ.incrementAndGet();
            String b = body.replace("${seq}", Long.toString(n))
                    .replace("${date}", java.time.LocalDate.of(1940, 1, 1).plusDays(n % 25_000).toString())
                    // a child born on one fixed day in every referral would make same-person detection compare each
                    // new child with all earlier ones: spread the children's birthdays as real ones are
                    .replace("${childDate}", java.time.LocalDate.of(2005, 1, 1).plusDays((n * 7) % 6_000).toString());
            return HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30))
                    .header("Content-Type", "application/json").header("Authorization", "Bearer " + token)
                    .POST(HttpRequest.BodyPublishers.ofString(b)).build();
        }
    }

    /** Latencies in microseconds and status counts. */
    static final class Recorder {
        private final long[] micros;
        private final long[] okMicros;
        private final AtomicInteger okCount = new AtomicInteger();
        private final AtomicInteger count = new AtomicInteger();
        private final AtomicLong ok = new AtomicLong();
        private final ConcurrentHashMap<Integer, Integer> statuses = new ConcurrentHashMap<>();

        Recorder(int capacity) {
            micros = new long[capacity];
            okMicros = new long[capacity];
        }

        void record(long startNanos, int status) {
            long us = (System.nanoTime() - startNanos) / 1000;
            int i = count.getAndIncrement();
            if (i < micros.length) {
                micros[i] = us;
            }
            if (status >= 200 && status < 300) {
                ok.incrementAndGet();
                int j = okCount.getAndIncrement();
                if (j < okMicros.length) {
                    okMicros[j] = us;
                }
            }
            statuses.merge(status, 1, Integer::sum);
        }

        void print(String mode, int n, double elapsed) {
            int c = Math.min(count.get(), micros.length);
            long[] sorted = Arrays.copyOf(micros, c);
            Arrays.sort(sorted);
            long[] okSorted = Arrays.copyOf(okMicros, Math.min(okCount.get(), okMicros.length));
            Arrays.sort(okSorted);
            System.out.printf("mode=%s n=%d sent=%d ok=%d failed=%d statuses=%s seconds=%.1f throughput=%.1f"
                    + " p50_ms=%.1f p90_ms=%.1f p99_ms=%.1f max_ms=%.1f ok_p50_ms=%.1f ok_p99_ms=%.1f%n", mode, n, c,
                    ok.get(), c - ok.get(), statuses.toString().replace(" ", ""), elapsed, ok.get() / elapsed, pct(sorted, 50), pct(sorted, 90),
                    pct(sorted, 99), c == 0 ? 0 : sorted[c - 1] / 1000.0, pct(okSorted, 50), pct(okSorted, 99));
        }

        private static double pct(long[] sorted, double p) {
            if (sorted.length == 0) {
                return 0;
            }
            int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
            return sorted[Math.max(0, Math.min(i, sorted.length - 1))] / 1000.0;
        }
    }
}
