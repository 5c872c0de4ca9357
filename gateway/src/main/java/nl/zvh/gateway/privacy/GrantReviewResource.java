package nl.zvh.gateway.privacy;

import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Locale;
import nl.zvh.gateway.config.GatewayConfig;
import nl.zvh.gateway.factor.SecondFactorRequired;
import nl.zvh.gateway.fanout.Caller;
import nl.zvh.platform.ui.form.Fields;
import nl.zvh.platform.ui.form.Form;
import nl.zvh.platform.ui.form.Option;
import nl.zvh.platform.ui.form.Paging;
import nl.zvh.platform.ui.shell.Shell;

/**
 * The weekly review of emergency access (issue 23): every service's grants of the last 7 days and older ones not yet
 * reviewed, and per grant a review form (verdict, a note when not justified) that the service holding the grant
 * records and audits. Each service scopes to the officer's house (a partner's officer: its own users' grants).
 */
@Path("/privacy/break-glass")
@RolesAllowed("privacy-officer")
@SecondFactorRequired("privacy-officer")
public class GrantReviewResource {
    /** The verdicts the form offers, as the services name them. */
    enum Verdict {
        JUSTIFIED, NOT_JUSTIFIED
    }

    static final int NOTE_MAX = 2000;

    @Inject
    SecurityIdentity identity;

    @Inject
    AuditFanOut fanOut;

    @Inject
    GatewayConfig config;

    @Inject
    Shell shell;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance grants(@Context UriInfo uri) {
        Locale locale = shell.locale();
        List<GrantRow> all = fanOut.grants(Caller.of(token()));
        Paging paging = Paging.of("/privacy/break-glass", PrivacyResource.query(uri), PrivacyResource.PAGE_SIZE,
                all.size(), null);
        return PrivacyResource.Templates.grants(
                all.stream().skip(paging.offset()).limit(paging.size()).map(g -> GrantLine.of(g, locale)).toList(),
                paging, GrantRow.due(all)[0], GrantRow.due(all)[1], uri.getQueryParameters().containsKey("reviewed"));
    }

    @GET
    @Path("/{service}/{id}")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance review(@PathParam("service") String service, @PathParam("id") String id) {
        return page(grant(service, id), Form.empty(), null);
    }

    @POST
    @Path("/{service}/{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response record(@PathParam("service") String service, @PathParam("id") String id,
            MultivaluedMap<String, String> body) {
        GrantLine grant = grant(service, id);
        Locale locale = shell.locale();
        PrivacyMessages m = PrivacyResource.messages(locale);
        Fields fields = Fields.of(body, locale);
        String chosen = fields.form().value("verdict");
        if (chosen == null || chosen.isBlank()) {
            fields.reject("verdict", m.error_verdict());
        }
        Verdict verdict = fields.choice("verdict", Verdict.class, true);
        String typed = fields.form().value("note");
        if (verdict == Verdict.NOT_JUSTIFIED && (typed == null || typed.isBlank())) {
            fields.reject("note", m.error_note());
        }
        String note = fields.text("note", NOTE_MAX, false);
        if (!fields.ok()) {
            return Response.status(422).entity(page(grant, fields.form(), null)).build();
        }
        HttpResponse<String> answer = fanOut.review(Caller.of(token()), service, id,
                new JsonObject().put("verdict", verdict.name()).put("note", note));
        return switch (answer.statusCode()) {
            case 200 -> Response.seeOther(URI.create("/privacy/break-glass?reviewed=" + id)).build();
            case 409 -> Response.status(409).entity(page(grant, fields.form(), m.review_already())).build();
            case 400 ->
                Response.status(422).entity(page(grant, refused(fields.form(), answer.body(), m), null)).build();
            case 404 -> throw new NotFoundException();
            default -> Response.status(502).entity(page(grant, fields.form(), m.review_failed())).build();
        };
    }

    private TemplateInstance page(GrantLine grant, Form form, String refused) {
        PrivacyMessages m = PrivacyResource.messages(shell.locale());
        return PrivacyResource.Templates.review(grant, form,
                List.of(new Option(Verdict.JUSTIFIED.name(), m.verdict_justified()),
                        new Option(Verdict.NOT_JUSTIFIED.name(), m.verdict_not_justified())),
                refused);
    }

    /** The grant from the service's review list (404 when the service or the grant is not the officer's to see). */
    private GrantLine grant(String service, String id) {
        if (!config.routes().containsKey(service)) {
            throw new NotFoundException();
        }
        return fanOut.grants(Caller.of(token())).stream().filter(g -> g.service().equals(service) && g.id().equals(id))
                .findFirst().map(g -> GrantLine.of(g, shell.locale())).orElseThrow(NotFoundException::new);
    }

    /** The service's problem, field by field, as Dutch messages on the form. */
    private static Form refused(Form form, String problem, PrivacyMessages m) {
        JsonArray errors;
        try {
            errors = new JsonObject(problem).getJsonArray("errors", new JsonArray());
        } catch (RuntimeException e) {
            errors = new JsonArray();
        }
        errors.stream().map(o -> ((JsonObject) o).getString("field")).distinct().forEach(f -> form
                .reject("note".equals(f) ? "note" : "verdict", "note".equals(f) ? m.error_note() : m.error_verdict()));
        return form.hasErrors() ? form : form.reject("verdict", m.error_verdict());
    }

    private String token() {
        AccessTokenCredential credential = identity.getCredential(AccessTokenCredential.class);
        return credential == null ? "" : credential.getToken();
    }
}
