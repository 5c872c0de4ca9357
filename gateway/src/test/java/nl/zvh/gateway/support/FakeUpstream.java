package nl.zvh.gateway.support;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.net.ServerSocket;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A tiny stand-in for a programme service on a free port, configured as the intake service. Every request is
 * answered with a JSON echo of what arrived ({@code method}, {@code uri}, {@code headers}, {@code bodyLength},
 * {@code body}); {@code /api/slow} never answers; {@code /q/*} is 404 there, as on a real service. Its management
 * interface, on a second free port, serves {@code /q/openapi}. The triage route and management address point at ports
 * nobody listens on.
 */
public class FakeUpstream implements QuarkusTestResourceLifecycleManager {

    /** Requests that reached the fake service's main port under /q (must stay 0: the gateway never proxies /q). */
    public static final AtomicInteger MANAGEMENT_HITS = new AtomicInteger();
    /** Requests to /api/hold that arrived and wait for {@link #releaseHeld()}. */
    public static final java.util.Queue<HttpServerRequest> HELD = new java.util.concurrent.ConcurrentLinkedQueue<>();
    /** Every request to /api/hold that ever reached the fake service. */
    public static final AtomicInteger HOLD_ARRIVALS = new AtomicInteger();

    /** Answers every held request 200. */
    public static void releaseHeld() {
        for (HttpServerRequest held; (held = HELD.poll()) != null;) {
            held.response().end("released");
        }
    }

    private Vertx vertx;

    @Override
    public Map<String, String> start() {
        vertx = Vertx.vertx();
        HttpServer server = vertx.createHttpServer().requestHandler(FakeUpstream::handle);
        HttpServer management = vertx.createHttpServer().requestHandler(FakeUpstream::handleManagement);
        try {
            server.listen(0, "127.0.0.1").toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
            management.listen(0, "127.0.0.1").toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
            return Map.of("gateway.routes.intake", "http://127.0.0.1:" + server.actualPort(), "gateway.routes.triage",
                    "http://127.0.0.1:" + closedPort(), "gateway.management.intake",
                    "http://127.0.0.1:" + management.actualPort(), "gateway.management.triage",
                    "http://127.0.0.1:" + closedPort());
        } catch (Exception e) {
            throw new IllegalStateException("fake upstream did not start", e);
        }
    }

    private static void handleManagement(HttpServerRequest request) {
        if (request.path().equals("/q/openapi")) {
            request.response().putHeader("Content-Type", "application/json").end(new JsonObject()
                    .put("openapi", "3.1.0").put("info", new JsonObject().put("title", "intake-service")).encode());
            return;
        }
        request.response().setStatusCode(404).end();
    }

    /** The headers of the fan-out calls (audit searches) the fake services received, newest last. */
    public static final java.util.Queue<Map<String, String>> AUDIT_CALLS = new java.util.concurrent.ConcurrentLinkedQueue<>();

    private static void handle(HttpServerRequest request) {
        if (request.path().equals("/api/audit")) {
            Map<String, String> seen = new java.util.HashMap<>();
            for (String name : List.of("Authorization", "X-Correlation-Id", "traceparent")) {
                if (request.getHeader(name) != null) {
                    seen.put(name, request.getHeader(name));
                }
            }
            AUDIT_CALLS.add(seen);
        }
        if (request.path().equals("/q") || request.path().startsWith("/q/")) {
            MANAGEMENT_HITS.incrementAndGet();
            request.response().setStatusCode(404).end();
            return;
        }
        if (request.path().equals("/api/hold")) {
            HOLD_ARRIVALS.incrementAndGet();
            HELD.add(request);
            return;
        }
        if (request.path().equals("/api/slow")) {
            return; // never answers: the gateway must give up with 504
        }
        if (request.path().equals("/api/problem")) { // a service refusing: problem+json
            request.response().setStatusCode(404).putHeader("Content-Type", "application/problem+json")
                    .end(new JsonObject().put("status", 404).put("title", "Not Found")
                            .put("detail", "Referral 42 not found").encode());
            return;
        }
        if (request.path().equals("/api/created")) { // RESTEasy makes a relative Location absolute on its own host
            request.response().setStatusCode(201)
                    .putHeader("Location", "http://127.0.0.1:" + request.localAddress().port() + "/api/referrals/42")
                    .end();
            return;
        }
        if (request.path().equals("/api/moved")) { // a redirect already under the gateway prefix
            request.response().setStatusCode(303).putHeader("Location", "/intake/ui/referrals/42").end();
            return;
        }
        if (request.path().equals("/api/elsewhere")) { // a link to another site stays as it is
            request.response().setStatusCode(303).putHeader("Location", "https://example.org/help").end();
            return;
        }
        if (request.path().equals("/api/subject")) { // data-subject export: one record of the person asked for
            request.response().putHeader("Content-Type", "application/json").end(new JsonObject()
                    .put("service", "intake-service").put("bsn", request.getParam("bsn"))
                    .put("records", new io.vertx.core.json.JsonArray().add(new JsonObject()
                            .put("recordType", "referral-person").put("lastName", "Berg")
                            .put("bsn", request.getParam("bsn"))
                            .put("tokenForwarded", request.getHeader("Authorization") != null)
                            .put("stage", request.getParam("stage"))
                            .put("withheld", new io.vertx.core.json.JsonArray().add(new JsonObject()
                                    .put("item", "familiarity-answer").put("about", "Politie Zeeland-West-Brabant")
                                    .put("ground", "STRICTLY_CONFIDENTIAL")))))
                    .encode());
            return;
        }
        if (request.path().equals("/api/audit")) { // the privacy officer's audit search: AUDIT_ROWS entries
            request.response().putHeader("Content-Type", "application/json").end(auditRows().encode());
            return;
        }
        if (request.path().equals("/api/audit/verify")) {
            request.response().putHeader("Content-Type", "application/json")
                    .end(new JsonObject().put("valid", true).put("rows", AUDIT_ROWS).encode());
            return;
        }
        if (request.path().equals("/api/break-glass")) {
            request.response().putHeader("Content-Type", "application/json").end(grants().encode());
            return;
        }
        if (request.path().equals("/api/break-glass/" + REVIEWED_GRANT + "/review")) {
            request.body().onSuccess(body -> review(request, new JsonObject(body.toString())));
            return;
        }
        request.body().onSuccess(body -> {
            JsonObject headers = new JsonObject();
            request.headers().forEach(h -> headers.put(h.getKey().toLowerCase(), h.getValue()));
            JsonObject echo = new JsonObject().put("method", request.method().name()).put("uri", request.uri())
                    .put("headers", headers).put("bodyLength", body.length())
                    .put("body", body.length() <= 1024 ? body.toString() : null);
            request.response().putHeader("Content-Type", "application/json").putHeader("X-Frame-Options", "SAMEORIGIN")
                    .putHeader("X-Upstream", "fake-intake").end(echo.encode());
        });
    }

    /** When set, the service also holds a grant of nine days ago that nobody reviewed (overdue). */
    public static volatile boolean overdueGrant;

    /** The service's grants, taken a few hours and a day ago (so never overdue, whenever the tests run). */
    private static io.vertx.core.json.JsonArray grants() {
        java.time.Instant now = java.time.Instant.now();
        io.vertx.core.json.JsonArray grants = new io.vertx.core.json.JsonArray()
                .add(new JsonObject().put("id", "g-1").put("userName", "woonkwartier-process-director")
                        .put("organisation", "Woonkwartier").put("resourceType", "coveca-case").put("resourceId", "c-1")
                        .put("reason", "Crisis: acuut overleg")
                        .put("grantedAt", now.minus(java.time.Duration.ofHours(3)).toString())
                        .put("expiresAt", now.minus(java.time.Duration.ofHours(1)).toString()).put("active", false))
                .add(reviewedGrant(now.minus(java.time.Duration.ofDays(1))));
        if (overdueGrant) {
            grants.add(new JsonObject().put("id", "g-old").put("userName", "woonkwartier-process-director")
                    .put("organisation", "Woonkwartier").put("resourceType", "coveca-case").put("resourceId", "c-3")
                    .put("reason", "Crisis: acuut overleg met de wijkagent")
                    .put("grantedAt", now.minus(java.time.Duration.ofDays(9)).toString())
                    .put("expiresAt",
                            now.minus(java.time.Duration.ofDays(9)).plus(java.time.Duration.ofHours(8)).toString())
                    .put("active", false));
        }
        return grants;
    }

    /** The grant a privacy officer reviews in the gateway's tests; its review as the fake service recorded it. */
    public static final String REVIEWED_GRANT = "g-review";
    /** The review the fake service received for {@link #REVIEWED_GRANT} (null: none yet). */
    public static volatile JsonObject review;

    private static JsonObject reviewedGrant(java.time.Instant granted) {
        JsonObject grant = new JsonObject().put("id", REVIEWED_GRANT).put("userName", "politie-process-director")
                .put("userDisplayName", "Petra Jansen").put("organisation", "Politie Zeeland-West-Brabant")
                .put("resourceType", "coveca-case").put("resourceId", "c-2")
                .put("reason", "Melding van acuut geweld in de woning").put("grantedAt", granted.toString())
                .put("expiresAt", granted.plus(java.time.Duration.ofHours(4)).toString()).put("active", false);
        return review == null ? grant : grant.put("review", review);
    }

    /** Records a review like a service: a verdict is needed, a second review is refused with 409. */
    private static void review(HttpServerRequest request, JsonObject body) {
        if (review != null) {
            request.response().setStatusCode(409).putHeader("Content-Type", "application/problem+json")
                    .end(new JsonObject().put("status", 409).put("title", "Conflict").encode());
            return;
        }
        if (body.getString("verdict") == null) {
            request.response().setStatusCode(400).putHeader("Content-Type", "application/problem+json")
                    .end(new JsonObject().put("status", 400)
                            .put("errors",
                                    new io.vertx.core.json.JsonArray()
                                            .add(new JsonObject().put("field", "verdict").put("message", "required")))
                            .encode());
            return;
        }
        review = new JsonObject().put("verdict", body.getString("verdict")).put("note", body.getString("note"))
                .put("reviewerName", "fg").put("reviewedAt", "2026-12-06T15:00:00Z")
                .put("tokenForwarded", request.getHeader("Authorization") != null);
        request.response().putHeader("Content-Type", "application/json")
                .end(reviewedGrant(java.time.Instant.now().minus(java.time.Duration.ofDays(1))).encode());
    }

    /** Entries the fake audit search answers: enough for more than one page. */
    public static final int AUDIT_ROWS = 60;

    /** Entries of one day, newest first; every tenth was read under break-glass, the last one was refused. */
    private static io.vertx.core.json.JsonArray auditRows() {
        io.vertx.core.json.JsonArray rows = new io.vertx.core.json.JsonArray();
        for (int i = 0; i < AUDIT_ROWS; i++) {
            boolean breakGlass = i % 10 == 0;
            rows.add(new JsonObject()
                    .put("occurredAt", java.time.Instant.parse("2026-12-06T13:05:00Z").minusSeconds(60L * i).toString())
                    .put("action", breakGlass ? "BREAK_GLASS" : "READ").put("resourceType", "referral")
                    .put("resourceId", "r-" + i).put("personRef", "p-" + i).put("userName", "politie-process-director")
                    .put("organisation", "Politie Zeeland-West-Brabant")
                    .put("roles", "default-roles-zvh,offline_access,process-director,uma_authorization")
                    .put("purpose", "process-direction").put("outcome", i == AUDIT_ROWS - 1 ? "DENIED" : "SUCCESS")
                    .put("breakGlass", breakGlass));
        }
        return rows;
    }

    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    @Override
    public void stop() {
        if (vertx != null) {
            vertx.close().toCompletionStage().toCompletableFuture().join();
        }
    }
}
