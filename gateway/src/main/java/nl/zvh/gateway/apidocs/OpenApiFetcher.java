package nl.zvh.gateway.apidocs;

import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import nl.zvh.gateway.config.GatewayConfig;
import nl.zvh.gateway.proxy.UpstreamClient;

/**
 * Fetches {@code /q/openapi?format=json} from a service's management interface (unauthenticated and never reachable
 * from outside the cluster, so no token goes there).
 */
@ApplicationScoped
public class OpenApiFetcher {

    /** Outcome of one fetch: the service's status and body. */
    public record Answer(int status, String body) {
    }

    @Inject
    UpstreamClient upstreamClient;

    @Inject
    GatewayConfig config;

    public Uni<Answer> fetch(URI management) {
        String base = management.getRawPath() == null ? "" : management.getRawPath().replaceAll("/+$", "");
        boolean tls = "https".equalsIgnoreCase(management.getScheme());
        RequestOptions options = new RequestOptions().setMethod(HttpMethod.GET).setHost(management.getHost())
                .setPort(management.getPort() != -1 ? management.getPort() : tls ? 443 : 80).setSsl(tls)
                .setURI(base + "/q/openapi?format=json").addHeader("Accept", "application/json")
                .setConnectTimeout(config.timeouts().connect().toMillis())
                .setIdleTimeout(config.timeouts().idle().toMillis());
        return Uni.createFrom()
                .completionStage(() -> upstreamClient.get().request(options).compose(request -> request.send()).compose(
                        response -> response.body().map(body -> new Answer(response.statusCode(), body.toString())))
                        .toCompletionStage());
    }
}
