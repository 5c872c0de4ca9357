package nl.zvh.platform.outbox;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.health.api.Wellness;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.jboss.logging.Logger;

/**
 * Whether the Kafka broker answers, for operators, never for readiness (issue 26): a broker outage is exactly what the
 * outbox rides out, so a service stays ready and keeps serving its HTTP API while its events wait in the outbox. The
 * broker's state is a wellness check (in {@code /q/health}, not in {@code /q/health/ready} or {@code /live}) and the
 * gauge {@code zvh_kafka_broker_reachable} (1 or 0), probed every 15 seconds; the outbox backlog shows how far the
 * service is behind ({@link OutboxBacklog}).
 */
@Wellness
@ApplicationScoped
public class KafkaBrokerWatch implements HealthCheck {
    private static final Logger LOG = Logger.getLogger(KafkaBrokerWatch.class);

    @Inject
    KafkaConnection connection;

    @Inject
    MeterRegistry registry;

    private final AtomicInteger reachable = new AtomicInteger(1);
    private volatile int nodes;
    private volatile String error;
    private volatile Instant since = Instant.now();
    private Admin admin;

    void register(@Observes StartupEvent start) {
        Gauge.builder("zvh.kafka.broker.reachable", reachable, AtomicInteger::get)
                .description("1 while the Kafka broker answers, 0 while the outbox waits for it").register(registry);
    }

    @Scheduled(every = "15s", delayed = "5s", identity = "kafka-broker-watch", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void probe() {
        int was = reachable.get();
        try {
            nodes = admin().describeCluster(new DescribeClusterOptions().timeoutMs(3000)).nodes()
                    .get(4, TimeUnit.SECONDS).size();
            error = null;
            reachable.set(1);
        } catch (Exception e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            error = e.getClass().getSimpleName();
            reachable.set(0);
        }
        if (was != reachable.get()) {
            since = Instant.now();
            if (reachable.get() == 0) {
                LOG.warnf("Kafka broker unreachable (%s): events wait in the outbox, the HTTP API stays ready", error);
            } else {
                LOG.infof("Kafka broker reachable again (%d nodes): the outbox drains", nodes);
            }
        }
    }

    @Override
    public HealthCheckResponse call() {
        boolean up = reachable.get() == 1;
        var response = HealthCheckResponse.named("Kafka broker").status(up).withData("since", since.toString());
        return up
                ? response.withData("nodes", nodes).build()
                : response.withData("error", String.valueOf(error)).build();
    }

    private synchronized Admin admin() {
        if (admin == null) {
            Map<String, Object> settings = new HashMap<>(connection.settings());
            settings.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 3000);
            settings.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 3000);
            admin = Admin.create(settings);
        }
        return admin;
    }

    @PreDestroy
    synchronized void close() {
        if (admin != null) {
            admin.close();
        }
    }
}
