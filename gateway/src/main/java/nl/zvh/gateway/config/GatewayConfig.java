package nl.zvh.gateway.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.net.URI;
import java.time.Duration;
import java.util.Map;

/** Gateway settings under the {@code gateway.} prefix (see application.properties and README). */
@ConfigMapping(prefix = "gateway")
public interface GatewayConfig {

    /** Programme name (first path segment, e.g. {@code intake}) to the base URL of its service. */
    Map<String, URI> routes();

    /**
     * Programme name to the base URL of its service's management interface ({@code quarkus.management.*}: health,
     * metrics, OpenAPI under {@code /q}, on a port of its own that only the gateway and monitoring reach). The gateway
     * reads each service's OpenAPI document there.
     */
    Map<String, URI> management();

    /** Timeouts towards the services. */
    Timeouts timeouts();

    /** Response security settings. */
    Security security();

    /** How much work the gateway hands each service at once. */
    Upstream upstream();

    /** The partner API: its version, the retirement of the unversioned paths, its contact (docs/api-versioning.md). */
    Api api();

    interface Api {
        /** Full semver of the API; its major is the path's {@code v1}. Equal to the services' {@code zvh.api.version}. */
        @WithDefault("1.0.0")
        String version();

        /** Date (ISO) from which the unversioned paths {@code /{programme}/api/...} are deprecated. */
        @WithDefault("2026-12-07")
        String unversionedDeprecatedSince();

        /** Date (ISO) after which the unversioned paths may stop answering. */
        @WithDefault("2027-07-01")
        String unversionedSunset();

        /** Who partners' developers write to about the API: {@code info.contact} of every published document. */
        @WithDefault("Functioneel beheer ZVH-platform")
        String contactName();

        @WithDefault("api@zvh.example")
        String contactEmail();
    }

    interface Timeouts {
        /** Time allowed to open a TCP connection to a service; exceeded means 504. */
        @WithDefault("2s")
        Duration connect();

        /** Time without any byte from the service (while waiting for the response or streaming it); exceeded means 504. */
        @WithDefault("30s")
        Duration idle();
    }

    /**
     * Load shedding per service: at most {@code maxConnections} requests in flight to one service and
     * {@code maxWaiting} more waiting for a connection; beyond that a request is answered 503 with Retry-After at once,
     * before anything reaches the service (so a retry cannot file anything twice), instead of queueing until the idle
     * timeout gives a 504 whose request the service may still carry out later.
     */
    interface Upstream {
        @WithDefault("32")
        int maxConnections();

        @WithDefault("32")
        int maxWaiting();

        /** Retry-After of the 503 answered when a service is busy. */
        @WithDefault("2s")
        Duration busyRetryAfter();
    }

    interface Security {
        /** Content-Security-Policy put on every response, proxied ones included. */
        @WithDefault("default-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'self'; frame-ancestors 'none'")
        String contentSecurityPolicy();
    }
}
