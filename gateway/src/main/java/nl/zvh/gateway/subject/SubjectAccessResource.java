package nl.zvh.gateway.subject;

import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonObject;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Locale;
import nl.zvh.gateway.config.GatewayConfig;
import nl.zvh.gateway.i18n.UiLocale;
import nl.zvh.gateway.problem.Problems;

/**
 * The privacy officer's data-subject access: a page asking for a BSN or platform person id, and the composed export
 * of all services ({@code GET /api/subject} of each, with the officer's own token, so each service scopes to the
 * officer's house and audits the export) as a JSON download and a readable PDF.
 */
@Path("/subject-access")
@RolesAllowed("privacy-officer")
public class SubjectAccessResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance page(String lang);
    }

    @Inject
    GatewayConfig config;
    @Inject
    SubjectFetcher fetcher;
    @Inject
    SecurityIdentity identity;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance page(@QueryParam("lang") String lang, @Context HttpHeaders headers) {
        Locale locale = UiLocale.resolve(lang, headers.getAcceptableLanguages());
        return Templates.page(locale.getLanguage()).setLocale(locale);
    }

    @GET
    @Path("export.json")
    @Produces({ MediaType.APPLICATION_JSON, Problems.MEDIA_TYPE })
    public Uni<Response> json(@QueryParam("bsn") String bsn, @QueryParam("personId") String personId) {
        return export(bsn, personId).map(export -> export instanceof Response r ? r
                : Response.ok(((JsonObject) export).encodePrettily(), MediaType.APPLICATION_JSON)
                .header("Content-Disposition", "attachment; filename=\"inzage.json\"")
                .header("Cache-Control", "no-store").build());
    }

    @GET
    @Path("export.pdf")
    @Produces({ "application/pdf", Problems.MEDIA_TYPE })
    public Uni<Response> pdf(@QueryParam("bsn") String bsn, @QueryParam("personId") String personId) {
        return export(bsn, personId).map(export -> export instanceof Response r ? r
                : Response.ok(SubjectPdf.render((JsonObject) export), "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"inzage.pdf\"")
                .header("Cache-Control", "no-store").build());
    }

    private Uni<Object> export(String bsn, String personId) {
        SubjectQuery query = SubjectQuery.of(bsn, personId);
        if (query == null) {
            String field = bsn != null && !bsn.isBlank() ? "bsn" : "personId";
            return Uni.createFrom().item(Response.status(400).type(Problems.MEDIA_TYPE)
                    .entity(Problems.body("invalid-request", "Bad Request", 400,
                            "Give exactly one valid bsn (eleven-test) or personId (UUID).", null)
                            .put("errors", new io.vertx.core.json.JsonArray().add(new JsonObject()
                                    .put("field", field).put("message", "give exactly one valid bsn or personId")))
                            .encode()).build());
        }
        AccessTokenCredential credential = identity.getCredential(AccessTokenCredential.class);
        String token = credential == null ? null : credential.getToken();
        List<Uni<SubjectFetcher.Answer>> calls = config.routes().entrySet().stream().sorted(java.util.Map.Entry
                        .comparingByKey())
                .map(route -> fetcher.fetch(route.getKey(), route.getValue(), query.parameter(), query.value(), token))
                .toList();
        return Uni.join().all(calls).andFailFast()
                .map(answers -> SubjectComposer.compose(query, identity.getPrincipal().getName(), answers));
    }
}
