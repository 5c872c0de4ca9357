package nl.zvh.coveca.retention;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.zvh.platform.inbox.IdempotentConsumer;
import nl.zvh.platform.retention.PersonDataErased;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Follows {@code PersonDataErased} of other services: a closed case that came from an erased referral or an erased
 * re-integration track is anonymised too. An open case is never erased by another service's clock. Idempotent; never
 * announces an erasure of its own.
 */
@ApplicationScoped
public class ErasuresOfOtherServices {
    static final String CONSUMER = "coveca-erasure";

    @Inject
    IdempotentConsumer idempotent;
    @Inject
    CaseErasure erasure;
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
            List<UUID> sources = new ArrayList<>(erased.referralIds());
            if ("reintegration-track".equals(erased.recordType())) {
                sources.add(uuid(erased.recordId()));
            }
            for (UUID source : sources) {
                List<UUID> cases = em.createNativeQuery("""
                                select id from coveca_case where house = ?1 and erased_at is null and status = 'CLOSED'
                                  and (source_referral_id = ?2 or source_track_id = ?2)""")
                        .setParameter(1, envelope.house()).setParameter(2, source).getResultList();
                for (UUID id : cases) {
                    erasure.erase(id, erased.erasedAt());
                }
            }
        });
    }

    private static UUID uuid(String value) {
        try {
            return UUID.fromString(value);
        } catch (RuntimeException e) {
            return new UUID(0, 0);
        }
    }
}
