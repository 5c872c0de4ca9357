package nl.zvh.gateway.privacy;

import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
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
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import nl.zvh.gateway.i18n.UiLocale;

/**
 * The privacy officer's view over all six services: the audit log search (break-glass entries highlighted), each
 * service's chain verification, the break-glass grants, and a person's own access log (AVG inzageverzoek) by platform
 * person id and/or BSN, as a page or as JSON. Every search is audited by the services themselves.
 */
@Path("/privacy")
@RolesAllowed("privacy-officer")
public class PrivacyResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance overview(String lang, Map<String, String> filters, AuditFanOut.Overview result);

        static native TemplateInstance accessLog(String lang, String person, String bsn, AuditFanOut.Overview result);
    }

    @Inject
    SecurityIdentity identity;
    @Inject
    AuditFanOut fanOut;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance overview(@QueryParam("person") String person, @QueryParam("bsn") String bsn,
                                     @QueryParam("user") String user, @QueryParam("from") String from,
                                     @QueryParam("to") String to, @QueryParam("action") String action,
                                     @QueryParam("breakGlass") String breakGlass, @QueryParam("lang") String lang,
                                     @Context HttpHeaders headers) {
        Locale locale = UiLocale.resolve(lang, headers.getAcceptableLanguages());
        Map<String, String> filters = filters(person, bsn, user, from, to, action, breakGlass);
        return Templates.overview(locale.getLanguage(), filters, fanOut.search(token(), filters, true))
                .setLocale(locale);
    }

    @GET
    @Path("/audit")
    @Produces(MediaType.APPLICATION_JSON)
    public Response overviewJson(@QueryParam("person") String person, @QueryParam("bsn") String bsn,
                                 @QueryParam("user") String user, @QueryParam("from") String from,
                                 @QueryParam("to") String to, @QueryParam("action") String action,
                                 @QueryParam("breakGlass") String breakGlass) {
        return Response.ok(fanOut.search(token(), filters(person, bsn, user, from, to, action, breakGlass), true)
                .json().encode()).build();
    }

    @GET
    @Path("/access-log")
    @Produces(MediaType.TEXT_HTML)
    public Response accessLog(@QueryParam("person") String person, @QueryParam("bsn") String bsn,
                              @QueryParam("lang") String lang, @Context HttpHeaders headers) {
        Locale locale = UiLocale.resolve(lang, headers.getAcceptableLanguages());
        if (blank(person) && blank(bsn)) {
            return Response.ok(Templates.accessLog(locale.getLanguage(), person, bsn, null).setLocale(locale)).build();
        }
        return Response.ok(Templates.accessLog(locale.getLanguage(), person, bsn,
                fanOut.search(token(), filters(person, bsn, null, null, null, null, null), false)).setLocale(locale))
                .build();
    }

    @GET
    @Path("/access-log.json")
    @Produces(MediaType.APPLICATION_JSON)
    public Response accessLogJson(@QueryParam("person") String person, @QueryParam("bsn") String bsn) {
        if (blank(person) && blank(bsn)) {
            return Response.status(400).type("application/problem+json").entity("{\"type\":\"about:blank\","
                    + "\"title\":\"Bad Request\",\"status\":400,\"detail\":\"person or bsn is required\","
                    + "\"errors\":[{\"field\":\"person\",\"message\":\"person or bsn is required\"}]}").build();
        }
        AuditFanOut.Overview result = fanOut.search(token(), filters(person, bsn, null, null, null, null, null), false);
        return Response.ok(new io.vertx.core.json.JsonObject().put("person", person).put("bsn", bsn)
                .put("accesses", new io.vertx.core.json.JsonArray(result.entries().stream().map(AuditRow::json).toList()))
                .put("services", new io.vertx.core.json.JsonArray(result.services().stream()
                        .map(ServiceStatus::json).toList())).encode()).build();
    }

    private static Map<String, String> filters(String person, String bsn, String user, String from, String to,
                                               String action, String breakGlass) {
        Map<String, String> filters = new LinkedHashMap<>();
        filters.put("person", person);
        filters.put("bsn", bsn);
        filters.put("user", user);
        filters.put("from", from);
        filters.put("to", to);
        filters.put("action", action);
        filters.put("breakGlass", breakGlass);
        return filters;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private String token() {
        AccessTokenCredential credential = identity.getCredential(AccessTokenCredential.class);
        return credential == null ? "" : credential.getToken();
    }
}
