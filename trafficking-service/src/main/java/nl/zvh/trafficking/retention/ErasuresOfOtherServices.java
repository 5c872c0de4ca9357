package nl.zvh.trafficking.retention;

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
 * Follows {@code PersonDataErased} of other services: a signal registered from an erased referral is anonymised
 * too, unless its approach is still running. Idempotent; never announces an erasure of its own.
 */
@ApplicationScoped
public class ErasuresOfOtherServices {
    static final String CONSUMER = "trafficking-erasure";

    @Inject
    IdempotentConsumer idempotent;
    @Inject
    SignalErasure erasure;
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
                List<UUID> signals = em.createNativeQuery("""
                                select s.id from signal s left join approach a on a.signal_id = s.id
                                where s.source_referral_id = ?1 and s.house = ?2 and s.erased_at is null
                                  and (a.id is null or a.status = 'CLOSED')""")
                        .setParameter(1, referralId).setParameter(2, envelope.house()).getResultList();
                for (UUID id : signals) {
                    erasure.erase(id, erased.erasedAt());
                }
            }
        });
    }
}
