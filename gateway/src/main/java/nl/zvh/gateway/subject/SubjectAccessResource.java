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
import nl.zvh.gateway.fanout.Caller;
import nl.zvh.gateway.privacy.PrivacyScope;
import nl.zvh.gateway.problem.Problems;
import nl.zvh.platform.problem.Problem;
import nl.zvh.platform.ui.form.Form;
import nl.zvh.platform.ui.shell.Shell;

/**
 * The house's own privacy officer's data-subject access (a partner organisation's privacy officer gets 403): a page
 * asking for a BSN or platform person id; a draft composed of all services ({@code GET /api/subject?stage=draft} of
 * each, with the officer's own token, so each service scopes to the officer's house, withholds what the subject may not
 * receive and audits the draft) that the officer reviews: what each programme holds and every withheld item with its
 * ground; then the release of the reviewed export ({@code stage=release}, audited as released in every service) as a
 * readable PDF or JSON, without the withheld items. Input that cannot be exported brings the page back with what was
 * typed and a Dutch message at the field (API clients get a problem). Every step is a POST of a form (Origin-checked
 * like every form): a link or an image on another site cannot make an officer's session run an audited export, and no
 * BSN ends up in a URL or a log line.
 */
@Path("/subject-access")
@RolesAllowed("privacy-officer")
@SecondFactorRequired("privacy-officer")
public class SubjectAccessResource {
    /** The services' {@code stage} of the draft the officer reviews, and of the released export. */
    static final String DRAFT = "draft";
    static final String RELEASE = "release";

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance page(Form form);

        static native TemplateInstance review(SubjectReview review);
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

    /**
     * Composes the draft: each service's part with what it withheld, audited in each service as a draft export. A
     * browser gets the review page (counts per programme, every withheld item with its ground, the release form); an
     * API client the draft as JSON ({@code status: draft}).
     */
    @POST
    @Path("draft")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces({MediaType.TEXT_HTML, MediaType.APPLICATION_JSON, Problems.MEDIA_TYPE})
    public Uni<Response> draft(@FormParam("bsn") String bsn, @FormParam("personId") String personId,
            @Context HttpHeaders headers) {
        return export(bsn, personId, headers, DRAFT).map(export -> {
            if (export instanceof Response r) {
                return r;
            }
            JsonObject draft = ((JsonObject) export).put("status", "draft");
            return isPage(headers)
                    ? noStore(Response.ok(Templates.review(SubjectReview.of(draft, shell.locale())).render(),
                            MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")))
                    : noStore(Response.ok(draft.encodePrettily(), MediaType.APPLICATION_JSON));
        });
    }

    /** Releases the reviewed export as JSON (audited in each service as released); the withheld items left out. */
    @POST
    @Path("release.json")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces({MediaType.APPLICATION_JSON, Problems.MEDIA_TYPE, MediaType.TEXT_HTML})
    public Uni<Response> releaseJson(@FormParam("bsn") String bsn, @FormParam("personId") String personId,
            @FormParam("reviewed") String reviewed, @Context HttpHeaders headers) {
        return release(bsn, personId, reviewed, headers,
                released -> noStore(Response.ok(released.encodePrettily(), MediaType.APPLICATION_JSON)
                        .header("Content-Disposition", "attachment; filename=\"inzage.json\"")));
    }

    /** Releases the reviewed export as a readable PDF (audited in each service as released). */
    @POST
    @Path("release.pdf")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces({"application/pdf", Problems.MEDIA_TYPE, MediaType.TEXT_HTML})
    public Uni<Response> releasePdf(@FormParam("bsn") String bsn, @FormParam("personId") String personId,
            @FormParam("reviewed") String reviewed, @Context HttpHeaders headers) {
        return release(bsn, personId, reviewed, headers,
                released -> noStore(Response.ok(SubjectPdf.render(released), "application/pdf")
                        .header("Content-Disposition", "attachment; filename=\"inzage.pdf\"")));
    }

    private Uni<Response> release(String bsn, String personId, String reviewed, HttpHeaders headers,
            java.util.function.Function<JsonObject, Response> file) {
        if (!"true".equals(reviewed)) {
            requireHouseWide();
            // the release form's box says the officer reviewed the draft and its withheld items: without it, no file
            return Uni.createFrom().item(isPage(headers)
                    ? noStore(Response.status(400).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                            .entity(Templates.page(notReviewed(bsn, personId)).render()))
                    : Response.status(400).type(Problems.MEDIA_TYPE)
                            .entity(Problems.body("invalid-request", "Bad Request", 400,
                                    "Release only a reviewed draft: compose it (POST draft), review what was withheld,"
                                            + " then release with reviewed=true.",
                                    null, List.of(new Problem.FieldError("reviewed", "must be true"))))
                            .build());
        }
        return export(bsn, personId, headers, RELEASE).map(
                export -> export instanceof Response r ? r : file.apply(SubjectReview.released((JsonObject) export)));
    }

    private static Response noStore(Response.ResponseBuilder response) {
        return response.header("Cache-Control", "no-store").build();
    }

    private Uni<Object> export(String bsn, String personId, HttpHeaders headers, String stage) {
        requireHouseWide();
        SubjectQuery query = SubjectQuery.of(bsn, personId);
        if (query == null && isPage(headers)) {
            // the page's own form: the page again, with what was typed and a Dutch message at the field
            return Uni.createFrom()
                    .item(noStore(Response.status(400).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                            .entity(Templates.page(refused(bsn, personId)).render())));
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
        Caller caller = Caller.of(credential == null ? null : credential.getToken());
        List<Uni<SubjectFetcher.Answer>> calls = config
                .routes().entrySet().stream().sorted(java.util.Map.Entry.comparingByKey()).map(route -> fetcher
                        .fetch(route.getKey(), route.getValue(), query.parameter(), query.value(), stage, caller))
                .toList();
        return Uni.join().all(calls).andFailFast()
                .map(answers -> SubjectComposer.compose(query, officerName(), answers));
    }

    /** The officer by name as the token gives it (a person never reads a login name), else the login name. */
    private String officerName() {
        if (identity.getPrincipal() instanceof org.eclipse.microprofile.jwt.JsonWebToken jwt
                && jwt.getClaim("name") instanceof String name && !name.isBlank()) {
            return name;
        }
        return identity.getPrincipal().getName();
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
        SubjectMessages m = messages();
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

    /** The form as typed, with the message that the draft must be reviewed before it is released. */
    private Form notReviewed(String bsn, String personId) {
        Map<String, String> typed = new LinkedHashMap<>();
        typed.put("bsn", bsn);
        typed.put("personId", personId);
        Form form = Form.ofSingle(typed);
        form.reject(bsn != null && !bsn.isBlank() ? "bsn" : "personId", messages().error_not_reviewed());
        return form;
    }

    private SubjectMessages messages() {
        return "en".equals(shell.locale().getLanguage())
                ? MessageBundles.get(SubjectMessages.class, Localized.Literal.of("en"))
                : MessageBundles.get(SubjectMessages.class);
    }

    /** A browser sending the page's form (not an API client asking for the file). */
    private static boolean isPage(HttpHeaders headers) {
        String accept = headers.getHeaderString(HttpHeaders.ACCEPT);
        return accept != null && accept.contains("text/html") && headers.getHeaderString("HX-Request") == null;
    }
}
