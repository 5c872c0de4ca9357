package nl.zvh.lifecourse.retention;

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
 * Follows {@code PersonDataErased} of other services: a candidate from an erased referral is anonymised too, unless
 * it was included (an included client's file is this service's own to keep). Idempotent; never announces an erasure.
 */
@ApplicationScoped
public class ErasuresOfOtherServices {
    static final String CONSUMER = "lifecourse-erasure";

    @Inject
    IdempotentConsumer idempotent;
    @Inject
    CandidateErasure erasure;
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
                List<UUID> candidates = em.createNativeQuery("""
                                select id from candidate where source_referral_id = ?1 and house = ?2
                                  and erased_at is null and status <> 'INCLUDED'""")
                        .setParameter(1, referralId).setParameter(2, envelope.house()).getResultList();
                for (UUID id : candidates) {
                    erasure.erase(id, erased.erasedAt());
                }
            }
        });
    }
}
