package nl.zvh.gateway.health;

import io.smallrye.health.api.AsyncHealthCheck;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import nl.zvh.gateway.proxy.UpstreamClient;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready when the OIDC server serves {@code /.well-known/openid-configuration}; without it nobody can log in. */
@Readiness
@ApplicationScoped
public class OidcServerReadiness implements AsyncHealthCheck {

    private static final String NAME = "OIDC server";
    private static final long TIMEOUT_MS = Duration.ofSeconds(2).toMillis();

    @ConfigProperty(name = "quarkus.oidc.auth-server-url")
    String authServerUrl;

    @Inject
    UpstreamClient upstreamClient;

    @Override
    public Uni<HealthCheckResponse> call() {
        String discovery = authServerUrl.replaceAll("/+$", "") + "/.well-known/openid-configuration";
        RequestOptions options = new RequestOptions().setMethod(HttpMethod.GET).setAbsoluteURI(discovery)
                .setConnectTimeout(TIMEOUT_MS).setIdleTimeout(TIMEOUT_MS);
        return Uni.createFrom().completionStage(
                () -> upstreamClient.get().request(options).compose(request -> request.send()).map(response -> {
                    response.end();
                    return response.statusCode();
                }).toCompletionStage())
                .map(status -> HealthCheckResponse.named(NAME).status(status == 200).withData("discovery", discovery)
                        .withData("status", status).build())
                .onFailure()
                .recoverWithItem(failure -> HealthCheckResponse.named(NAME).down().withData("discovery", discovery)
                        .withData("error", failure.getClass().getSimpleName()).build());
    }
}
