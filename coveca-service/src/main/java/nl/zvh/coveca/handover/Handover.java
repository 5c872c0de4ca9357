package nl.zvh.coveca.handover;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/**
 * The sending house's handover of one of its cases to another house: the receiving house and municipality, the
 * summary and the parts the sender chose to send, and the answer (accepted, or declined with the receiver's reason).
 * A case has at most one handover waiting for an answer. It goes with its case (erased with it).
 */
@Entity
@Table(name = "case_handover")
public class Handover extends PanacheEntityBase {
    @Id
    private UUID id;

    private String house;

    private UUID caseId;

    private String receivingHouse;

    private String receivingMunicipality;

    private String summary;

    private boolean withLifeDomains;

    private boolean withPlanGoals;

    @Enumerated(EnumType.STRING)
    private HandoverStatus status;

    private String requestedBy;

    private String requestedByName;

    private Instant requestedAt;

    private Instant answeredAt;

    private String declineReason;

    @Version
    private long version;

    protected Handover() {
    }

    Handover(String house, UUID caseId, HandoverRequests.NewHandover request, String by, String byName, Instant at) {
        this.id = UUID.randomUUID();
        this.house = house;
        this.caseId = caseId;
        this.receivingHouse = request.receivingHouse();
        this.receivingMunicipality = request.receivingMunicipality().strip();
        this.summary = request.summary().strip();
        this.withLifeDomains = Boolean.TRUE.equals(request.withLifeDomains());
        this.withPlanGoals = Boolean.TRUE.equals(request.withPlanGoals());
        this.status = HandoverStatus.REQUESTED;
        this.requestedBy = by;
        this.requestedByName = byName;
        this.requestedAt = at;
    }

    /** The receiving house accepted; only a handover waiting for its answer changes (false: already answered). */
    boolean accepted(Instant at) {
        return answered(HandoverStatus.ACCEPTED, null, at);
    }

    /** The receiving house declined with a reason; the case stays open. */
    boolean declined(String reason, Instant at) {
        return answered(HandoverStatus.DECLINED, reason, at);
    }

    private boolean answered(HandoverStatus answer, String reason, Instant at) {
        if (status != HandoverStatus.REQUESTED) {
            return false;
        }
        status = answer;
        declineReason = reason;
        answeredAt = at;
        return true;
    }

    public UUID id() {
        return id;
    }

    public String house() {
        return house;
    }

    public UUID caseId() {
        return caseId;
    }

    public String receivingHouse() {
        return receivingHouse;
    }

    public String receivingMunicipality() {
        return receivingMunicipality;
    }

    public String summary() {
        return summary;
    }

    public boolean withLifeDomains() {
        return withLifeDomains;
    }

    public boolean withPlanGoals() {
        return withPlanGoals;
    }

    public HandoverStatus status() {
        return status;
    }

    public String requestedByName() {
        return requestedByName;
    }

    public Instant requestedAt() {
        return requestedAt;
    }

    public Instant answeredAt() {
        return answeredAt;
    }

    public String declineReason() {
        return declineReason;
    }
}
