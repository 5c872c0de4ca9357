package nl.zvh.reintegration.triage;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.zvh.platform.event.EventEnvelope;
import nl.zvh.platform.inbox.IdempotentConsumer;
import nl.zvh.reintegration.reference.Municipalities;
import nl.zvh.reintegration.track.Track;
import nl.zvh.reintegration.track.TrackSource;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

/**
 * {@code TriageDecided} v1 (owned by triage-service) with outcome APPROACH_STARTED and programme REINTEGRATION opens a
 * track for the main person, once per referral. Other programmes and outcomes are ignored.
 */
@ApplicationScoped
public class TriageDecisionsConsumer {
    private static final Logger LOG = Logger.getLogger(TriageDecisionsConsumer.class);
    static final String CONSUMER = "reintegration-triage-decisions";
    static final String PROGRAMME = "REINTEGRATION";

    /** TriageDecided v1 as re-integration reads it (lenient: other fields ignored). */
    public record TriageDecided(UUID referralId, String house, String outcome, String programme,
                                String municipality, List<Person> persons) {
    }

    /** A person of TriageDecided v1. */
    public record Person(UUID personId, String role, String firstName, String surnamePrefix, String lastName,
                         LocalDate dateOfBirth, String bsn) {
    }

    @Inject
    IdempotentConsumer idempotent;
    @Inject
    Municipalities municipalities;

    @Incoming("triage-decisions")
    @Blocking
    public void onTriageDecision(String json) {
        idempotent.consume(CONSUMER, json, "TriageDecided", TriageDecided.class, this::apply);
    }

    void apply(EventEnvelope envelope, TriageDecided event) {
        if (!PROGRAMME.equals(event.programme()) || !"APPROACH_STARTED".equals(event.outcome())) {
            return;
        }
        if (Track.count("sourceReferralId", event.referralId()) > 0) {
            return; // same referral under another event id: keep the first track
        }
        Person main = event.persons() == null ? null
                : event.persons().stream().filter(p -> "MAIN".equals(p.role())).findFirst().orElse(null);
        if (main == null || !municipalities.houseOf(event.municipality()).map(event.house()::equals).orElse(false)) {
            LOG.warnf("TriageDecided %s for referral %s has no main person or an unknown municipality; ignored",
                    envelope.id(), event.referralId());
            return;
        }
        Track track = Track.open(event.house(), event.municipality(), TrackSource.TRIAGE);
        track.sourceReferralId = event.referralId();
        track.personId = main.personId();
        track.firstName = main.firstName();
        track.surnamePrefix = main.surnamePrefix();
        track.lastName = main.lastName();
        track.dateOfBirth = main.dateOfBirth();
        track.bsn = main.bsn();
        track.persist();
    }
}
