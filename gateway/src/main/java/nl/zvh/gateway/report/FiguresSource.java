package nl.zvh.gateway.report;

import io.vertx.core.json.JsonObject;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import nl.zvh.gateway.config.GatewayConfig;
import nl.zvh.gateway.fanout.Caller;
import org.jboss.logging.Logger;

/**
 * Fetches the services' figures APIs as the caller ({@link Caller}: its own access token, so every service applies its
 * own roles and house scoping; its correlation id and trace). A service that fails or refuses yields {@code null}: its section is shown as unavailable.
 */
@ApplicationScoped
public class FiguresSource {
    private static final Logger LOG = Logger.getLogger(FiguresSource.class);

    @Inject
    GatewayConfig gateway;

    @Inject
    ReportConfig config;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(java.time.Duration.ofSeconds(2)).build();

    /**
     * The services' figures of one house and year (optionally one municipality) plus the previous year's intake, and
     * the reference data that names problem areas and life domains.
     */
    public ServiceFigures fetch(Caller caller, int year, String municipality) {
        return fetch(caller, year, municipality, null);
    }

    /**
     * Like {@link #fetch(Caller, int, String)} for the house named by {@code house} (the services' parameter
     * {@code house}, which only a national analyst may set to another house than its own; null: the caller's own
     * house). With a house named, the house's reference data is not asked for (the gateway's labels name the codes).
     */
    public ServiceFigures fetch(Caller caller, int year, String municipality, String house) {
        String h = house == null ? "" : "&house=" + URLEncoder.encode(house, StandardCharsets.UTF_8);
        String m = (municipality == null
                ? ""
                : "&municipality=" + URLEncoder.encode(municipality, StandardCharsets.UTF_8)) + h;
        var intake = get(caller, "intake", "/api/figures?year=" + year + m);
        var intakeAll = municipality == null ? intake : get(caller, "intake", "/api/figures?year=" + year + h);
        var previous = get(caller, "intake", "/api/figures?year=" + (year - 1) + m);
        var triage = get(caller, "triage", "/api/triage/figures?from=" + year + "-01-01&to=" + year + "-12-31" + h);
        var coveca = get(caller, "coveca", "/api/figures?year=" + year + h);
        var reintegration = get(caller, "reintegration", "/api/figures?year=" + year + h);
        var trafficking = get(caller, "trafficking", "/api/figures?year=" + year + m);
        var lifecourse = get(caller, "lifecourse", "/api/figures?year=" + year + h);
        var tables = municipality == null
                ? get(caller, "triage", "/api/tables/figures?year=" + year + h)
                : CompletableFuture.<JsonObject>completedFuture(null);
        var effect = municipality == null
                ? get(caller, "triage", "/api/effect/figures" + (h.isEmpty() ? "" : "?" + h.substring(1)))
                : CompletableFuture.<JsonObject>completedFuture(null);
        var problemAreas = house == null
                ? get(caller, "intake", "/api/reference/problem-areas")
                : CompletableFuture.<JsonObject>completedFuture(null);
        var lifeDomains = house == null
                ? get(caller, "coveca", "/api/reference/life-domains")
                : CompletableFuture.<JsonObject>completedFuture(null);
        CompletableFuture.allOf(intake, intakeAll, previous, triage, coveca, reintegration, trafficking, lifecourse,
                problemAreas, lifeDomains, tables, effect).join();
        return new ServiceFigures(year, municipality, intake.join(), intakeAll.join(), previous.join(), triage.join(),
                coveca.join(), reintegration.join(), trafficking.join(), lifecourse.join(), rows(problemAreas.join()),
                rows(lifeDomains.join()), tables.join(), effect.join());
    }

    private static io.vertx.core.json.JsonArray rows(JsonObject answer) {
        return answer == null ? null : answer.getJsonArray("rows");
    }

    private CompletableFuture<JsonObject> get(Caller caller, String service, String path) {
        URI base = gateway.routes().get(service);
        if (base == null) {
            return CompletableFuture.completedFuture(null);
        }
        HttpRequest request = caller.request(URI.create(base.toString().replaceAll("/$", "") + path), config.timeout())
                .header("Accept", "application/json").GET().build();
        return http.sendAsync(request, HttpResponse.BodyHandlers.ofString()).handle((response, failure) -> {
            if (failure != null) {
                LOG.warnf("figures of %s unavailable: %s", service, failure.toString());
                return null;
            }
            if (response.statusCode() != 200) {
                LOG.warnf("figures of %s answered %d", service, response.statusCode());
                return null;
            }
            String body = response.body().strip();
            return body.startsWith("[")
                    ? new JsonObject().put("rows", new io.vertx.core.json.JsonArray(body))
                    : new JsonObject(body);
        });
    }
}
