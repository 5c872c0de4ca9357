package nl.zvh.gateway.proxy;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.PoolOptions;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import nl.zvh.gateway.config.GatewayConfig;

/**
 * The one pooled HTTP client the gateway uses to talk to the services: per service at most
 * {@code gateway.upstream.max-connections} requests in flight and {@code max-waiting} queued (then
 * {@link io.vertx.core.http.ConnectionPoolTooBusyException}, answered 503 by {@link ProgrammeProxy}).
 */
@ApplicationScoped
public class UpstreamClient {

    @Inject
    Vertx vertx;

    @Inject
    GatewayConfig config;

    private volatile HttpClient client;

    public HttpClient get() {
        HttpClient current = client;
        if (current == null) {
            synchronized (this) {
                if (client == null) {
                    client = vertx.createHttpClient(
                            new HttpClientOptions().setKeepAlive(true)
                                    .setConnectTimeout((int) config.timeouts().connect().toMillis())
                                    .setDecompressionSupported(false),
                            new PoolOptions().setHttp1MaxSize(config.upstream().maxConnections())
                                    .setMaxWaitQueueSize(config.upstream().maxWaiting()));
                }
                current = client;
            }
        }
        return current;
    }

    @PreDestroy
    void close() {
        if (client != null) {
            client.close();
        }
    }
}
