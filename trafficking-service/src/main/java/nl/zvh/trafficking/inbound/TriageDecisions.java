package nl.zvh.trafficking.inbound;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.UUID;
import nl.zvh.platform.programme.ProgrammeStart;
import nl.zvh.trafficking.reference.Municipalities;
import nl.zvh.trafficking.signal.Signal;
import nl.zvh.trafficking.signal.Signals;
import nl.zvh.trafficking.signal.TriageSignal;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

/**
 * {@code TriageDecided} v1 with outcome APPROACH_STARTED and programme TRAFFICKING becomes a signal in the
 * coordinator's inbox, once per referral. A decision naming a municipality its house does not serve is malformed for
 * this house and goes to the dead-letter topic. Logs carry ids only.
 */
@ApplicationScoped
public class TriageDecisions extends ProgrammeStart {
    private static final Logger LOG = Logger.getLogger(TriageDecisions.class);
    static final String CONSUMER = "trafficking-triage-decisions";

    @Inject
    Signals signals;

    @Inject
    Municipalities municipalities;

    public TriageDecisions() {
        super("TRAFFICKING", CONSUMER);
    }

    @Incoming("triage-decisions")
    @Blocking
    public void onTriageDecision(String json) {
        follow(json);
    }

    @Override
    protected boolean alreadyStarted(UUID referralId) {
        return signals.openedFrom(referralId);
    }

    @Override
    protected boolean serves(String house, String municipality) {
        return municipalities.isMunicipalityOf(house, municipality);
    }

    @Override
    protected void start(Start start) {
        Signal signal = signals.openFromTriage(new TriageSignal(start));
        LOG.infof("signal %s opened from triage decision %s (referral %s)", signal.id, start.eventId(),
                start.referralId());
    }
}
