package nl.zvh.reintegration.inbound;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import nl.zvh.platform.programme.ProgrammeStart;
import nl.zvh.platform.programme.ProgrammeStart.Starts;
import nl.zvh.reintegration.reference.Municipalities;
import nl.zvh.reintegration.track.Tracks;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * {@code TriageDecided} v1 with outcome APPROACH_STARTED and programme REINTEGRATION opens a track for the main person,
 * once per referral. The municipality must be one the decision's house serves: a decision naming another house's
 * municipality is malformed for this house and goes to the dead-letter topic.
 */
@ApplicationScoped
@Starts(programme = "REINTEGRATION", consumer = "reintegration-triage-decisions")
public class TriageDecisions extends ProgrammeStart {

    @Inject
    Tracks tracks;

    @Inject
    Municipalities municipalities;

    @Incoming("triage-decisions")
    @Blocking
    public void onTriageDecision(ConsumerRecord<String, String> record) {
        follow(record);
    }

    @Override
    protected boolean serves(String house, String municipality) {
        return municipalities.houseOf(municipality).map(house::equals).orElse(false);
    }

    @Override
    protected boolean start(Start start) {
        return tracks.openFromTriage(start.house(), start.municipality(), start.referralId(), start.main().identity())
                .isPresent();
    }
}
