package nl.zvh.trafficking.approach;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OneToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.zvh.trafficking.signal.Signal;

/** A coordinated approach (procesregie by the care coordinator) on one signal, with its care route. */
@Entity
@Table(name = "approach")
public class Approach extends PanacheEntityBase {
    @Id
    public UUID id;
    @OneToOne(optional = false)
    @JoinColumn(name = "signal_id")
    public Signal signal;
    public String house;
    public String municipality;
    @Enumerated(EnumType.STRING)
    public ApproachStatus status;
    @Column(name = "started_on")
    public LocalDate startedOn;
    @Column(name = "started_by")
    public String startedBy;
    @Column(name = "closed_on")
    public LocalDate closedOn;
    /** Set when the retention job anonymised the approach: kept for the figures only, never shown. */
    @Column(name = "erased_at")
    public java.time.Instant erasedAt;
    @Enumerated(EnumType.STRING)
    @Column(name = "closure_reason")
    public ClosureReason closureReason;
    @Column(name = "closure_notes")
    public String closureNotes;
    @Column(name = "safety_measures")
    public String safetyMeasures;
    @Column(name = "legal_aid")
    public String legalAid;
    @Column(name = "medical_care")
    public String medicalCare;
    @Column(name = "reflection_period_start")
    public LocalDate reflectionPeriodStart;
    @Column(name = "reflection_period_end")
    public LocalDate reflectionPeriodEnd;
    @Column(name = "residence_procedure")
    public String residenceProcedure;
    @Column(name = "residence_applied_on")
    public LocalDate residenceAppliedOn;
    @Column(name = "residence_decided_on")
    public LocalDate residenceDecidedOn;
    @Version
    public int version;

    @OneToMany(mappedBy = "approach", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    public List<ShelterRequest> shelterRequests = new ArrayList<>();

    @OneToMany(mappedBy = "approach", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    public List<Agreement> agreements = new ArrayList<>();
}
