package nl.zvh.gateway.proxy;

import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import nl.zvh.gateway.config.GatewayConfig;
import org.jboss.logging.Logger;

/**
 * Registers one Vert.x route per configured programme. These routes sit behind the Quarkus HTTP security
 * filters (proactive authentication plus the {@code quarkus.http.auth.permission.*} policies).
 */
@ApplicationScoped
public class ProxyRoutes {

    private static final Logger LOG = Logger.getLogger(ProxyRoutes.class);

    @Inject
    GatewayConfig config;

    @Inject
    UpstreamClient upstreamClient;

    void register(@Observes Router router) {
        config.routes().forEach((programme, target) -> {
            router.route("/" + programme + "/*")
                    .handler(new ProgrammeProxy(programme, target, upstreamClient.get(), config));
            LOG.infof("Routing /%s/** to %s", programme, target);
        });
    }
}
