package nl.zvh.lifecourse.candidates;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.zvh.platform.audit.AuditAction;
import nl.zvh.platform.event.EventCodec;
import nl.zvh.platform.event.EventEnvelope;
import nl.zvh.platform.event.MalformedEventException;
import nl.zvh.platform.inbox.IdempotentConsumer;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Makes the main person of a referral a life-course candidate when the triage table starts the life-course
 * approach (TriageDecided v1, owned by triage-service: outcome APPROACH_STARTED, programme LIFECOURSE). Every other
 * decision is ignored; a referral yields one candidate at most.
 */
@ApplicationScoped
public class TriageDecisions {
    static final String CONSUMER = "lifecourse-candidate-triage";

    /** The fields of TriageDecided v1 that lifecourse reads (leniently). */
    public record TriageDecided(UUID referralId, String house, String outcome, String programme,
                                String municipality, List<Person> persons) {
    }

    /** A person of TriageDecided v1. */
    public record Person(UUID personId, String role, String firstName, String surnamePrefix, String lastName,
                         LocalDate dateOfBirth) {
    }

    @Inject
    IdempotentConsumer idempotent;
    @Inject
    EventCodec codec;
    @Inject
    Candidates candidates;
    @Inject
    LifecourseAudit audit;

    @Incoming("triage-decisions")
    @Blocking
    public void onTriageEvent(String json) {
        idempotent.consume(CONSUMER, json, Set.of("TriageDecided"), this::apply);
    }

    void apply(EventEnvelope envelope) {
        if (!"TriageDecided".equals(envelope.type())) {
            return;
        }
        TriageDecided d = codec.payload(envelope, TriageDecided.class);
        if (!"APPROACH_STARTED".equals(d.outcome()) || !"LIFECOURSE".equals(d.programme())) {
            return;
        }
        Person main = d.persons() == null ? null : d.persons().stream().filter(p -> "MAIN".equals(p.role()))
                .findFirst().orElse(null);
        if (d.referralId() == null || d.municipality() == null || main == null || main.lastName() == null) {
            throw new MalformedEventException("TriageDecided starting LIFECOURSE lacks referralId, municipality or"
                    + " main person");
        }
        String house = d.house() != null ? d.house() : envelope.house();
        String lastName = main.surnamePrefix() == null ? main.lastName() : main.surnamePrefix() + " " + main.lastName();
        candidates.register(new Candidates.CandidateData(house, d.municipality(), main.personId(), main.firstName(),
                        lastName, main.dateOfBirth(), "TRIAGE", d.referralId()))
                .ifPresent(c -> audit.bySystem(AuditAction.CREATE, c, CONSUMER));
    }
}
