package nl.zvh.gateway.apidocs;

import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import nl.zvh.gateway.config.GatewayConfig;
import nl.zvh.gateway.i18n.UiLocale;
import nl.zvh.gateway.problem.Problems;
import nl.zvh.gateway.proxy.UpstreamFailure;

/** {@code /api-docs}: index of the services' OpenAPI documents, and {@code /api-docs/{programme}}: one document. */
@Path("/api-docs")
@Authenticated
public class ApiDocsResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance index(String lang, List<String> programmes);
    }

    @Inject
    GatewayConfig config;

    @Inject
    OpenApiFetcher fetcher;

    @Inject
    SecurityIdentity identity;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance index(@QueryParam("lang") String lang, @Context HttpHeaders headers) {
        Locale locale = UiLocale.resolve(lang, headers.getAcceptableLanguages());
        List<String> programmes = config.routes().keySet().stream().sorted().toList();
        return Templates.index(locale.getLanguage(), programmes).setLocale(locale);
    }

    @GET
    @Path("{programme}")
    @Produces({ MediaType.APPLICATION_JSON, Problems.MEDIA_TYPE })
    public Uni<Response> document(@PathParam("programme") String programme) {
        URI service = config.routes().get(programme);
        if (service == null) {
            return Uni.createFrom().item(problem(404, "not-found", "Not Found",
                    "There is no programme named '" + programme.replaceAll("[^a-z0-9-]", "") + "'."));
        }
        AccessTokenCredential token = identity.getCredential(AccessTokenCredential.class);
        return fetcher.fetch(service, token == null ? null : token.getToken())
                .map(answer -> answer.status() == 200
                        ? Response.ok(answer.body(), MediaType.APPLICATION_JSON).build()
                        : problem(502, "service-unavailable", "Bad Gateway", "The " + programme
                                + " service answered " + answer.status() + " for its OpenAPI document."))
                .onFailure().recoverWithItem(failure -> UpstreamFailure.isTimeout(failure)
                        ? problem(504, "service-timeout", "Gateway Timeout",
                                "The " + programme + " service did not answer in time.")
                        : problem(502, "service-unavailable", "Bad Gateway",
                                "The " + programme + " service is not reachable."));
    }

    private static Response problem(int status, String type, String title, String detail) {
        return Response.status(status)
                .type(Problems.MEDIA_TYPE)
                .entity(Problems.body(type, title, status, detail, null).encode())
                .build();
    }
}
