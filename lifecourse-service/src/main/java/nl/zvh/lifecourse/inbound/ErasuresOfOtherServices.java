package nl.zvh.lifecourse.inbound;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import nl.zvh.lifecourse.candidates.CandidateErasure;
import nl.zvh.lifecourse.candidates.Candidates;
import nl.zvh.platform.retention.ErasureFollower;
import nl.zvh.platform.retention.PersonDataErased;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Follows {@code PersonDataErased} of other services: a candidate from an erased referral is anonymised too, unless
 * it was included (an included client's file is this service's own to keep). Idempotent; never announces an erasure.
 */
@ApplicationScoped
public class ErasuresOfOtherServices extends ErasureFollower {

    @Inject
    Candidates candidates;

    @Inject
    CandidateErasure erasure;

    @Incoming("erasure-events")
    @Blocking
    public void on(String json) {
        follow(json);
    }

    @Override
    protected List<UUID> touchedBy(String house, PersonDataErased erased) {
        return candidates.fromErasedReferrals(house, erased.referralIds());
    }
}
