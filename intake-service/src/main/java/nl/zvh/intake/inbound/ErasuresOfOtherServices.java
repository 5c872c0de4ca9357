package nl.zvh.intake.inbound;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import nl.zvh.intake.referral.ReferralErasure;
import nl.zvh.platform.retention.ErasureFollower;
import nl.zvh.platform.retention.PersonDataErased;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Follows {@code PersonDataErased} of the programmes: when a programme erased a case that came from one of our
 * referrals, our copy (the referral) is anonymised too. Idempotent; never announces an erasure of its own.
 */
@ApplicationScoped
public class ErasuresOfOtherServices extends ErasureFollower {

    @Inject
    ReferralErasure erasure;

    @Incoming("erasure-events")
    @Blocking
    public void on(String json) {
        follow(json);
    }

    /** The erased record's referrals that are ours, in its house, and not erased yet. */
    @Override
    protected List<UUID> touchedBy(String house, PersonDataErased erased) {
        return erasure.notErased(house, erased.referralIds());
    }
}
