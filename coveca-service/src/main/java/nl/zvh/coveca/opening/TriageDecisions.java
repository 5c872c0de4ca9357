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
import nl.zvh.coveca.cases.CaseRequests;
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
 * Opens a case when the triage table starts a CoVeCa approach (TriageDecided v1, owned by triage-service, with
 * outcome APPROACH_STARTED and programme COVECA); every other decision is ignored. The referrer's organisation
 * becomes the first involved partner.
 */
@ApplicationScoped
public class TriageDecisions {
    static final String CONSUMER = "coveca-case-opening-triage";
    private static final ZoneId NL = ZoneId.of("Europe/Amsterdam");

    /** The fields of TriageDecided v1 that coveca reads (leniently). */
    public record TriageDecided(UUID referralId, String house, Instant decidedAt, String outcome, String programme,
                                String intensity, String subApproach, String municipality,
                                String referrerOrganisation, List<Person> persons) {
    }

    /** A person of TriageDecided v1 (gender optional: absent in decisions sent before it was added). */
    public record Person(UUID personId, String role, String relation, String firstName, String surnamePrefix,
                         String lastName, LocalDate dateOfBirth, String bsn, String gender) {
    }

    @Inject
    IdempotentConsumer idempotent;
    @Inject
    CaseOpening opening;
    @Inject
    CaseAudit audit;

    @Incoming("triage-decisions")
    @Blocking
    public void onTriageEvent(String json) {
        idempotent.consume(CONSUMER, json, "TriageDecided", TriageDecided.class, this::apply);
    }

    /** The registered gender as sent (trimmed, upper case), null when absent, blank or
     * longer than the column. */
    static String gender(String value) {
        return value == null || value.isBlank() || value.strip().length() > 20 ? null : value.strip().toUpperCase(java.util.Locale.ROOT);
    }

    void apply(EventEnvelope envelope, TriageDecided d) {
        if (!"APPROACH_STARTED".equals(d.outcome()) || !"COVECA".equals(d.programme())) {
            return;
        }
        if (d.referralId() == null || d.municipality() == null || d.persons() == null || d.persons().isEmpty()) {
            throw new MalformedEventException("TriageDecided starting CoVeCa lacks referralId, municipality or persons");
        }
        String house = d.house() != null ? d.house() : envelope.house();
        List<CaseOpening.PersonData> persons = d.persons().stream().map(p -> new CaseOpening.PersonData(
                p.personId(), "MAIN".equals(p.role()) ? PersonRole.MAIN : PersonRole.SYSTEM_MEMBER, p.relation(),
                p.firstName(), p.surnamePrefix(), p.lastName(), p.dateOfBirth(), p.bsn(),
                gender(p.gender()))).toList();
        List<CaseRequests.NewPartner> partners = d.referrerOrganisation() == null ? List.of()
                : List.of(new CaseRequests.NewPartner(d.referrerOrganisation(), null, null, null));
        LocalDate start = d.decidedAt() == null ? null : d.decidedAt().atZone(NL).toLocalDate();
        opening.open(new CaseOpening.OpenCase(house, d.municipality(), Codes.parse(Intensity.class, d.intensity(),
                Intensity.MAATWERK), Codes.parse(SubApproach.class, d.subApproach(), SubApproach.REGULAR),
                CaseSource.TRIAGE, d.referralId(), null, start, null, null, persons, partners))
                .ifPresent(c -> audit.bySystem(AuditAction.CREATE, c, CONSUMER, "case-opening"));
    }
}
