package nl.zvh.reintegration.inbound;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import nl.zvh.platform.retention.ErasureFollower;
import nl.zvh.platform.retention.PersonDataErased;
import nl.zvh.reintegration.track.TrackErasure;
import nl.zvh.reintegration.track.Tracks;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Follows {@code PersonDataErased} of other services: a released track that came from an erased referral is
 * anonymised too; a running track (not released) is never erased by another service's clock.
 */
@ApplicationScoped
public class ErasuresOfOtherServices extends ErasureFollower {

    @Inject
    Tracks tracks;

    @Inject
    TrackErasure erasure;

    @Incoming("erasure-events")
    @Blocking
    public void on(String json) {
        follow(json);
    }

    @Override
    protected List<UUID> touchedBy(String house, PersonDataErased erased) {
        return erased.referralIds().stream().flatMap(referral -> tracks.releasedFrom(referral, house).stream())
                .toList();
    }
}
