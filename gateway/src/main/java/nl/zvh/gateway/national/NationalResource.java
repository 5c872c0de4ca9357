package nl.zvh.gateway.national;

import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import nl.zvh.gateway.fanout.Caller;
import nl.zvh.gateway.report.AnnualReport;
import nl.zvh.gateway.report.FiguresSource;
import nl.zvh.gateway.report.ReportMessages;
import nl.zvh.gateway.report.ServiceFigures;
import nl.zvh.platform.figures.SmallCells;
import nl.zvh.platform.ui.form.Form;
import nl.zvh.platform.ui.shell.Shell;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * {@code /national}: the national analyst (role {@value #ROLE}, no house) compares every house's annual figures of a
 * year (default: last year) side by side, per 10 000 inhabitants, and downloads them as CSV. The figures come from
 * the services' figures APIs, called with the analyst's own token and the house named ({@code house}): each service
 * decides whether the caller may read that house. Each house's figures are composed as its annual report
 * ({@link AnnualReport}) so the same counts are withheld; no person is ever fetched.
 */
@Path("/national")
@RolesAllowed(NationalResource.ROLE)
public class NationalResource {
    static final String ROLE = "national-analyst";

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance page(Form form, NationalComparison.Comparison comparison, int minCell,
                String query);
    }

    @Inject
    SecurityIdentity identity;

    @Inject
    FiguresSource source;

    @Inject
    Shell shell;

    /** The platform's small-cell threshold ({@link SmallCells}), as the annual report applies it. */
    @ConfigProperty(name = SmallCells.PROPERTY, defaultValue = "5")
    int minCell;

    @GET
    @Produces("text/html")
    public Response page(@QueryParam("year") String year) {
        Locale locale = shell.locale();
        Integer y = year == null || year.isBlank() ? Integer.valueOf(lastYear()) : parseYear(year);
        Map<String, String> typed = new LinkedHashMap<>();
        typed.put("year", y == null ? year : String.valueOf(y));
        Form form = Form.ofSingle(typed);
        if (y == null) {
            form.reject("year", messages(locale).error_year());
            return Response.status(400).entity(Templates.page(form, null, minCell, "")).build();
        }
        return Response.ok(Templates.page(form, comparison(y, locale), minCell, "?year=" + y)).build();
    }

    @GET
    @Path("/csv")
    @Produces("text/csv")
    public Response csv(@QueryParam("year") String year) {
        Integer y = year == null || year.isBlank() ? Integer.valueOf(lastYear()) : parseYear(year);
        if (y == null) {
            return Response.status(400).type("application/problem+json")
                    .entity(new io.vertx.core.json.JsonObject().put("type", "about:blank").put("title", "Bad Request")
                            .put("status", 400).put("detail", "year: must be between 2000 and 2100")
                            .put("violations",
                                    new io.vertx.core.json.JsonArray().add(new io.vertx.core.json.JsonObject()
                                            .put("field", "year").put("message", "must be between 2000 and 2100")))
                            .encode())
                    .build();
        }
        Locale locale = shell.locale();
        NationalMessages m = messages(locale);
        String csv = comparison(y, locale).csv(m.figure(), m.per_10000(), m.unavailable(), m.not_yet());
        return Response.ok("\uFEFF" + csv, "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"zvh-landelijk-" + y + ".csv\"").build();
    }

    /** Every house's report of the year, fetched side by side with the caller's token. */
    private NationalComparison.Comparison comparison(int year, Locale locale) {
        Caller caller = Caller.of(identity.getCredential(AccessTokenCredential.class).getToken());
        ReportMessages rep = reportMessages(locale);
        List<Populations.House> houses = Populations.reference().houses();
        List<CompletableFuture<ServiceFigures>> fetched = new ArrayList<>();
        for (Populations.House house : houses) {
            fetched.add(CompletableFuture.supplyAsync(() -> source.fetch(caller, year, null, house.code())));
        }
        List<NationalComparison.HouseReport> reports = new ArrayList<>();
        for (int i = 0; i < houses.size(); i++) {
            reports.add(new NationalComparison.HouseReport(houses.get(i),
                    AnnualReport.of(fetched.get(i).join(), rep, locale, new SmallCells(minCell))));
        }
        return NationalComparison.of(year, reports, rep, messages(locale), locale);
    }

    private static Integer parseYear(String year) {
        try {
            int y = Integer.parseInt(year.strip());
            return y < 2000 || y > 2100 ? null : y;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static int lastYear() {
        return LocalDate.now(ZoneId.of("Europe/Amsterdam")).getYear() - 1;
    }

    static NationalMessages messages(Locale locale) {
        return "en".equals(locale.getLanguage())
                ? MessageBundles.get(NationalMessages.class, Localized.Literal.of("en"))
                : MessageBundles.get(NationalMessages.class);
    }

    private static ReportMessages reportMessages(Locale locale) {
        return "en".equals(locale.getLanguage())
                ? MessageBundles.get(ReportMessages.class, Localized.Literal.of("en"))
                : MessageBundles.get(ReportMessages.class);
    }
}
