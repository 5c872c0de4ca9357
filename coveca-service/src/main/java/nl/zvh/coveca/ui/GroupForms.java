package nl.zvh.coveca.ui;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import nl.zvh.coveca.group.GroupRequests;
import nl.zvh.coveca.group.Groups;
import nl.zvh.platform.ui.form.Fields;
import nl.zvh.platform.ui.form.Form;
import nl.zvh.platform.ui.shell.Shell;

/**
 * The forms of a group's page, without JavaScript: add a subgroup, add a member (by case number or by name and date
 * of birth), close the group. Saved: 303 back to the page with "Opgeslagen."; refused: the page again (422) with what
 * was typed and the Dutch message at the field, listed in the error summary.
 */
@Path("/ui/groups/{id}")
@RolesAllowed("process-director")
@Produces(MediaType.TEXT_HTML)
@Consumes(MediaType.APPLICATION_FORM_URLENCODED)
public class GroupForms {

    @Inject
    Groups groups;

    @Inject
    GroupPage page;

    @Inject
    Shell shell;

    @POST
    @Path("/subgroups")
    public Response addSubgroup(@PathParam("id") UUID id, MultivaluedMap<String, String> body) {
        Fields t = Fields.of(Form.of(body), shell.locale());
        GroupMessages m = GroupPage.messages(shell.locale());
        String name = t.text("subgroupName", 200, true);
        if (t.ok()) {
            reject(t, "subgroupName", GroupPage.attempt(m,
                    () -> groups.addSubgroup(id, new GroupRequests.NewSubgroup(name)), e -> m.subgroupExists()));
        }
        return answer(id, t, "subgroups");
    }

    @POST
    @Path("/members")
    public Response addMember(@PathParam("id") UUID id, MultivaluedMap<String, String> body) {
        Fields t = Fields.of(Form.of(body), shell.locale());
        GroupMessages m = GroupPage.messages(shell.locale());
        String number = t.text("memberCaseNumber", 36, false);
        String first = t.text("memberFirstName", 100, false);
        String prefix = t.text("memberSurnamePrefix", 30, false);
        String last = t.text("memberLastName", 100, false);
        LocalDate born = t.date("memberDateOfBirth", false, true);
        String subgroup = t.text("memberSubgroup", 36, false);
        boolean named = first != null || last != null || born != null;
        if (number == null && !named && t.ok()) {
            t.reject("memberCaseNumber", m.caseOrPerson());
        } else if (number != null && named) {
            t.reject("memberCaseNumber", m.caseAndPerson());
        } else if (number == null) {
            required(t, "memberFirstName", first);
            required(t, "memberLastName", last);
            required(t, "memberDateOfBirth", born);
        }
        Optional<UUID> kase = number == null || !t.ok() ? Optional.empty() : groups.caseByNumber(number);
        if (number != null && t.ok() && kase.isEmpty()) {
            t.reject("memberCaseNumber", m.caseNotFound());
        }
        UUID subgroupId = subgroup == null ? null : uuid(subgroup);
        if (t.ok()) {
            GroupRequests.NewMember member = new GroupRequests.NewMember(kase.orElse(null),
                    kase.isPresent() ? null : new GroupRequests.Person(first, prefix, last, born), subgroupId);
            reject(t, kase.isPresent() ? "memberCaseNumber" : "memberFirstName",
                    GroupPage.attempt(m, () -> groups.addMember(id, member),
                            e -> e.problem().errors() != null
                                    && e.problem().errors().stream().anyMatch(f -> f.field().equals("subgroupId"))
                                            ? m.notSaved()
                                            : m.alreadyMember()));
        }
        return answer(id, t, "members");
    }

    /** Moves a member to another subgroup (or none), from the members table. */
    @POST
    @Path("/members/{memberId}/subgroup")
    public Response move(@PathParam("id") UUID id, @PathParam("memberId") UUID memberId,
            MultivaluedMap<String, String> body) {
        Fields t = Fields.of(Form.of(body), shell.locale());
        GroupMessages m = GroupPage.messages(shell.locale());
        String subgroup = t.text("subgroup", 36, false);
        reject(t, "members-heading", GroupPage.attempt(m,
                () -> groups.moveMember(id, memberId, subgroup == null ? null : uuid(subgroup)), e -> m.notSaved()));
        return answer(id, t, "members");
    }

    @POST
    @Path("/closure")
    public Response close(@PathParam("id") UUID id, MultivaluedMap<String, String> body) {
        Fields t = Fields.of(Form.of(body), shell.locale());
        GroupMessages m = GroupPage.messages(shell.locale());
        reject(t, "close-group", GroupPage.attempt(m, () -> groups.close(id, null), e -> m.notSaved()));
        return answer(id, t, "group-title");
    }

    private static void required(Fields t, String field, Object value) {
        if (value == null && t.form().error(field) == null) {
            t.reject(field, t.messages().required());
        }
    }

    private static UUID uuid(String value) {
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** A refusal at its field; a closed group's at the page's notice, as the closed page has no forms. */
    private void reject(Fields t, String field, String error) {
        if (error != null) {
            t.reject(error.equals(GroupPage.messages(shell.locale()).closed()) ? GroupPage.CLOSED_NOTICE : field,
                    error);
        }
    }

    private Response answer(UUID id, Fields t, String anchor) {
        if (!t.ok()) {
            return Response.status(422).entity(page.render(id, t.form(), false)).type(MediaType.TEXT_HTML_TYPE).build();
        }
        return Response.seeOther(URI.create(shell.prefix() + "/ui/groups/" + id + "?saved=1#" + anchor)).build();
    }
}
