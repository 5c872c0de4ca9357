package nl.zvh.gateway.subject;

import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import nl.zvh.gateway.config.GatewayConfig;
import nl.zvh.gateway.fanout.Caller;
import nl.zvh.gateway.proxy.UpstreamClient;
import nl.zvh.gateway.proxy.UpstreamFailure;

/**
 * Asks one service {@code GET /api/subject?bsn=…|personId=…&stage=draft|release} as the privacy officer
 * ({@link Caller}: the officer's own token, the request's correlation id and trace).
 */
@ApplicationScoped
public class SubjectFetcher {

    /** One service's answer: its HTTP status and body, or status 0 and a reason when it could not be reached. */
    public record Answer(String programme, int status, String body) {
    }

    @Inject
    UpstreamClient upstreamClient;

    @Inject
    GatewayConfig config;

    public Uni<Answer> fetch(String programme, URI service, String parameter, String value, String stage,
            Caller caller) {
        String base = service.getRawPath() == null ? "" : service.getRawPath().replaceAll("/+$", "");
        boolean tls = "https".equalsIgnoreCase(service.getScheme());
        RequestOptions options = new RequestOptions().setMethod(HttpMethod.GET).setHost(service.getHost())
                .setPort(service.getPort() != -1 ? service.getPort() : tls ? 443 : 80).setSsl(tls)
                .setURI(base + "/api/subject?" + parameter + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8)
                        + "&stage=" + stage)
                .addHeader("Accept", "application/json").setConnectTimeout(config.timeouts().connect().toMillis())
                .setIdleTimeout(config.timeouts().idle().toMillis());
        caller.headers().forEach(options::addHeader);
        return Uni.createFrom()
                .completionStage(() -> upstreamClient.get().request(options).compose(request -> request.send())
                        .compose(response -> response.body()
                                .map(body -> new Answer(programme, response.statusCode(), body.toString())))
                        .toCompletionStage())
                .onFailure()
                .recoverWithItem(failure -> new Answer(programme, 0,
                        UpstreamFailure.isTimeout(failure)
                                ? "did not answer in time"
                                : UpstreamFailure.isBusy(failure) ? "busy, try again in a moment" : "not reachable"));
    }
}
