package nl.zvh.trafficking.approach;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CascadeType;
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
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import nl.zvh.platform.problem.ProblemException;
import nl.zvh.trafficking.signal.Signal;

/**
 * A coordinated approach (procesregie by the care coordinator) on one signal, with its care route. Its state rules:
 * it starts OPEN on the day the signal was decided; while OPEN the care route, shelter requests and agreements change
 * (a closed approach refuses every change: 409); it closes once, not before it started, and a closure for OTHER
 * reasons needs notes; reflection periods and residence decisions do not end before they began.
 */
@Entity
@Table(name = "approach")
public class Approach extends PanacheEntityBase {
    @Id
    private UUID id;

    @OneToOne(optional = false)
    @JoinColumn(name = "signal_id")
    private Signal signal;

    private String house;
    private String municipality;

    @Enumerated(EnumType.STRING)
    private ApproachStatus status;

    private LocalDate startedOn;

    private String startedBy;

    private LocalDate closedOn;
    /** Set when the retention job anonymised the approach: kept for the figures only, never shown. */
    private Instant erasedAt;

    @Enumerated(EnumType.STRING)
    private ClosureReason closureReason;

    private String closureNotes;

    private String safetyMeasures;

    private String legalAid;

    private String medicalCare;

    private LocalDate reflectionPeriodStart;

    private LocalDate reflectionPeriodEnd;

    private String residenceProcedure;

    private LocalDate residenceAppliedOn;

    private LocalDate residenceDecidedOn;

    @Version
    private int version;

    @OneToMany(mappedBy = "approach", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<ShelterRequest> shelterRequests = new ArrayList<>();

    @OneToMany(mappedBy = "approach", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<Agreement> agreements = new ArrayList<>();

    protected Approach() {
    }

    /** The coordinated approach the coordinator decided on {@code signal}, open from {@code on}. */
    public static Approach start(Signal signal, LocalDate on, String startedBy) {
        Approach approach = new Approach();
        approach.id = UUID.randomUUID();
        approach.signal = signal;
        approach.house = signal.house;
        approach.municipality = signal.municipality;
        approach.status = ApproachStatus.OPEN;
        approach.startedOn = on;
        approach.startedBy = startedBy;
        return approach;
    }

    /** Safety measures, legal aid, medical care, reflection period and residence procedure; null clears a field. */
    public void planCareRoute(ApproachInputs.CareRoute in) {
        requireOpen();
        if (in.reflectionPeriodStart() != null && in.reflectionPeriodEnd() != null
                && in.reflectionPeriodEnd().isBefore(in.reflectionPeriodStart())) {
            throw ProblemException.invalid("reflectionPeriodEnd", "lies before the start of the reflection period");
        }
        if (in.residenceAppliedOn() != null && in.residenceDecidedOn() != null
                && in.residenceDecidedOn().isBefore(in.residenceAppliedOn())) {
            throw ProblemException.invalid("residenceDecidedOn", "lies before the application");
        }
        safetyMeasures = in.safetyMeasures();
        legalAid = in.legalAid();
        medicalCare = in.medicalCare();
        reflectionPeriodStart = in.reflectionPeriodStart();
        reflectionPeriodEnd = in.reflectionPeriodEnd();
        residenceProcedure = in.residenceProcedure();
        residenceAppliedOn = in.residenceAppliedOn();
        residenceDecidedOn = in.residenceDecidedOn();
    }

    /** Asks a shelter (status ASKED). */
    public ShelterRequest requestShelter(String shelterName, boolean categorical, LocalDate askedOn) {
        requireOpen();
        ShelterRequest request = new ShelterRequest(this, shelterName, categorical, askedOn, shelterRequests.size());
        shelterRequests.add(request);
        return request;
    }

    /** The shelter's answer or the end of the stay ({@link ShelterRequest#answer}). */
    public void answerShelter(UUID requestId, ShelterStatus to, String refusalReason, LocalDate date) {
        requireOpen();
        shelterRequests.stream().filter(r -> r.id().equals(requestId)).findFirst()
                .orElseThrow(() -> ProblemException.notFound("shelter request " + requestId))
                .answer(to, refusalReason, date);
    }

    /** An agreement with a partner (status OPEN). */
    public Agreement agree(String description, String ownerOrganisation, LocalDate dueDate) {
        requireOpen();
        Agreement agreement = new Agreement(this, description, ownerOrganisation, dueDate, agreements.size());
        agreements.add(agreement);
        return agreement;
    }

    /** An agreement's new status ({@link Agreement#changeStatus}). */
    public void changeAgreement(UUID agreementId, AgreementStatus status, String dropReason, LocalDate today) {
        requireOpen();
        agreements.stream().filter(a -> a.id().equals(agreementId)).findFirst()
                .orElseThrow(() -> ProblemException.notFound("agreement " + agreementId))
                .changeStatus(status, dropReason, today);
    }

    /** Closes the approach on {@code closedOn}: not before it started; OTHER needs notes. */
    public void close(ClosureReason reason, String notes, LocalDate closedOn) {
        requireOpen();
        if (closedOn.isBefore(startedOn)) {
            throw ProblemException.invalid("closedOn", "lies before the approach started");
        }
        if (reason == ClosureReason.OTHER && (notes == null || notes.isBlank())) {
            throw ProblemException.invalid("notes", "are required when the closure reason is OTHER");
        }
        status = ApproachStatus.CLOSED;
        this.closedOn = closedOn;
        closureReason = reason;
        closureNotes = notes;
    }

    public boolean isOpen() {
        return status == ApproachStatus.OPEN;
    }

    private void requireOpen() {
        if (!isOpen()) {
            throw ProblemException.conflict("The approach is closed");
        }
    }

    public UUID id() {
        return id;
    }

    public Signal signal() {
        return signal;
    }

    public String house() {
        return house;
    }

    public String municipality() {
        return municipality;
    }

    public ApproachStatus status() {
        return status;
    }

    public LocalDate startedOn() {
        return startedOn;
    }

    public String startedBy() {
        return startedBy;
    }

    public LocalDate closedOn() {
        return closedOn;
    }

    public ClosureReason closureReason() {
        return closureReason;
    }

    public String closureNotes() {
        return closureNotes;
    }

    public ApproachView.CareRoute careRoute() {
        return new ApproachView.CareRoute(safetyMeasures, legalAid, medicalCare, reflectionPeriodStart,
                reflectionPeriodEnd, residenceProcedure, residenceAppliedOn, residenceDecidedOn);
    }

    /** The shelter requests in the order they were asked. */
    public List<ShelterRequest> shelterRequests() {
        return shelterRequests.stream().sorted(Comparator.comparingInt(ShelterRequest::position)).toList();
    }

    /** The agreements in the order they were made. */
    public List<Agreement> agreements() {
        return agreements.stream().sorted(Comparator.comparingInt(Agreement::position)).toList();
    }
}
