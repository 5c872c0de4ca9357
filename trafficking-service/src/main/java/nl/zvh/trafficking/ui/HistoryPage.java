package nl.zvh.trafficking.ui;

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
import java.util.Locale;
import nl.zvh.platform.ui.history.HistoryUpload;
import nl.zvh.platform.ui.shell.Shell;
import nl.zvh.platform.ui.shell.UiLanguage;
import nl.zvh.trafficking.history.SignalHistory;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/**
 * The functional administrator takes over the house's earlier trafficking signals: upload the previous system's CSV,
 * check it (a dry run: every rejected row with its reason in Dutch) and import it (all or nothing). The outcome is
 * shown on the page itself; a refused import answers 422 with the rejected rows.
 */
@Path("/ui/admin/history")
@RolesAllowed("functional-admin")
public class HistoryPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance history(HistoryUpload.Outcome outcome);
    }

    static final String SAMPLE = """
            registratienummer;ontvangen;signaalgever;vorm;uitkomst;afgehandeld;gemeente;voornaam;tussenvoegsel;\
            achternaam;geboortedatum;bsn
            MH-2024-011;12-02-2024;politie;arbeid;advies;2024-03-01;Roosendaal;Ioana;;Popescu;1996-04-12;
            MH-2024-027;2024-06-18;Stichting Fier;seksueel + crimineel;procesregie;2024-07-02;Bergen op Zoom;Eva;de;\
            Wit;2007-09-30;111222333
            MH-2024-040;2024-11-05;arbeidsinspectie;onduidelijk;;;Moerdijk;;;;;
            """;

    @Inject
    SignalHistory signals;

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
        return HistoryUpload.sample(SAMPLE, "voorbeeld-mensenhandelsignalen.csv");
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.TEXT_HTML)
    public Response run(@RestForm("file") FileUpload file, @RestForm("action") String action) {
        HistoryMessages text = messages(shell.locale());
        return HistoryUpload.handle(file, action, shell.locale(), signals::run,
                new HistoryUpload.Texts(text::imported, text::reasonOf), Templates::history);
    }

    static HistoryMessages messages(Locale locale) {
        return UiLanguage.bundle(HistoryMessages.class, locale);
    }
}
