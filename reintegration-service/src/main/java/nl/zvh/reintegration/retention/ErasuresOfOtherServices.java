package nl.zvh.reintegration.retention;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.UUID;
import nl.zvh.platform.inbox.IdempotentConsumer;
import nl.zvh.platform.retention.PersonDataErased;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Follows {@code PersonDataErased} of other services: a released track that came from an erased referral is
 * anonymised too; a running track (not released) is never erased by another service's clock. Idempotent; never
 * announces an erasure of its own.
 */
@ApplicationScoped
public class ErasuresOfOtherServices {
    static final String CONSUMER = "reintegration-erasure";

    @Inject
    IdempotentConsumer idempotent;
    @Inject
    TrackErasure erasure;
    @Inject
    EntityManager em;
    @ConfigProperty(name = "quarkus.application.name")
    String self;

    @Incoming("erasure-events")
    @Blocking
    @SuppressWarnings("unchecked")
    public void on(String json) {
        idempotent.consume(CONSUMER, json, PersonDataErased.TYPE, PersonDataErased.class, (envelope, erased) -> {
            if (self.equals(erased.source())) {
                return;
            }
            for (UUID referralId : erased.referralIds()) {
                List<UUID> tracks = em.createNativeQuery("""
                                select id from track where source_referral_id = ?1 and house = ?2
                                  and erased_at is null and actual_release_date is not null""")
                        .setParameter(1, referralId).setParameter(2, envelope.house()).getResultList();
                for (UUID id : tracks) {
                    erasure.erase(id, erased.erasedAt());
                }
            }
        });
    }
}
