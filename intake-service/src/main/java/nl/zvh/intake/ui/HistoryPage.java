package nl.zvh.intake.ui;

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
import nl.zvh.intake.history.ReferralHistory;
import nl.zvh.platform.ui.history.HistoryUpload;
import nl.zvh.platform.ui.shell.Shell;
import nl.zvh.platform.ui.shell.UiLanguage;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/**
 * The functional administrator takes over the house's earlier referrals: upload the previous system's CSV, check it
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
    ReferralHistory referrals;

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
        return HistoryUpload.sample(SAMPLE, "voorbeeld-aanmeldingen.csv");
    }

    static final String SAMPLE = """
            registratienummer;ingediend;gemeente;melder;domein;probleemgebieden;urgentie;voornaam;tussenvoegsel;\
            achternaam;geboortedatum;bsn;uitkomst;besluitdatum;programma
            VB-2025-001;14-01-2025;Roosendaal;Politie Zeeland-West-Brabant;straf;HOUSING_NUISANCE|DEBTS;normaal;Jan;\
            van der;Berg;1984-03-12;111222333;aanpak;2025-01-21;coveca
            VB-2025-002;2025-03-31;Bergen op Zoom;GGZ Westelijk Noord-Brabant;zorg;CONFUSED_BEHAVIOUR;spoed;Fatima;;\
            El Amrani;1986-07-01;;advies;2025-04-08;
            VB-2025-003;2025-05-03;Tholen;Gemeente Tholen;bestuur;DEBTS;normaal;Piet;de;Vries;1979-11-02;;ingetrokken;\
            2025-05-06;
            """;

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.TEXT_HTML)
    public Response run(@RestForm("file") FileUpload file, @RestForm("action") String action) {
        HistoryMessages text = messages(shell.locale());
        return HistoryUpload.handle(file, action, shell.locale(), referrals::run,
                new HistoryUpload.Texts(text::imported, text::reasonOf), Templates::history);
    }

    static HistoryMessages messages(java.util.Locale locale) {
        return UiLanguage.bundle(HistoryMessages.class, locale);
    }
}
