package nl.zvh.lifecourse.cter;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;
import nl.zvh.lifecourse.cter.CterRequests.NewPerson;
import nl.zvh.lifecourse.cter.CterRequests.NewWeighing;
import nl.zvh.lifecourse.cter.CterRequests.PersonView;
import nl.zvh.lifecourse.cter.CterRequests.SessionView;
import nl.zvh.lifecourse.cter.CterRequests.WeighingView;
import nl.zvh.lifecourse.sessions.NewSession;
import nl.zvh.platform.security.CurrentUser;

/**
 * CTER data of the caller's house: ONLY for role cter-member (every other role is 403; another house's data is
 * 404).
 */
@Path("/api/cter")
@RolesAllowed("cter-member")
public class CterResource {

    @Inject
    CurrentUser user;

    @Inject
    CterPersons persons;

    @Inject
    CterWeighings weighings;

    @POST
    @Path("/persons")
    public Response report(@Valid @NotNull NewPerson request) {
        PersonView created = PersonView.of(persons.report(user.requireHouse(), request));
        return Response.status(Response.Status.CREATED).entity(created).build();
    }

    @GET
    @Path("/persons")
    public List<PersonView> persons() {
        return persons.list(user.requireHouse()).stream().map(PersonView::of).toList();
    }

    @GET
    @Path("/persons/{id}")
    public PersonView person(@PathParam("id") UUID id) {
        return PersonView.of(persons.read(id, user.requireHouse()));
    }

    @POST
    @Path("/sessions")
    public Response newSession(@Valid @NotNull NewSession request) {
        return Response.status(Response.Status.CREATED).entity(weighings.open(user.requireHouse(), request)).build();
    }

    @GET
    @Path("/sessions")
    public List<SessionView> sessions() {
        return weighings.sessions(user.requireHouse());
    }

    @GET
    @Path("/sessions/{id}")
    public SessionView session(@PathParam("id") UUID id) {
        return weighings.session(id, user.requireHouse());
    }

    @POST
    @Path("/sessions/{id}/weighings")
    public WeighingView weigh(@PathParam("id") UUID id, @Valid @NotNull NewWeighing request) {
        return weighings.weigh(id, user.requireHouse(), request, user.name());
    }
}
