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
import org.jboss.logging.Logger;

/**
 * Links committed audit entries into the hash chain on one background thread per service instance, shortly after
 * their commit ({@code audit_chain_seal()} in the database does the linking under the chain-head lock). Audited
 * transactions therefore never wait for each other on the chain head; a verification seals first, so it always
 * covers every committed entry. Several instances may seal at once: they queue on the head lock in the database.
 */
@ApplicationScoped
public class AuditChainSealer {
    private static final Logger LOG = Logger.getLogger(AuditChainSealer.class);

    @Inject
    AgroalDataSource dataSource;
    @Inject
    AuditChainConfig config;

    private volatile boolean running;
    private Thread worker;

    void start(@Observes StartupEvent event) {
        running = true;
        worker = new Thread(this::loop, "audit-chain-sealer");
        worker.setDaemon(true);
        worker.start();
    }

    void stop(@Observes ShutdownEvent event) {
        running = false;
        if (worker != null) {
            worker.interrupt();
        }
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
        long backoff = config.sealInterval().toMillis();
        while (running) {
            try {
                sealAll();
                backoff = config.sealInterval().toMillis();
                Thread.sleep(backoff);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (Exception e) {
                if (!running) {
                    return;
                }
                backoff = Math.min(backoff * 2, 30_000);
                LOG.warnf("audit chain sealing failed (%s); retrying in %d ms", e.toString(), backoff);
                try {
                    Thread.sleep(backoff);
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }
}
