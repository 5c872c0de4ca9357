package nl.zvh.platform.audit;

import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import nl.zvh.platform.worker.BackgroundThread;
import org.jboss.logging.Logger;

/**
 * Links committed audit entries into the hash chain on one background thread per service instance, shortly after
 * their commit ({@code audit_chain_seal()} in the database does the linking under the chain-head lock; a SECURITY
 * DEFINER function of the table owner, so the service's runtime role, which may not update the table, can seal). Audited
 * transactions therefore never wait for each other on the chain head; a verification seals first, so it always
 * covers every committed entry. Several instances may seal at once: they queue on the head lock in the database.
 */
@ApplicationScoped
public class AuditChainSealer {
    private static final Logger LOG = Logger.getLogger(AuditChainSealer.class);
    private static final Duration MAX_BACKOFF = Duration.ofSeconds(30);

    @Inject
    AgroalDataSource dataSource;

    @Inject
    AuditChainConfig config;

    private final BackgroundThread worker = new BackgroundThread("audit-chain-sealer");

    void start(@Observes StartupEvent event) {
        worker.start(this::loop);
    }

    void stop(@Observes ShutdownEvent event) {
        worker.stop(Duration.ofSeconds(5));
        try {
            sealAll();
        } catch (SQLException e) {
            LOG.debugf("audit chain not sealed at shutdown (%s); the next start seals it", e.toString());
        }
    }

    /** Seals every committed unsealed entry; returns how many. */
    public int sealAll() throws SQLException {
        int total = 0;
        int sealed;
        do {
            sealed = sealBatch();
            total += sealed;
        } while (sealed == config.sealBatch());
        return total;
    }

    private int sealBatch() throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("select audit_chain_seal(?)")) {
            s.setInt(1, config.sealBatch());
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getInt(1);
            }
        }
    }

    private void loop() {
        Duration backoff = config.sealInterval();
        while (worker.running()) {
            try {
                sealAll();
                backoff = config.sealInterval();
            } catch (Exception e) {
                if (!worker.running()) {
                    return;
                }
                backoff = backoff.multipliedBy(2).compareTo(MAX_BACKOFF) < 0 ? backoff.multipliedBy(2) : MAX_BACKOFF;
                LOG.warnf("audit chain sealing failed (%s); retrying in %s", e.toString(), backoff);
            }
            worker.pause(backoff);
        }
    }
}
