package nl.zvh.gateway.subject;

import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonObject;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.zvh.gateway.config.GatewayConfig;
import nl.zvh.gateway.factor.SecondFactorRequired;
import nl.zvh.gateway.privacy.PrivacyScope;
import nl.zvh.gateway.problem.Problems;
import nl.zvh.platform.problem.Problem;
import nl.zvh.platform.ui.form.Form;
import nl.zvh.platform.ui.shell.Shell;

/**
 * The house's own privacy officer's data-subject access (a partner organisation's privacy officer gets 403): a page asking for a BSN or platform person id, and the composed export
 * of all services ({@code GET /api/subject} of each, with the officer's own token, so each service scopes to the
 * officer's house and audits the export) as a JSON download and a readable PDF. The page's form downloads the
 * file; input that cannot be exported brings the page back with what was typed and a Dutch message at the field
 * (API clients get a problem). An export is a POST of the form (Origin-checked like every form): a link or an image on
 * another site cannot make an officer's session run an audited export, and no BSN ends up in a URL or a log line.
 */
@Path("/subject-access")
@RolesAllowed("privacy-officer")
@SecondFactorRequired("privacy-officer")
public class SubjectAccessResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance page(Form form);
    }

    @Inject
    GatewayConfig config;

    @Inject
    SubjectFetcher fetcher;

    @Inject
    SecurityIdentity identity;

    @Inject
    Shell shell;

    @Inject
    PrivacyScope scope;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance page() {
        requireHouseWide();
        return Templates.page(Form.empty());
    }

    @POST
    @Path("export.json")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces({MediaType.APPLICATION_JSON, Problems.MEDIA_TYPE, MediaType.TEXT_HTML})
    public Uni<Response> json(@FormParam("bsn") String bsn, @FormParam("personId") String personId,
            @Context HttpHeaders headers) {
        return export(bsn, personId, headers).map(export -> export instanceof Response r
                ? r
                : Response.ok(((JsonObject) export).encodePrettily(), MediaType.APPLICATION_JSON)
                        .header("Content-Disposition", "attachment; filename=\"inzage.json\"")
                        .header("Cache-Control", "no-store").build());
    }

    @POST
    @Path("export.pdf")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces({"application/pdf", Problems.MEDIA_TYPE, MediaType.TEXT_HTML})
    public Uni<Response> pdf(@FormParam("bsn") String bsn, @FormParam("personId") String personId,
            @Context HttpHeaders headers) {
        return export(bsn, personId, headers).map(export -> export instanceof Response r
                ? r
                : Response.ok(SubjectPdf.render((JsonObject) export), "application/pdf")
                        .header("Content-Disposition", "attachment; filename=\"inzage.pdf\"")
                        .header("Cache-Control", "no-store").build());
    }

    private Uni<Object> export(String bsn, String personId, HttpHeaders headers) {
        requireHouseWide();
        SubjectQuery query = SubjectQuery.of(bsn, personId);
        if (query == null && isPage(headers)) {
            // the page's own form: the page again, with what was typed and a Dutch message at the field
            return Uni.createFrom()
                    .item(Response.status(400).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                            .header("Cache-Control", "no-store").entity(Templates.page(refused(bsn, personId)).render())
                            .build());
        }
        if (query == null) {
            String field = bsn != null && !bsn.isBlank() ? "bsn" : "personId";
            return Uni.createFrom().item(Response.status(400).type(Problems.MEDIA_TYPE)
                    .entity(Problems.body("invalid-request", "Bad Request", 400,
                            "Give exactly one valid bsn (eleven-test) or personId (UUID).", null,
                            List.of(new Problem.FieldError(field, "give exactly one valid bsn or personId"))))
                    .build());
        }
        AccessTokenCredential credential = identity.getCredential(AccessTokenCredential.class);
        String token = credential == null ? null : credential.getToken();
        List<Uni<SubjectFetcher.Answer>> calls = config.routes().entrySet().stream()
                .sorted(java.util.Map.Entry.comparingByKey())
                .map(route -> fetcher.fetch(route.getKey(), route.getValue(), query.parameter(), query.value(), token))
                .toList();
        return Uni.join().all(calls).andFailFast()
                .map(answers -> SubjectComposer.compose(query, identity.getPrincipal().getName(), answers));
    }

    /**
     * The ground: the export gathers what every partner organisation recorded on the person in the whole house (police
     * answers, care and victim data of other organisations). Under the house's covenant the partners process jointly
     * (AVG art. 26) and the house is the data subject's point of contact, so the house's own privacy officer composes
     * the answer to an AVG art. 15 request and weighs each partner's data (art. 15(4), art. 23 / UAVG art. 41). A
     * partner organisation's privacy officer supervises its own organisation only and may not see the others' data:
     * 403, a Dutch page in the shell, a problem for an API client; nothing is asked of the services.
     */
    private void requireHouseWide() {
        if (!scope.houseWide()) {
            throw new ForbiddenException("only the house's own privacy officer composes a data-subject export");
        }
    }

    /** The form as typed, with why it cannot be exported. */
    private Form refused(String bsn, String personId) {
        SubjectMessages m = "en".equals(shell.locale().getLanguage())
                ? MessageBundles.get(SubjectMessages.class, Localized.Literal.of("en"))
                : MessageBundles.get(SubjectMessages.class);
        Map<String, String> typed = new LinkedHashMap<>();
        typed.put("bsn", bsn);
        typed.put("personId", personId);
        Form form = Form.ofSingle(typed);
        boolean hasBsn = bsn != null && !bsn.isBlank();
        boolean hasId = personId != null && !personId.isBlank();
        if (!hasBsn && !hasId) {
            form.reject("bsn", m.error_none());
        } else if (hasBsn && hasId) {
            form.reject("bsn", m.error_both());
        } else if (hasBsn) {
            form.reject("bsn", m.error_bsn());
        } else {
            form.reject("personId", m.error_person_id());
        }
        return form;
    }

    /** A browser sending the page's form (not an API client asking for the file). */
    private static boolean isPage(HttpHeaders headers) {
        String accept = headers.getHeaderString(HttpHeaders.ACCEPT);
        return accept != null && accept.contains("text/html") && headers.getHeaderString("HX-Request") == null;
    }
}
