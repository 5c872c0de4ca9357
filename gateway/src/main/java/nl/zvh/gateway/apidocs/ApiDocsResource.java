package nl.zvh.gateway.apidocs;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonObject;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import nl.zvh.gateway.config.GatewayConfig;
import nl.zvh.gateway.problem.Problems;
import nl.zvh.gateway.proxy.UpstreamFailure;
import nl.zvh.gateway.ratelimit.LimitsConfig;
import nl.zvh.platform.ui.format.Labels;
import nl.zvh.platform.ui.shell.Programme;
import nl.zvh.platform.ui.shell.Shell;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * {@code /api-docs}: the developer page (in the shell): the APIs and their documents, how to get a token, an example,
 * the error catalogue, the limits and the versioning policy; and
 * {@code /api-docs/{programme}}: one document (JSON) as published to partners ({@link PartnerDocument}). Open to every signed-in user and partner system, so partners'
 * developers reach it directly; the landing page links it for the functional administrator only.
 */
@Path("/api-docs")
@Authenticated
public class ApiDocsResource {

    /** One service's OpenAPI document: the programme's name and its route. */
    public record Document(String programme, String title) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance index(DeveloperPage page);
    }

    @Inject
    GatewayConfig config;

    @Inject
    OpenApiFetcher fetcher;

    @Inject
    Shell shell;

    @Inject
    LimitsConfig limits;

    @ConfigProperty(name = "quarkus.oidc.auth-server-url")
    String issuer;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance index(@Context UriInfo uriInfo) {
        Locale locale = shell.locale();
        List<Document> documents = config.routes().keySet().stream()
                .sorted(java.util.Comparator.comparingInt(ApiDocsResource::order).thenComparing(p -> p))
                .map(p -> new Document(p, title(p, locale))).toList();
        return Templates.index(
                DeveloperPage.of(documents, uriInfo.getBaseUri().toString(), issuer, config.api(), limits, locale));
    }

    /** The place of the programme in the case flow (the menu's order); unknown routes last. */
    private static int order(String programme) {
        try {
            return Programme.valueOf(programme.toUpperCase(Locale.ROOT)).ordinal();
        } catch (IllegalArgumentException e) {
            return Integer.MAX_VALUE;
        }
    }

    /** The programme's name as the menu shows it, else the route name. */
    private static String title(String programme, Locale locale) {
        String label = Labels.ofKey("Programme." + programme.toUpperCase(Locale.ROOT), locale);
        return label == null ? programme : label;
    }

    @GET
    @Path("{programme}")
    @Produces({MediaType.APPLICATION_JSON, Problems.MEDIA_TYPE})
    public Uni<Response> document(@PathParam("programme") String programme, @Context UriInfo uriInfo) {
        if (!config.routes().containsKey(programme)) {
            return Uni.createFrom().item(problem(404, "not-found", "Not Found",
                    "There is no programme named '" + programme.replaceAll("[^a-z0-9-]", "") + "'."));
        }
        URI management = config.management().get(programme);
        if (management == null) {
            return Uni.createFrom().item(problem(502, "service-unavailable", "Bad Gateway",
                    "The gateway knows no management address of the " + programme + " service."));
        }
        String base = uriInfo.getBaseUri().toString();
        return fetcher.fetch(management).map(answer -> answer.status() == 200
                ? Response.ok(PartnerDocument.of(new JsonObject(answer.body()), programme, base, config.api(), issuer)
                        .encode(), MediaType.APPLICATION_JSON).build()
                : problem(502, "service-unavailable", "Bad Gateway",
                        "The " + programme + " service answered " + answer.status() + " for its OpenAPI document."))
                .onFailure()
                .recoverWithItem(failure -> UpstreamFailure.isTimeout(failure)
                        ? problem(504, "service-timeout", "Gateway Timeout",
                                "The " + programme + " service did not answer in time.")
                        : problem(502, "service-unavailable", "Bad Gateway",
                                "The " + programme + " service is not reachable."));
    }

    private static Response problem(int status, String type, String title, String detail) {
        return Response.status(status).type(Problems.MEDIA_TYPE)
                .entity(Problems.body(type, title, status, detail, null)).build();
    }
}
