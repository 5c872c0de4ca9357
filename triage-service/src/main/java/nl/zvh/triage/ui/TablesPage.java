package nl.zvh.triage.ui;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.util.List;
import nl.zvh.platform.problem.ProblemException;
import nl.zvh.platform.ui.form.Form;
import nl.zvh.platform.ui.form.Option;
import nl.zvh.platform.ui.shell.Shell;
import nl.zvh.triage.tables.Cadence;
import nl.zvh.triage.tables.TableKind;
import nl.zvh.triage.tables.TableRequests.NewTable;
import nl.zvh.triage.tables.TableScope;
import nl.zvh.triage.tables.TableViews.TableView;
import nl.zvh.triage.tables.Tables;

/**
 * The house's other tables: the overview of the tables the person's organisation sits at, the house's process director
 * setting one up, and the list of youth aftercare contact persons per municipality the house hands out.
 */
@Path("/ui/tables")
public class TablesPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance overview(List<TableView> tables, boolean configurer, String notice);

        static native TemplateInstance form(Form form, List<Option> kinds, List<Option> cadences);

        static native TemplateInstance contacts(List<TableView> tables);
    }

    @Inject
    Tables tables;

    @Inject
    TableScope scope;

    @Inject
    Shell shell;

    @GET
    @Produces(MediaType.TEXT_HTML)
    @RolesAllowed({"process-director", "triage-chair", "triage-member"})
    public TemplateInstance overview(@QueryParam("saved") String saved) {
        String notice = "created".equals(saved) ? TableErrors.Tables.of(shell.locale()).created() : null;
        return Templates.overview(tables.list(), configurer(), notice);
    }

    @GET
    @Path("/new")
    @Produces(MediaType.TEXT_HTML)
    @RolesAllowed("process-director")
    public TemplateInstance form() {
        scope.requireConfigurer();
        return form(Form.empty());
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    @RolesAllowed("process-director")
    public Response create(@HeaderParam("X-Forwarded-Prefix") String prefix, MultivaluedMap<String, String> body) {
        scope.requireConfigurer();
        NewTable in = new NewTable(Pages.first(body, "kind"), Pages.first(body, "name"),
                Pages.first(body, "chairOrganisation"), lines(Pages.first(body, "members")),
                lines(Pages.first(body, "submitters")), Pages.first(body, "cadence"), Pages.first(body, "municipality"),
                Pages.first(body, "contactName"), Pages.first(body, "contactPhone"), Pages.first(body, "contactEmail"));
        try {
            tables.create(in);
        } catch (ProblemException refused) {
            return TableErrors.unprocessable(refused,
                    () -> form(TableErrors.reject(Form.of(body), refused, shell.locale(), "")));
        }
        return Pages.seeOther(prefix, "/ui/tables?saved=created");
    }

    @GET
    @Path("/contacts")
    @Produces(MediaType.TEXT_HTML)
    @RolesAllowed({"process-director", "triage-chair", "triage-member"})
    public TemplateInstance contacts() {
        return Templates.contacts(tables.list().stream().filter(t -> t.kind() == TableKind.YOUTH_AFTERCARE)
                .sorted(java.util.Comparator.comparing(TableView::municipality)).toList());
    }

    private TemplateInstance form(Form form) {
        return Templates.form(form, Option.of(TableKind.class, shell.locale()),
                Option.of(Cadence.class, shell.locale()));
    }

    private boolean configurer() {
        try {
            scope.requireConfigurer();
            return true;
        } catch (io.quarkus.security.ForbiddenException e) {
            return false;
        }
    }

    static List<String> lines(String text) {
        return text == null ? List.of() : text.lines().map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
