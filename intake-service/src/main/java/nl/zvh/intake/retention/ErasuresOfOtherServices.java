package nl.zvh.intake.retention;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.UUID;
import nl.zvh.platform.inbox.IdempotentConsumer;
import nl.zvh.platform.retention.PersonDataErased;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Follows {@code PersonDataErased} of the programmes: when a programme erased a case that came from one of our
 * referrals, our copy (the referral) is anonymised too. Idempotent; never announces an erasure of its own.
 */
@ApplicationScoped
public class ErasuresOfOtherServices {
    static final String CONSUMER = "intake-erasure";

    @Inject
    IdempotentConsumer idempotent;
    @Inject
    ReferralErasure erasure;
    @Inject
    EntityManager em;
    @ConfigProperty(name = "quarkus.application.name")
    String self;

    @Incoming("erasure-events")
    @Blocking
    public void on(String json) {
        idempotent.consume(CONSUMER, json, PersonDataErased.TYPE, PersonDataErased.class, (envelope, erased) -> {
            if (self.equals(erased.source())) {
                return;
            }
            for (UUID referralId : erased.referralIds()) {
                long open = ((Number) em.createNativeQuery(
                                "select count(*) from referral where id = ?1 and house = ?2 and erased_at is null")
                        .setParameter(1, referralId).setParameter(2, envelope.house()).getSingleResult()).longValue();
                if (open > 0) {
                    erasure.erase(referralId, erased.erasedAt());
                }
            }
        });
    }
}
