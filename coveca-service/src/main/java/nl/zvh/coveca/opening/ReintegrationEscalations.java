package nl.zvh.coveca.opening;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import nl.zvh.coveca.cases.CaseAudit;
import nl.zvh.coveca.cases.CaseOpening;
import nl.zvh.coveca.cases.CaseSource;
import nl.zvh.coveca.cases.Intensity;
import nl.zvh.coveca.cases.PersonRole;
import nl.zvh.coveca.cases.SubApproach;
import nl.zvh.platform.audit.AuditAction;
import nl.zvh.platform.event.EventEnvelope;
import nl.zvh.platform.event.MalformedEventException;
import nl.zvh.platform.inbox.IdempotentConsumer;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Opens a case when re-integration escalates a track to process direction (ReintegrationEscalated v1, owned by
 * reintegration-service): intensity MAATWERK, sub-approach REGULAR, no partner yet (the house's own process
 * directors pick it up). Other events on the track topic are ignored.
 */
@ApplicationScoped
public class ReintegrationEscalations {
    static final String CONSUMER = "coveca-case-opening-reintegration";
    private static final ZoneId NL = ZoneId.of("Europe/Amsterdam");

    /** The fields of ReintegrationEscalated v1 that coveca reads. */
    public record ReintegrationEscalated(UUID trackId, String house, String municipality, String reason,
                                         String riskSummary, Instant escalatedAt, Person person) {
    }

    /** The person of the track. */
    public record Person(UUID personId, String firstName, String surnamePrefix, String lastName,
                         LocalDate dateOfBirth, String bsn) {
    }

    @Inject
    IdempotentConsumer idempotent;
    @Inject
    CaseOpening opening;
    @Inject
    CaseAudit audit;

    @Incoming("reintegration-tracks")
    @Blocking
    public void onTrackEvent(String json) {
        idempotent.consume(CONSUMER, json, "ReintegrationEscalated", ReintegrationEscalated.class, this::apply);
    }

    void apply(EventEnvelope envelope, ReintegrationEscalated e) {
        if (e.trackId() == null || e.municipality() == null || e.person() == null) {
            throw new MalformedEventException("ReintegrationEscalated lacks trackId, municipality or person");
        }
        Person p = e.person();
        String house = e.house() != null ? e.house() : envelope.house();
        LocalDate start = e.escalatedAt() == null ? null : e.escalatedAt().atZone(NL).toLocalDate();
        opening.open(new CaseOpening.OpenCase(house, e.municipality(), Intensity.MAATWERK, SubApproach.REGULAR,
                CaseSource.REINTEGRATION, null, e.trackId(), start, null, null,
                List.of(new CaseOpening.PersonData(p.personId(), PersonRole.MAIN, null, p.firstName(),
                        p.surnamePrefix(), p.lastName(), p.dateOfBirth(), p.bsn(), null)), List.of()))
                .ifPresent(c -> audit.bySystem(AuditAction.CREATE, c, CONSUMER, "case-opening"));
    }
}
