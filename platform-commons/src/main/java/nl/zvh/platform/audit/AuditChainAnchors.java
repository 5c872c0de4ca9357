package nl.zvh.platform.audit;

import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import nl.zvh.platform.worker.BackgroundThread;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Anchors the audit chain outside the service's database: every {@code zvh.audit.anchor-interval} (5 min, also when
 * nothing changed: the topic keeps 30 days, and an anchor fixes every row before it), at start and at shutdown, the chain head (position and hash of the last sealed row) is sealed, HMAC-signed with
 * {@code zvh.audit.anchor-key} - a secret the database never sees - and published to the service's own topic
 * {@code zvh.audit.anchors.<service>} on the platform's broker ({@link AuditAnchorTopic}). {@link AuditChainVerifier}
 * then checks that every signed anchor's position still holds the same hash: a chain deleted and re-sealed by whoever
 * owns the table no longer matches the anchors published before. Without a key nothing is anchored (logged at start).
 */
@ApplicationScoped
public class AuditChainAnchors {
    private static final Logger LOG = Logger.getLogger(AuditChainAnchors.class);

    @Inject
    AgroalDataSource dataSource;

    @Inject
    AuditChainSealer sealer;

    @Inject
    AuditAnchorTopic topic;

    @ConfigProperty(name = "zvh.audit.anchor-key")
    Optional<String> key;

    @ConfigProperty(name = "zvh.audit.anchor-interval", defaultValue = "5m")
    Duration interval;

    @ConfigProperty(name = "zvh.audit.anchor-topic")
    Optional<String> topicName;

    @ConfigProperty(name = "quarkus.application.name")
    String service;

    private final BackgroundThread worker = new BackgroundThread("audit-chain-anchors");

    void start(@Observes StartupEvent event) {
        if (!enabled()) {
            LOG.warn("zvh.audit.anchor-key not set: the audit chain is not anchored outside the database");
            return;
        }
        worker.start(this::loop);
    }

    void stop(@Observes ShutdownEvent event) {
        if (!enabled()) {
            return;
        }
        worker.stop(Duration.ofSeconds(5));
        try {
            publishNow();
        } catch (Exception e) {
            LOG.warnf("audit chain head not anchored at shutdown (%s); the next start anchors it", e.toString());
        }
    }

    /** True when a key is configured (anchors are published and checked). */
    public boolean enabled() {
        return key.filter(k -> !k.isBlank()).isPresent();
    }

    /** The service's anchor topic. */
    public String topic() {
        return topicName.orElse("zvh.audit.anchors." + service.replaceFirst("-service$", ""));
    }

    /** Seals what is committed, then signs and publishes the head; returns the anchor published. */
    public AuditAnchor publishNow() throws Exception {
        sealer.sealAll();
        AuditAnchor anchor;
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement();
                ResultSet r = s.executeQuery("select chain_seq, hash from audit_chain_head where id = 1")) {
            r.next();
            anchor = AuditAnchor.sign(key.orElseThrow(), service, r.getLong(1), r.getString(2),
                    Instant.now().truncatedTo(ChronoUnit.MILLIS));
        }
        topic.publish(topic(), anchor);
        return anchor;
    }

    /**
     * This service's anchors whose signature holds, by position. Records that are not anchors, of another service or
     * not signed with this service's key (a forgery, or a rotated key) are left out.
     */
    public List<AuditAnchor> signedAnchors() {
        String k = key.orElseThrow();
        return topic.readAll(topic()).stream().map(AuditAnchor::fromJson).filter(Objects::nonNull)
                .filter(a -> service.equals(a.service()) && a.signedWith(k))
                .sorted(Comparator.comparingLong(AuditAnchor::sequence)).toList();
    }

    private void loop() {
        while (worker.running()) {
            try {
                publishNow();
            } catch (Exception e) {
                if (!worker.running()) {
                    return;
                }
                LOG.warnf("audit chain head not anchored (%s); retrying in %s", e.toString(), interval);
            }
            worker.pause(interval);
        }
    }
}
