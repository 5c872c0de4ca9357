package nl.zvh.gateway.report;

import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.i18n.Localized;
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
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.zvh.gateway.fanout.Caller;
import nl.zvh.platform.figures.SmallCells;
import nl.zvh.platform.ui.form.Form;
import nl.zvh.platform.ui.form.Option;
import nl.zvh.platform.ui.shell.Shell;
import nl.zvh.platform.ui.shell.SignedInUser;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * {@code /report}: the annual report of the analyst's house (in the reader's language), its tables as CSV and a
 * per-municipality PDF factsheet. The figures come from the services' figures APIs, called with the user's own token.
 */
@Path("/report")
@RolesAllowed("analyst")
public class ReportResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance report(Form form, List<Option> municipalities, AnnualReport.Report report,
                int minCell, String query);
    }

    @Inject
    SecurityIdentity identity;

    @Inject
    FiguresSource source;

    /** The platform's small-cell threshold ({@link SmallCells}). */
    @ConfigProperty(name = SmallCells.PROPERTY, defaultValue = "5")
    int minCell;

    @Inject
    Shell shell;

    @GET
    @Produces("text/html")
    public Response page(@QueryParam("year") String year, @QueryParam("municipality") String municipality) {
        Locale locale = shell.locale();
        ReportMessages m = messages(locale);
        Map<String, String> typed = new LinkedHashMap<>();
        Integer y = year == null || year.isBlank() ? Integer.valueOf(thisYear()) : parseYear(year);
        typed.put("year", y == null ? year : String.valueOf(y));
        typed.put("municipality", municipality);
        Form form = Form.ofSingle(typed);
        if (y == null) {
            form.reject("year", m.error_year());
        }
        if (municipality != null && municipality.length() > 100) {
            form.reject("municipality", m.error_municipality());
        }
        if (form.hasErrors()) {
            List<Option> none = municipality == null || municipality.isBlank()
                    ? List.of()
                    : List.of(new Option(municipality, municipality));
            return Response.status(400).entity(Templates.report(form, none, null, minCell, "")).build();
        }
        AnnualReport.Report report = report(y, municipality, locale);
        String query = "?year=" + report.year()
                + (report.municipality() == null
                        ? ""
                        : "&municipality=" + URLEncoder.encode(report.municipality(), StandardCharsets.UTF_8));
        List<Option> municipalities = report.municipalities().stream().map(n -> new Option(n, n)).toList();
        return Response.ok(Templates.report(form, municipalities, report, minCell, query)).build();
    }

    @GET
    @Path("/csv/{table}")
    @Produces("text/csv")
    public Response csv(@PathParam("table") String table, @QueryParam("year") Integer year,
            @QueryParam("municipality") String municipality) {
        AnnualReport.Report report = report(checked(year, municipality), municipality, shell.locale());
        ReportTable t = report.table(table);
        if (t == null) {
            throw new NotFoundException();
        }
        String name = "zvh-" + report.year() + "-" + table
                + (report.municipality() == null ? "" : "-" + report.municipality().replaceAll("[^A-Za-z0-9-]", "_"))
                + ".csv";
        return Response.ok("\uFEFF" + t.csv(), "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"" + name + "\"").build();
    }

    @GET
    @Path("/factsheet.pdf")
    @Produces("application/pdf")
    public Response factsheet(@QueryParam("year") Integer year, @QueryParam("municipality") String municipality) {
        // the factsheet is a published Dutch document, whatever the reader's language
        AnnualReport.Report report = report(checked(year, municipality), municipality, Locale.forLanguageTag("nl"));
        SignedInUser user = SignedInUser.of(identity);
        byte[] pdf = Factsheet.render(report,
                user.houseName() != null
                        ? user.houseName()
                        : "Zorg- en Veiligheidshuis " + (user.houseCode() == null ? "" : user.houseCode()),
                messages(Locale.forLanguageTag("nl")).privacy_note(minCell));
        String name = "factsheet-" + report.year()
                + (report.municipality() == null ? "" : "-" + report.municipality().replaceAll("[^A-Za-z0-9-]", "_"))
                + ".pdf";
        return Response.ok(pdf, "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"" + name + "\"").build();
    }

    private AnnualReport.Report report(int year, String municipality, Locale locale) {
        AccessTokenCredential token = identity.getCredential(AccessTokenCredential.class);
        String m = municipality == null || municipality.isBlank() ? null : municipality;
        return AnnualReport.of(source.fetch(Caller.of(token.getToken()), year, m), messages(locale), locale,
                new SmallCells(minCell));
    }

    /** The year of the exports (API: a problem naming the field when it is out of range). */
    private static int checked(Integer year, String municipality) {
        int y = year == null ? thisYear() : year;
        if (y < 2000 || y > 2100) {
            throw invalid("year", "must be between 2000 and 2100");
        }
        if (municipality != null && municipality.length() > 100) {
            throw invalid("municipality", "size must be at most 100");
        }
        return y;
    }

    private static Integer parseYear(String year) {
        try {
            int y = Integer.parseInt(year.strip());
            return y < 2000 || y > 2100 ? null : y;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static int thisYear() {
        return LocalDate.now(ZoneId.of("Europe/Amsterdam")).getYear();
    }

    static ReportMessages messages(Locale locale) {
        return "en".equals(locale.getLanguage())
                ? MessageBundles.get(ReportMessages.class, Localized.Literal.of("en"))
                : MessageBundles.get(ReportMessages.class);
    }

    /** RFC 9457 problem naming the field. */
    private static jakarta.ws.rs.WebApplicationException invalid(String field, String message) {
        io.vertx.core.json.JsonObject problem = new io.vertx.core.json.JsonObject().put("type", "about:blank")
                .put("title", "Bad Request").put("status", 400).put("detail", field + ": " + message)
                .put("violations", new io.vertx.core.json.JsonArray()
                        .add(new io.vertx.core.json.JsonObject().put("field", field).put("message", message)));
        return new jakarta.ws.rs.WebApplicationException(
                Response.status(400).type("application/problem+json").entity(problem.encode()).build());
    }
}
