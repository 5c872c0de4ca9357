package nl.zvh.gateway.report;

import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.i18n.MessageBundles;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.time.ZoneId;
import nl.zvh.platform.ui.shell.SignedInUser;

/**
 * {@code /report}: the annual report of the analyst's house (Dutch), its tables as CSV and a per-municipality PDF
 * factsheet. The figures come from the services' figures APIs, called with the user's own token.
 */
@Path("/report")
@RolesAllowed("analyst")
public class ReportResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance report(AnnualReport.Report report, SignedInUser user, int suppressBelow,
                                              String query);
    }

    @Inject
    SecurityIdentity identity;
    @Inject
    FiguresSource source;
    @Inject
    ReportConfig config;

    @GET
    @Produces("text/html")
    public TemplateInstance page(@QueryParam("year") Integer year, @QueryParam("municipality") String municipality) {
        AnnualReport.Report report = report(year, municipality);
        String query = "?year=" + report.year() + (report.municipality() == null ? ""
                : "&municipality=" + java.net.URLEncoder.encode(report.municipality(),
                java.nio.charset.StandardCharsets.UTF_8));
        return Templates.report(report, SignedInUser.of(identity), config.suppressBelow(), query);
    }

    @GET
    @Path("/csv/{table}")
    @Produces("text/csv")
    public Response csv(@PathParam("table") String table, @QueryParam("year") Integer year,
                        @QueryParam("municipality") String municipality) {
        AnnualReport.Report report = report(year, municipality);
        ReportTable t = report.table(table);
        if (t == null) {
            throw new NotFoundException();
        }
        String name = "zvh-" + report.year() + "-" + table + (report.municipality() == null ? ""
                : "-" + report.municipality().replaceAll("[^A-Za-z0-9-]", "_")) + ".csv";
        return Response.ok("\uFEFF" + t.csv(config.suppressBelow()), "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"" + name + "\"").build();
    }

    @GET
    @Path("/factsheet.pdf")
    @Produces("application/pdf")
    public Response factsheet(@QueryParam("year") Integer year, @QueryParam("municipality") String municipality) {
        AnnualReport.Report report = report(year, municipality);
        byte[] pdf = Factsheet.render(report, SignedInUser.of(identity).houseCode(), config.suppressBelow());
        String name = "factsheet-" + report.year() + (report.municipality() == null ? ""
                : "-" + report.municipality().replaceAll("[^A-Za-z0-9-]", "_")) + ".pdf";
        return Response.ok(pdf, "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"" + name + "\"").build();
    }

    private AnnualReport.Report report(Integer year, String municipality) {
        int y = year == null ? LocalDate.now(ZoneId.of("Europe/Amsterdam")).getYear() : year;
        if (y < 2000 || y > 2100) {
            throw invalid("year", "must be between 2000 and 2100");
        }
        if (municipality != null && municipality.length() > 100) {
            throw invalid("municipality", "size must be at most 100");
        }
        AccessTokenCredential token = identity.getCredential(AccessTokenCredential.class);
        String m = municipality == null || municipality.isBlank() ? null : municipality;
        return AnnualReport.of(source.fetch(token.getToken(), y, m), MessageBundles.get(ReportMessages.class));
    }

    /** RFC 9457 problem naming the field. */
    private static jakarta.ws.rs.WebApplicationException invalid(String field, String message) {
        io.vertx.core.json.JsonObject problem = new io.vertx.core.json.JsonObject().put("type", "about:blank")
                .put("title", "Bad Request").put("status", 400).put("detail", field + ": " + message)
                .put("violations", new io.vertx.core.json.JsonArray().add(new io.vertx.core.json.JsonObject()
                        .put("field", field).put("message", message)));
        return new jakarta.ws.rs.WebApplicationException(Response.status(400).type("application/problem+json")
                .entity(problem.encode()).build());
    }
}
