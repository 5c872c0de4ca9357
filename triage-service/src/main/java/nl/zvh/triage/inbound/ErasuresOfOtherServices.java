package nl.zvh.triage.inbound;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import nl.zvh.platform.retention.ErasureFollower;
import nl.zvh.platform.retention.PersonDataErased;
import nl.zvh.triage.queue.Referrals;
import nl.zvh.triage.queue.TriageReferralErasure;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Follows {@code PersonDataErased} of other services: the table's copy of an erased referral (by intake, or by the
 * programme whose case came from it) is anonymised too. Idempotent; never announces an erasure of its own.
 */
@ApplicationScoped
public class ErasuresOfOtherServices extends ErasureFollower {

    @Inject
    Referrals referrals;

    @Inject
    TriageReferralErasure erasure;

    @Incoming("erasure-events")
    @Blocking
    public void on(String json) {
        follow(json);
    }

    /** The erased record's referrals that the table holds in the erasure's house and has not erased yet. */
    @Override
    protected List<UUID> touchedBy(String house, PersonDataErased erased) {
        return referrals.notErased(house, erased.referralIds());
    }
}
