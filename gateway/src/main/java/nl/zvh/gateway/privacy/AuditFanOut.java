package nl.zvh.gateway.privacy;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import nl.zvh.gateway.config.GatewayConfig;
import nl.zvh.gateway.fanout.Caller;

/**
 * Asks every service at once, with the privacy officer's own token (each service scopes to the officer's house and
 * audits the search itself): audit entries, chain verification and break-glass grants.
 */
@ApplicationScoped
public class AuditFanOut {

    /** What all services answered, merged: entries newest first. */
    public record Overview(List<AuditRow> entries, List<GrantRow> grants, List<ServiceStatus> services) {

        JsonObject json() {
            return new JsonObject().put("entries", new JsonArray(entries.stream().map(AuditRow::json).toList()))
                    .put("breakGlassGrants", new JsonArray(grants.stream().map(GrantRow::json).toList()))
                    .put("services", new JsonArray(services.stream().map(ServiceStatus::json).toList()));
        }
    }

    @Inject
    GatewayConfig config;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(java.time.Duration.ofSeconds(2)).build();

    /** The review list of each service: the last week's grants and older ones not yet reviewed. */
    static final String GRANTS = "/api/break-glass?review=true&limit=500";

    /** Entries asked of each service at most (the page says when a service had more). */
    static final int LIMIT = 500;

    public Overview search(Caller caller, Map<String, String> filters, boolean withGrants) {
        Map<String, URI> routes = new TreeMap<>(config.routes());
        Map<String, String> asked = new LinkedHashMap<>(filters);
        asked.put("limit", String.valueOf(LIMIT));
        String query = query(asked);
        Map<String, CompletableFuture<HttpResponse<String>>> audits = new LinkedHashMap<>();
        Map<String, CompletableFuture<HttpResponse<String>>> chains = new LinkedHashMap<>();
        Map<String, CompletableFuture<HttpResponse<String>>> grants = new LinkedHashMap<>();
        routes.forEach((name, base) -> {
            audits.put(name, get(caller, base, "/api/audit" + query));
            chains.put(name, get(caller, base, "/api/audit/verify"));
            if (withGrants) {
                grants.put(name, get(caller, base, GRANTS));
            }
        });
        List<AuditRow> entries = new ArrayList<>();
        List<ServiceStatus> statuses = new ArrayList<>();
        for (String name : routes.keySet()) {
            String error = null;
            ServiceStatus.Failure failure = null;
            int failedStatus = 0;
            boolean limitReached = false;
            try {
                HttpResponse<String> audit = audits.get(name).join();
                if (audit.statusCode() == 200) {
                    JsonArray rows = new JsonArray(audit.body());
                    rows.forEach(o -> entries.add(AuditRow.of(name, (JsonObject) o)));
                    limitReached = rows.size() >= LIMIT;
                } else {
                    error = "audit search answered " + audit.statusCode();
                    failure = ServiceStatus.Failure.SEARCH;
                    failedStatus = audit.statusCode();
                }
                HttpResponse<String> chain = chains.get(name).join();
                if (chain.statusCode() == 200) {
                    JsonObject v = new JsonObject(chain.body());
                    String problem = v.getString("problem");
                    Object first = v.getValue("firstBrokenSequence");
                    statuses.add(new ServiceStatus(name, v.getBoolean("valid"), v.getLong("rows", 0L),
                            problem == null ? null : problem + " (#" + first + ")", error,
                            ServiceStatus.problemCode(problem), first instanceof Number n ? n.longValue() : null,
                            failure, failedStatus, limitReached));
                } else {
                    statuses.add(new ServiceStatus(name, null, 0, null,
                            error != null ? error : "verification answered " + chain.statusCode(), null, null,
                            failure != null ? failure : ServiceStatus.Failure.VERIFY,
                            failure != null ? failedStatus : chain.statusCode(), limitReached));
                }
            } catch (RuntimeException e) {
                statuses.add(new ServiceStatus(name, null, 0, null, "not reachable", null, null,
                        ServiceStatus.Failure.UNREACHABLE, 0, false));
            }
        }
        entries.sort(Comparator.comparing(AuditRow::occurredAt, Comparator.nullsLast(Comparator.reverseOrder())));
        List<GrantRow> grantRows = withGrants ? collectGrants(grants) : List.of();
        return new Overview(entries, grantRows, statuses);
    }

    /** The break-glass grants of every service, newest first (a service that does not answer adds none). */
    public List<GrantRow> grants(Caller caller) {
        Map<String, CompletableFuture<HttpResponse<String>>> grants = new LinkedHashMap<>();
        new TreeMap<>(config.routes()).forEach((name, base) -> grants.put(name, get(caller, base, GRANTS)));
        return collectGrants(grants);
    }

    private static List<GrantRow> collectGrants(Map<String, CompletableFuture<HttpResponse<String>>> grants) {
        List<GrantRow> rows = new ArrayList<>();
        grants.forEach((name, call) -> {
            try {
                HttpResponse<String> grant = call.join();
                if (grant.statusCode() == 200) {
                    new JsonArray(grant.body()).forEach(o -> rows.add(GrantRow.of(name, (JsonObject) o)));
                }
            } catch (RuntimeException e) {
                // not reachable: the chain table names the service
            }
        });
        rows.sort(Comparator.comparing(GrantRow::grantedAt, Comparator.nullsLast(Comparator.reverseOrder())));
        return rows;
    }

    /** Sends the privacy officer's review of one grant to the service that holds it. */
    public HttpResponse<String> review(Caller caller, String service, String grantId, JsonObject review) {
        URI base = config.routes().get(service);
        HttpRequest request = caller
                .request(
                        URI.create(base.toString().replaceAll("/$", "") + "/api/break-glass/"
                                + URLEncoder.encode(grantId, StandardCharsets.UTF_8) + "/review"),
                        config.timeouts().idle())
                .header("Accept", "application/json").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(review.encode())).build();
        return http.sendAsync(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)).join();
    }

    private CompletableFuture<HttpResponse<String>> get(Caller caller, URI base, String path) {
        HttpRequest request = caller
                .request(URI.create(base.toString().replaceAll("/$", "") + path), config.timeouts().idle())
                .header("Accept", "application/json").GET().build();
        return http.sendAsync(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static String query(Map<String, String> filters) {
        StringBuilder sb = new StringBuilder();
        filters.forEach((k, v) -> {
            if (v != null && !v.isBlank()) {
                sb.append(sb.isEmpty() ? '?' : '&').append(k).append('=')
                        .append(URLEncoder.encode(v.strip(), StandardCharsets.UTF_8));
            }
        });
        return sb.toString();
    }
}
