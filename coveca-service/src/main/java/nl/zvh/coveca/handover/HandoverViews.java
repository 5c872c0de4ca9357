package nl.zvh.coveca.handover;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import nl.zvh.coveca.cases.Intensity;
import nl.zvh.coveca.cases.SubApproach;

/** Handovers as the API and the pages show them to the house's process directors. */
public final class HandoverViews {
    private HandoverViews() {
    }

    /** A house a case can be handed over to: its code (for the API), its name as people read it, its municipalities. */
    public record House(String code, String name, List<String> municipalities) {
    }

    /** The sending house's handover of one of its cases. */
    public record Outgoing(UUID id, UUID caseId, String receivingHouse, String receivingHouseName,
            String receivingMunicipality, String summary, boolean withLifeDomains, boolean withPlanGoals,
            HandoverStatus status, String requestedByName, Instant requestedAt, Instant answeredAt,
            String declineReason) {
        static Outgoing of(Handover h, String houseName) {
            return new Outgoing(h.id(), h.caseId(), h.receivingHouse(), houseName, h.receivingMunicipality(),
                    h.summary(), h.withLifeDomains(), h.withPlanGoals(), h.status(), h.requestedByName(),
                    h.requestedAt(), h.answeredAt(), h.declineReason());
        }

        public boolean waiting() {
            return status == HandoverStatus.REQUESTED;
        }
    }

    /** A request of another house, as the receiving house reads it. */
    public record Incoming(UUID id, String sendingHouse, String sendingHouseName, String receivingMunicipality,
            Intensity intensity, SubApproach subApproach, String summary, List<HandoverPerson> persons,
            List<String> lifeDomains, List<String> planGoals, String requestedByName, Instant requestedAt,
            HandoverStatus status, String decidedByName, Instant decidedAt, String declineReason, UUID newCaseId) {
        static Incoming of(IncomingHandover h, String houseName) {
            return new Incoming(h.id(), h.sendingHouse(), houseName, h.receivingMunicipality(), h.intensity(),
                    h.subApproach(), h.summary(), h.persons(), h.lifeDomains(), h.planGoals(), h.requestedByName(),
                    h.requestedAt(), h.status(), h.decidedByName(), h.decidedAt(), h.declineReason(), h.newCaseId());
        }

        /** The summary's lines, as the sender wrote them. */
        public List<String> summaryLines() {
            return summary == null ? List.of() : List.of(summary.split("\\R"));
        }

        public String mainPersonName() {
            return persons.stream().filter(HandoverPerson::isMain).findFirst().map(HandoverPerson::fullName).orElse("");
        }

        public boolean waiting() {
            return status == HandoverStatus.REQUESTED;
        }
    }
}
