package nl.zvh.coveca.ui;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.zvh.coveca.history.CaseHistory;
import nl.zvh.coveca.history.HistoryReport;
import nl.zvh.platform.problem.Problem;
import nl.zvh.platform.problem.ProblemException;
import nl.zvh.platform.ui.shell.Shell;
import nl.zvh.platform.ui.shell.UiLanguage;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/**
 * The functional administrator takes over the house's earlier CoVeCa cases (a copy of intake's page): upload the previous system's CSV, check it
 * (a dry run: every rejected row with its reason in Dutch) and import it (all or nothing). The outcome is shown on the
 * page itself; a refused import answers 422 with the rejected rows.
 */
@Path("/ui/admin/history")
@RolesAllowed("functional-admin")
public class HistoryPage {
    private static final Pattern ROW = Pattern.compile("^rows\\[(\\d+)]\\.(.+)$");
    private static final Pattern MISSING = Pattern.compile("^the column (\\S+) is missing$");

    /** One rejected row as the page lists it. */
    public record Rejected(String row, String column, String reason) {
    }

    /** What the page shows after a check or an import. */
    public record Outcome(String notice, String kind, List<Rejected> rejected) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance history(Outcome outcome);
    }

    @Inject
    CaseHistory cases;

    @Inject
    Shell shell;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance page() {
        return Templates.history(null);
    }

    /** A sample file with the columns and three rows, to fill in or to compare an export with. */
    @GET
    @Path("/sample.csv")
    @Produces("text/csv")
    public Response sample() {
        return Response.ok(SAMPLE).header("Content-Disposition", "attachment; filename=\"voorbeeld-casussen.csv\"")
                .build();
    }

    static final String SAMPLE = """
            registratienummer;gestart;gesloten;reden;gemeente;intensiteit;voornaam;tussenvoegsel;achternaam;\
            geboortedatum;bsn
            VB-2024-017;14-03-2024;2025-02-10;stabiel;Assen;maatwerk;Jan;van der;Berg;1984-03-12;111222333
            VB-2024-031;2024-09-02;;;Emmen;pga;Fatima;;El Amrani;1986-07-01;
            VB-2025-004;2025-01-20;2025-06-30;verhuisd;Meppel;;Piet;de;Vries;1979-11-02;
            """;

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.TEXT_HTML)
    public Response run(@RestForm("file") FileUpload file, @RestForm("action") String action) {
        HistoryMessages text = messages(shell.locale());
        boolean dryRun = !"import".equals(action);
        try {
            String csv = file == null || file.uploadedFile() == null
                    ? ""
                    : Files.readString(file.uploadedFile(), StandardCharsets.UTF_8);
            HistoryReport report = cases.run(csv, dryRun);
            List<Rejected> rejected = report.rejected().stream().map(e -> line(e, text)).toList();
            String notice = !dryRun
                    ? text.imported(report.imported(), report.alreadyImported())
                    : rejected.isEmpty()
                            ? text.checked(report.rows(), report.imported(), report.alreadyImported())
                            : text.checkedRejected(distinctRows(rejected));
            return Response.ok(Templates.history(new Outcome(notice, rejected.isEmpty() ? "ok" : "error", rejected)))
                    .build();
        } catch (IOException | java.io.UncheckedIOException unreadable) {
            return refused(List.of(new Rejected(text.wholeFile(), "", text.reasonOf("empty"))), text);
        } catch (ProblemException refused) {
            Problem problem = refused.problem();
            if (problem.errors() == null || problem.errors().isEmpty()) {
                throw refused;
            }
            return refused(problem.errors().stream().map(e -> line(e, text)).toList(), text);
        }
    }

    private static Response refused(List<Rejected> rejected, HistoryMessages text) {
        return Response.status(422)
                .entity(Templates.history(new Outcome(text.importRefused(distinctRows(rejected)), "error", rejected)))
                .type(MediaType.TEXT_HTML_TYPE).build();
    }

    private static int distinctRows(List<Rejected> rejected) {
        return (int) rejected.stream().map(Rejected::row).distinct().count();
    }

    /** {@code rows[3].gemeente} → "3", "gemeente", the Dutch reason; a file error → "Het bestand". */
    static Rejected line(Problem.FieldError error, HistoryMessages text) {
        Matcher row = ROW.matcher(error.field());
        if (row.matches()) {
            String column = row.group(2);
            String kind = "registratienummer".equals(column) && error.message().contains("twice")
                    ? "duplicate"
                    : column;
            return new Rejected(row.group(1), column, text.reasonOf(kind));
        }
        Matcher missing = MISSING.matcher(error.message() == null ? "" : error.message());
        if (missing.matches()) {
            return new Rejected(text.wholeFile(), missing.group(1), text.reasonOf("missing"));
        }
        String message = error.message() == null ? "" : error.message();
        return new Rejected(text.wholeFile(), "",
                text.reasonOf(message.contains("at most") || message.contains("large") ? "large" : "empty"));
    }

    static HistoryMessages messages(Locale locale) {
        return UiLanguage.isEnglish(locale)
                ? MessageBundles.get(HistoryMessages.class, Localized.Literal.of("en"))
                : MessageBundles.get(HistoryMessages.class);
    }
}
