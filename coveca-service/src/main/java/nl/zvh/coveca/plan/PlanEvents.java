package nl.zvh.coveca.plan;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import nl.zvh.coveca.cases.CaseEvents;
import nl.zvh.platform.event.EventType;

/** The event the action plan publishes on the case topic (documented in src/main/asyncapi/asyncapi.yaml). */
public final class PlanEvents {
    /** AgreementOverdue v1: the overdue job marked an open agreement past its due date. */
    public static final EventType<AgreementOverdueV1> OVERDUE_V1 = EventType.of(CaseEvents.TOPIC,
            CaseEvents.AGREEMENT_OVERDUE, 1, AgreementOverdueV1.class);

    private PlanEvents() {
    }

    /** AgreementOverdue, version 1: no description (may hold personal data), only who owes what by when. */
    public record AgreementOverdueV1(UUID agreementId, UUID caseId, String house, String ownerOrganisation,
            LocalDate dueDate, Instant markedOverdueAt, String processDirectorId) {
    }
}
