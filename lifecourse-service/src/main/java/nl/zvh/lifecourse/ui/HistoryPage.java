package nl.zvh.lifecourse.ui;

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
import nl.zvh.lifecourse.history.ClientHistory;
import nl.zvh.platform.ui.history.HistoryUpload;
import nl.zvh.platform.ui.shell.Shell;
import nl.zvh.platform.ui.shell.UiLanguage;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/**
 * The functional administrator takes over the house's earlier life-course clients: upload the previous system's CSV,
 * check it (a dry run: every rejected row with its reason in Dutch) and import it (all or nothing). The outcome is
 * shown on the page itself; a refused import answers 422 with the rejected rows.
 */
@Path("/ui/admin/history")
@RolesAllowed(Access.FUNCTIONAL_ADMIN)
public class HistoryPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance history(HistoryUpload.Outcome outcome);
    }

    static final String SAMPLE = """
            registratienummer;gestart;gesloten;reden;gemeente;voornaam;tussenvoegsel;achternaam;geboortedatum
            LL-2023-004;14-03-2023;2025-02-10;stabiel;Bergen op Zoom;Jan;van der;Berg;1984-03-12
            LL-2024-011;2024-09-02;;;Roosendaal;Fatima;;El Amrani;1996-07-01
            LL-2024-019;2024-11-20;2025-06-30;verhuisd;Moerdijk;Piet;de;Vries;1979-11-02
            """;

    @Inject
    ClientHistory clients;

    @Inject
    Shell shell;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance page() {
        return Templates.history(null).setLocale(shell.locale());
    }

    /** A sample file with the columns and three rows, to fill in or to compare an export with. */
    @GET
    @Path("/sample.csv")
    @Produces("text/csv")
    public Response sample() {
        return HistoryUpload.sample(SAMPLE, "voorbeeld-levensloopclienten.csv");
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.TEXT_HTML)
    public Response run(@RestForm("file") FileUpload file, @RestForm("action") String action) {
        HistoryMessages text = messages(shell.locale());
        return HistoryUpload.handle(file, action, shell.locale(), clients::run,
                new HistoryUpload.Texts(text::imported, text::reasonOf),
                outcome -> Templates.history(outcome).setLocale(shell.locale()));
    }

    static HistoryMessages messages(Locale locale) {
        return UiLanguage.bundle(HistoryMessages.class, locale);
    }
}
