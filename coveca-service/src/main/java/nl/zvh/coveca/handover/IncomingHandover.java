package nl.zvh.coveca.handover;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import nl.zvh.coveca.cases.Intensity;
import nl.zvh.coveca.cases.SubApproach;
import nl.zvh.platform.problem.ProblemException;

/**
 * A request of another house to take over one of its cases, as the receiving house keeps it (its own row, scoped to
 * the receiving house; same id as the sender's handover): the summary, persons and parts the sender chose. Accepted,
 * it becomes a case of this house ({@code newCaseId}); declined, it keeps the reason. Accepted or declined once.
 */
@Entity
@Table(name = "incoming_handover")
public class IncomingHandover extends PanacheEntityBase {
    @Id
    private UUID id;

    private String house;

    private String sendingHouse;

    private UUID sendingCaseId;

    private String receivingMunicipality;

    @Enumerated(EnumType.STRING)
    private Intensity intensity;

    @Enumerated(EnumType.STRING)
    private SubApproach subApproach;

    private String summary;

    private String lifeDomains;

    private String planGoals;

    private String requestedByName;

    private Instant requestedAt;

    private Instant receivedAt;

    @Enumerated(EnumType.STRING)
    private HandoverStatus status;

    private String decidedBy;

    private String decidedByName;

    private Instant decidedAt;

    private String declineReason;

    private UUID newCaseId;

    private Instant erasedAt;

    @Version
    private long version;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "incoming_handover_person", joinColumns = @JoinColumn(name = "handover_id"))
    @OrderColumn(name = "position")
    private List<HandoverPerson> persons = new ArrayList<>();

    protected IncomingHandover() {
    }

    static IncomingHandover of(HandoverEvents.CaseHandoverRequestedV1 e, List<HandoverPerson> persons, Instant at) {
        IncomingHandover h = new IncomingHandover();
        h.id = e.handoverId();
        h.house = e.receivingHouse();
        h.sendingHouse = e.sendingHouse();
        h.sendingCaseId = e.sendingCaseId();
        h.receivingMunicipality = e.receivingMunicipality();
        h.intensity = e.intensity();
        h.subApproach = e.subApproach();
        h.summary = e.summary();
        h.lifeDomains = lines(e.lifeDomains());
        h.planGoals = lines(e.planGoals());
        h.requestedByName = e.requestedByName();
        h.requestedAt = e.requestedAt();
        h.receivedAt = at;
        h.status = HandoverStatus.REQUESTED;
        h.persons.addAll(persons);
        return h;
    }

    private static String lines(List<String> lines) {
        return lines == null || lines.isEmpty() ? null : String.join("\n", lines);
    }

    /** Accepted by {@code by}: the new case of this house. */
    void accept(UUID caseId, String by, String byName, Instant at) {
        requireWaiting();
        status = HandoverStatus.ACCEPTED;
        newCaseId = caseId;
        decided(by, byName, at);
    }

    void decline(String reason, String by, String byName, Instant at) {
        requireWaiting();
        status = HandoverStatus.DECLINED;
        declineReason = reason;
        decided(by, byName, at);
    }

    private void decided(String by, String byName, Instant at) {
        decidedBy = by;
        decidedByName = byName;
        decidedAt = at;
    }

    private void requireWaiting() {
        if (status != HandoverStatus.REQUESTED) {
            throw ProblemException.conflict("handover " + id + " was " + status.name().toLowerCase() + " already");
        }
    }

    public UUID id() {
        return id;
    }

    public String house() {
        return house;
    }

    public String sendingHouse() {
        return sendingHouse;
    }

    public UUID sendingCaseId() {
        return sendingCaseId;
    }

    public String receivingMunicipality() {
        return receivingMunicipality;
    }

    public Intensity intensity() {
        return intensity;
    }

    public SubApproach subApproach() {
        return subApproach;
    }

    public String summary() {
        return summary;
    }

    /** The sender's life-domain lines; empty when not sent. */
    public List<String> lifeDomains() {
        return lifeDomains == null ? List.of() : List.of(lifeDomains.split("\n"));
    }

    /** The sender's plan-goal lines; empty when not sent. */
    public List<String> planGoals() {
        return planGoals == null ? List.of() : List.of(planGoals.split("\n"));
    }

    public String requestedByName() {
        return requestedByName;
    }

    public Instant requestedAt() {
        return requestedAt;
    }

    public Instant receivedAt() {
        return receivedAt;
    }

    public HandoverStatus status() {
        return status;
    }

    public String decidedByName() {
        return decidedByName;
    }

    public Instant decidedAt() {
        return decidedAt;
    }

    public String declineReason() {
        return declineReason;
    }

    public UUID newCaseId() {
        return newCaseId;
    }

    public List<HandoverPerson> persons() {
        return Collections.unmodifiableList(persons);
    }

    public String mainPersonName() {
        return persons.stream().filter(HandoverPerson::isMain).findFirst().map(HandoverPerson::fullName).orElse("");
    }
}
