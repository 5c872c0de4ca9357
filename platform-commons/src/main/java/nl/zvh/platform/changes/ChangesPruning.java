package nl.zvh.platform.changes;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The feed keeps a change {@code zvh.changes.keep} (default 30 days: longer than a partner system's outage may
 * reasonably last); older ones are removed every hour. A partner whose cursor lies before them simply continues
 * after it: positions only grow.
 */
@ApplicationScoped
public class ChangesPruning {

    @Inject
    EntityManager em;

    @ConfigProperty(name = "zvh.changes.keep", defaultValue = "30d")
    Duration keep;

    @Scheduled(every = "1h", delayed = "10m", identity = "changes-pruning", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    @Transactional
    public void prune() {
        em.createNativeQuery("delete from partner_change where position is not null and occurred_at < ?1")
                .setParameter(1, OffsetDateTime.now().minus(keep)).executeUpdate();
    }
}
