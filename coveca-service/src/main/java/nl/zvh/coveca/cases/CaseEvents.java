package nl.zvh.coveca.cases;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.zvh.platform.event.EventType;

/**
 * Events coveca-service owns on topic {@value #TOPIC} (documented in src/main/asyncapi/asyncapi.yaml). They carry
 * platform person ids, never names or BSNs: consumers that need more ask with their own authorisation.
 */
public final class CaseEvents {
    public static final String TOPIC = "zvh.coveca.case";
    public static final String OPENED = "CoveCaCaseOpened";
    public static final String CLOSED = "CoveCaCaseClosed";
    public static final String MEETING_HELD = "NetworkMeetingHeld";
    public static final String AGREEMENT_OVERDUE = "AgreementOverdue";

    /** CoveCaCaseOpened v1: a case opened. */
    public static final EventType<CoveCaCaseOpenedV1> OPENED_V1 = EventType.of(TOPIC, OPENED, 1,
            CoveCaCaseOpenedV1.class);
    /** CoveCaCaseClosed v1: a case closed. */
    public static final EventType<CoveCaCaseClosedV1> CLOSED_V1 = EventType.of(TOPIC, CLOSED, 1,
            CoveCaCaseClosedV1.class);

    private CaseEvents() {
    }

    /** CoveCaCaseOpened, version 1. */
    public record CoveCaCaseOpenedV1(UUID caseId, String house, String municipality, Intensity intensity,
            SubApproach subApproach, CaseSource source, UUID sourceReferralId, UUID sourceTrackId, LocalDate startDate,
            Instant openedAt, List<String> partnerOrganisations, List<UUID> personIds) {
        static CoveCaCaseOpenedV1 of(CovecaCase c) {
            return new CoveCaCaseOpenedV1(c.id(), c.house(), c.municipality(), c.intensity(), c.subApproach(),
                    c.source(), c.sourceReferralId(), c.sourceTrackId(), c.startDate(), c.openedAt(),
                    c.partners().stream().map(CasePartner::organisation).toList(), c.personIds());
        }
    }

    /** CoveCaCaseClosed, version 1. */
    public record CoveCaCaseClosedV1(UUID caseId, String house, String municipality, SubApproach subApproach,
            Instant closedAt, ClosureReason reason, String receivingMunicipality, UUID sourceReferralId,
            UUID sourceTrackId, List<UUID> personIds) {
        static CoveCaCaseClosedV1 of(CovecaCase c) {
            return new CoveCaCaseClosedV1(c.id(), c.house(), c.municipality(), c.subApproach(), c.closedAt(),
                    c.closure().reason(), c.closure().receivingMunicipality(), c.sourceReferralId(), c.sourceTrackId(),
                    c.personIds());
        }
    }
}
