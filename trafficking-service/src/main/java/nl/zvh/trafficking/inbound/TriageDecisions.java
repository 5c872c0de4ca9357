package nl.zvh.trafficking.inbound;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import nl.zvh.platform.programme.ProgrammeStart;
import nl.zvh.platform.programme.ProgrammeStart.Starts;
import nl.zvh.trafficking.reference.Municipalities;
import nl.zvh.trafficking.signal.Signal;
import nl.zvh.trafficking.signal.Signals;
import nl.zvh.trafficking.signal.TriageSignal;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

/**
 * {@code TriageDecided} v1 with outcome APPROACH_STARTED and programme TRAFFICKING becomes a signal in the
 * coordinator's inbox, once per referral. A decision naming a municipality its house does not serve is malformed for
 * this house and goes to the dead-letter topic. Logs carry ids only.
 */
@ApplicationScoped
@Starts(programme = "TRAFFICKING", consumer = "trafficking-triage-decisions")
public class TriageDecisions extends ProgrammeStart {
    private static final Logger LOG = Logger.getLogger(TriageDecisions.class);

    @Inject
    Signals signals;

    @Inject
    Municipalities municipalities;

    @Incoming("triage-decisions")
    @Blocking
    public void onTriageDecision(ConsumerRecord<String, String> record) {
        follow(record);
    }

    @Override
    protected boolean serves(String house, String municipality) {
        return municipalities.isMunicipalityOf(house, municipality);
    }

    @Override
    protected boolean start(Start start) {
        Optional<Signal> signal = signals.openFromTriage(start.referralId(), new TriageSignal(start));
        signal.ifPresent(opened -> LOG.infof("signal %s opened from triage decision %s (referral %s)", opened.id,
                start.eventId(), start.referralId()));
        return signal.isPresent();
    }
}
