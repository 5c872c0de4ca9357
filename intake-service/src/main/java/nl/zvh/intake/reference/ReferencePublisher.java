package nl.zvh.intake.reference;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import nl.zvh.intake.reference.ReferenceEvents.MunicipalityChanged;
import nl.zvh.intake.reference.ReferenceEvents.PartnerOrganisationChanged;
import nl.zvh.platform.outbox.Outbox;
import org.jboss.logging.Logger;

/**
 * Publishes the current state of municipalities and partner organisations through the outbox: one event after every
 * change (in the change's transaction), and the whole set once at every start and every night (the snapshot), so a
 * follower that starts empty finds every entity on the topic within its retention. Followers keep the highest
 * version per id, so the repeated snapshot changes nothing for them.
 */
@ApplicationScoped
public class ReferencePublisher {
    private static final Logger LOG = Logger.getLogger(ReferencePublisher.class);

    @Inject
    EntityManager em;

    @Inject
    Outbox outbox;

    /** Publishes the municipality as it is now (inside the caller's transaction). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void municipality(UUID id) {
        for (Object[] r : rows("select id, house, name, active, version from municipality where id = ?1", id)) {
            outbox.publish(ReferenceEvents.MUNICIPALITY_CHANGED_V1, id, (String) r[1], new MunicipalityChanged(id,
                    (String) r[1], (String) r[2], (Boolean) r[3], ((Number) r[4]).intValue(), Instant.now()));
        }
    }

    /** Publishes the partner organisation as it is now (inside the caller's transaction). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void organisation(UUID id) {
        for (Object[] r : rows(
                "select id, house, name, domain, active, version from partner_organisation where id = ?1", id)) {
            outbox.publish(ReferenceEvents.PARTNER_ORGANISATION_CHANGED_V1, id, (String) r[1],
                    new PartnerOrganisationChanged(id, (String) r[1], (String) r[2], Domain.valueOf((String) r[3]),
                            (Boolean) r[4], ((Number) r[5]).intValue(), Instant.now()));
        }
    }

    void atStart(@Observes StartupEvent start) {
        QuarkusTransaction.requiringNew().run(this::snapshot);
    }

    /** Every municipality and partner organisation of every house, once. */
    @Scheduled(cron = "{zvh.intake.reference.snapshot-cron}", identity = "reference-snapshot", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    @Transactional
    public void snapshot() {
        List<?> municipalities = em.createNativeQuery("select id from municipality order by house, name")
                .getResultList();
        municipalities.forEach(id -> municipality((UUID) id));
        List<?> organisations = em.createNativeQuery("select id from partner_organisation order by house, name")
                .getResultList();
        organisations.forEach(id -> organisation((UUID) id));
        LOG.infof("reference data snapshot published: %d municipalities, %d partner organisations",
                municipalities.size(), organisations.size());
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql, UUID id) {
        return em.createNativeQuery(sql).setParameter(1, id).getResultList();
    }
}
