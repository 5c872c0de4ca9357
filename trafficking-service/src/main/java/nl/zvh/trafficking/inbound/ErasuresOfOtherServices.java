package nl.zvh.trafficking.inbound;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import nl.zvh.platform.retention.ErasureFollower;
import nl.zvh.platform.retention.PersonDataErased;
import nl.zvh.trafficking.signal.SignalErasure;
import nl.zvh.trafficking.signal.Signals;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Follows {@code PersonDataErased} of other services: a signal registered from an erased referral is anonymised
 * too, unless its approach is still running.
 */
@ApplicationScoped
public class ErasuresOfOtherServices extends ErasureFollower {

    @Inject
    Signals signals;

    @Inject
    SignalErasure erasure;

    @Incoming("erasure-events")
    @Blocking
    public void on(String json) {
        follow(json);
    }

    @Override
    protected List<UUID> touchedBy(String house, PersonDataErased erased) {
        return erased.referralIds().stream().flatMap(referral -> signals.erasableFrom(referral, house).stream())
                .toList();
    }
}
