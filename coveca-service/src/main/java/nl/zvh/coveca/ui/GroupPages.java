package nl.zvh.coveca.ui;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import nl.zvh.coveca.group.GroupRequests;
import nl.zvh.coveca.group.GroupView;
import nl.zvh.coveca.group.Groups;
import nl.zvh.platform.ui.form.Fields;
import nl.zvh.platform.ui.form.Form;
import nl.zvh.platform.ui.shell.Shell;

/** The group approach's pages: the groups the caller sees, a new group, and a group's page. */
@Path("/ui/groups")
@RolesAllowed("process-director")
@Produces(MediaType.TEXT_HTML)
public class GroupPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance groups(List<GroupView.Summary> groups, boolean withClosed);

        static native TemplateInstance newGroup(Form form);
    }

    @Inject
    Groups groups;

    @Inject
    GroupPage page;

    @Inject
    Shell shell;

    @GET
    public TemplateInstance list(@QueryParam("closed") boolean withClosed) {
        return Templates.groups(groups.list(withClosed), withClosed).setLocale(shell.locale());
    }

    @GET
    @Path("/new")
    public TemplateInstance newGroup() {
        return Templates.newGroup(Form.empty()).setLocale(shell.locale());
    }

    /** Opens the group and goes to its page; a refused form comes back (422) with what was typed. */
    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response open(MultivaluedMap<String, String> body) {
        Fields t = Fields.of(Form.of(body), shell.locale());
        String name = t.text("groupName", 200, true);
        String municipality = t.text("groupMunicipality", 100, true);
        String description = t.text("groupDescription", 4000, false);
        if (!t.ok()) {
            return Response.status(422).entity(Templates.newGroup(t.form()).setLocale(shell.locale()))
                    .type(MediaType.TEXT_HTML_TYPE).build();
        }
        GroupView.Summary opened = groups.open(new GroupRequests.NewGroup(name, municipality, description));
        return Response.seeOther(URI.create(shell.prefix() + "/ui/groups/" + opened.id() + "?saved=1")).build();
    }

    @GET
    @Path("/{id}")
    public TemplateInstance group(@PathParam("id") UUID id, @QueryParam("saved") String saved) {
        return page.render(id, Form.empty(), saved != null);
    }
}
