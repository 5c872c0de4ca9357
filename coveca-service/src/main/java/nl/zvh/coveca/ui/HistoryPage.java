package nl.zvh.coveca.ui;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import nl.zvh.coveca.history.CaseHistory;
import nl.zvh.platform.ui.history.HistoryUpload;
import nl.zvh.platform.ui.shell.Shell;
import nl.zvh.platform.ui.shell.UiLanguage;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/**
 * The functional administrator takes over the house's earlier CoVeCa cases: upload the previous system's CSV, check it
 * (a dry run: every rejected row with its reason in Dutch) and import it (all or nothing). The outcome is shown on the
 * page itself; a refused import answers 422 with the rejected rows.
 */
@Path("/ui/admin/history")
@RolesAllowed("functional-admin")
public class HistoryPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance history(HistoryUpload.Outcome outcome);
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
        return HistoryUpload.sample(SAMPLE, "voorbeeld-casussen.csv");
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
        return HistoryUpload.handle(file, action, shell.locale(), cases::run,
                new HistoryUpload.Texts(text::imported, text::reasonOf), Templates::history);
    }

    static HistoryMessages messages(java.util.Locale locale) {
        return UiLanguage.bundle(HistoryMessages.class, locale);
    }
}
