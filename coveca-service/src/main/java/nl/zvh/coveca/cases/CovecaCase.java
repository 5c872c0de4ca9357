package nl.zvh.coveca.cases;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.zvh.platform.problem.ProblemException;
import org.hibernate.annotations.BatchSize;

/**
 * A complex case (casus) of one house under process direction, with its state rules: it opens with exactly one main
 * person; persons, partners, process direction, plan changes and escalation change only while it is open; closing
 * needs a reason (and, moved out of region, the receiving municipality) and in four-eyes houses a second person's
 * approval; only a case that is not open can be reopened. A refused transition is a problem (400 naming the field,
 * or 409), as the API answers it.
 */
@Entity
@Table(name = "coveca_case")
public class CovecaCase extends PanacheEntityBase {
    @Id
    private UUID id;

    private String house;
    private String municipality;

    @Enumerated(EnumType.STRING)
    private Intensity intensity;

    @Enumerated(EnumType.STRING)
    private SubApproach subApproach;

    @Enumerated(EnumType.STRING)
    private CaseStatus status;

    @Enumerated(EnumType.STRING)
    private CaseSource source;

    private UUID sourceReferralId;

    private UUID sourceTrackId;

    private String processDirectorId;

    private String processDirectorName;
    /** The process director's display name (token claim {@code name}) for the pages; null on older cases. */
    private String processDirectorDisplayName;

    private LocalDate startDate;

    private Instant openedAt;

    private Instant closedAt;
    /** Set when the retention job anonymised the case (in SQL): kept for the figures only, never shown. */
    private Instant erasedAt;

    @Embedded
    private Closure closure;
    /** Current AVE escalation level, null when not escalated. */
    @Enumerated(EnumType.STRING)
    private AveLevel escalationLevel;

    @Embedded
    private PlanVersions plan;

    @Version
    private long version;

    @OneToMany(mappedBy = "caseFile", cascade = CascadeType.ALL)
    @OrderBy("addedAt, identity.lastName")
    @BatchSize(size = 100)
    private List<CasePerson> persons = new ArrayList<>();

    @OneToMany(mappedBy = "caseFile", cascade = CascadeType.ALL)
    @OrderBy("addedAt, organisation")
    @BatchSize(size = 100)
    private List<CasePartner> partners = new ArrayList<>();

    protected CovecaCase() {
    }

    /**
     * A new open case, started on the command's start date (else today), with exactly one main person and each
     * partner organisation once.
     */
    public static CovecaCase open(OpenCase command, Instant at) {
        if (command.persons().stream().filter(p -> p.role() == PersonRole.MAIN).count() != 1) {
            throw new IllegalArgumentException("a case opens with exactly one main person");
        }
        if (command.partners().stream().map(p -> p.organisation().strip().toLowerCase()).distinct().count() != command
                .partners().size()) {
            throw ProblemException.invalid("partners", "an organisation is listed twice");
        }
        CovecaCase c = new CovecaCase();
        c.id = UUID.randomUUID();
        c.house = command.house();
        c.municipality = command.municipality();
        c.intensity = command.intensity();
        c.subApproach = command.subApproach();
        c.status = CaseStatus.OPEN;
        c.source = command.source();
        c.sourceReferralId = command.sourceReferralId();
        c.sourceTrackId = command.sourceTrackId();
        c.processDirectorId = command.director() == null ? null : command.director().id();
        c.processDirectorName = command.director() == null ? null : command.director().name();
        c.processDirectorDisplayName = command.director() == null ? null : command.director().displayName();
        c.openedAt = at;
        c.startDate = command.startDate() == null ? LocalDate.now() : command.startDate();
        c.plan = PlanVersions.first();
        // persons of one opening are added a microsecond apart, so the case lists them in the order given
        for (int i = 0; i < command.persons().size(); i++) {
            c.persons.add(new CasePerson(c, command.persons().get(i), at.plus(i, ChronoUnit.MICROS)));
        }
        command.partners().forEach(p -> c.partners.add(new CasePartner(c, p, at)));
        return c;
    }

    /**
     * A case taken over from the house's previous system (source IMPORTED): opened {@code openedAt} (its start date),
     * with exactly one main person, and, when the previous system closed it, closed {@code closedAt} with that reason
     * (no approval: it was closed then). A moved-out case may lack the receiving municipality (the previous system
     * did not keep it); an end before the start is refused.
     */
    public static CovecaCase imported(OpenCase command, Instant openedAt, ClosureReason reason, Instant closedAt,
            String note, String by) {
        if (command.source() != CaseSource.IMPORTED) {
            throw new IllegalArgumentException("an imported case has source IMPORTED");
        }
        if ((reason == null) != (closedAt == null)) {
            throw ProblemException.invalid("reason", "a closed case has a reason, an open one none");
        }
        if (closedAt != null && closedAt.isBefore(openedAt)) {
            throw ProblemException.invalid("closedAt", "is before the start");
        }
        CovecaCase c = open(command, openedAt);
        if (closedAt != null) {
            c.closure = new Closure(reason, null, note, null, by, closedAt);
            c.close(closedAt);
        }
        return c;
    }

    /** Refuses (409) every change but reopening once the case is no longer open. */
    public void requireOpen() {
        if (!isOpen()) {
            throw ProblemException.conflict("case " + id + " is " + status);
        }
    }

    /** A system member joins the open case; a platform person already in it is refused. */
    public CasePerson addPerson(PersonData data, Instant at) {
        requireOpen();
        if (data.identity().personId() != null && person(data.identity().personId()).isPresent()) {
            throw ProblemException.invalid("personId", "this person is already in the case");
        }
        CasePerson added = new CasePerson(this, data, at);
        persons.add(added);
        return added;
    }

    /** A partner organisation gets involved in the open case, once. */
    public CasePartner involve(CaseRequests.NewPartner partner, Instant at) {
        requireOpen();
        if (involves(partner.organisation().strip())) {
            throw ProblemException.invalid("organisation", "this organisation is already involved");
        }
        CasePartner added = new CasePartner(this, partner, at);
        partners.add(added);
        return added;
    }

    /** A system member leaves the open case; the person stays in its history. */
    public CasePerson endPerson(UUID personId, Instant at) {
        requireOpen();
        CasePerson p = person(personId).orElseThrow(() -> ProblemException.notFound("person " + personId));
        p.end(at);
        return p;
    }

    /** A partner organisation's involvement in the open case ends; it stays in the case's history. */
    public CasePartner endPartner(String organisation, Instant at) {
        requireOpen();
        CasePartner p = partners.stream().filter(x -> x.organisation().equalsIgnoreCase(organisation.strip()))
                .findFirst().orElseThrow(() -> ProblemException.notFound("partner " + organisation));
        p.end(at);
        return p;
    }

    /** The network judges the open case anew: its intensity and sub-approach change. */
    public void reclassify(Intensity intensity, SubApproach subApproach) {
        requireOpen();
        this.intensity = intensity;
        this.subApproach = subApproach;
    }

    /** A process director takes over direction of the open case. */
    public void directedBy(ProcessDirector director) {
        requireOpen();
        processDirectorId = director.id();
        processDirectorName = director.name();
        processDirectorDisplayName = director.displayName();
    }

    /**
     * Closing the open case with a reason: moved out of region names the receiving municipality, no other reason
     * does; the closing meeting must be one of the case's. In a four-eyes house the closure waits for a second
     * person's approval ({@link CaseStatus#CLOSURE_REQUESTED}).
     *
     * @return true when the case is closed now, false when the closure waits for approval
     */
    public boolean requestClosure(CaseRequests.Closure request, boolean closingMeetingOfThisCase, String by, Instant at,
            boolean fourEyes) {
        requireOpen();
        closure = Closure.requested(request, closingMeetingOfThisCase, by, at);
        if (fourEyes) {
            status = CaseStatus.CLOSURE_REQUESTED;
            return false;
        }
        close(at);
        return true;
    }

    /** A second person approves the closure waiting for approval. */
    public void approveClosure(String by, Instant at) {
        if (status != CaseStatus.CLOSURE_REQUESTED) {
            throw ProblemException.conflict("case " + id + " has no closure waiting for approval");
        }
        if (by.equals(closure().requestedBy())) {
            throw ProblemException.conflict("the closure must be approved by a second person");
        }
        close(at);
    }

    private void close(Instant at) {
        status = CaseStatus.CLOSED;
        closedAt = at;
    }

    /** A case that is not open opens again; the closure goes, its reason stays in the reopening's history. */
    public CaseReopening reopen(String by, String reason, Instant at) {
        if (isOpen()) {
            throw ProblemException.conflict("case " + id + " is open");
        }
        CaseReopening reopening = new CaseReopening(id, by, reason.strip(), closure().reason(), at);
        status = CaseStatus.OPEN;
        closedAt = null;
        closure = null;
        return reopening;
    }

    /**
     * One step along the AVE levels of the open case: escalating goes above the current level, de-escalating below
     * it, scaling down to regular care leaves the levels (no level).
     */
    public void escalate(Direction direction, AveLevel level) {
        requireOpen();
        escalationLevel = AveLevel.step(escalationLevel, direction, level);
    }

    /** The open case's plan changed: a new version, approved at once unless the house works four-eyes. */
    public int planChanged(String by, boolean fourEyes) {
        requireOpen();
        plan = plan().changed(by, fourEyes);
        return plan.version();
    }

    /** A second person approves the current plan version of the open case. */
    public void approvePlan(String by) {
        requireOpen();
        if (!plan().waitsForApproval()) {
            throw ProblemException.conflict("plan version " + plan().version() + " does not wait for approval");
        }
        if (by.equals(plan().changedBy())) {
            throw ProblemException.conflict("the plan must be approved by a second person");
        }
        plan = plan().approved();
    }

    /** A second person refuses the current plan version of the open case; it waits for a new change. */
    public void rejectPlan(String by) {
        requireOpen();
        if (!plan().waitsForApproval()) {
            throw ProblemException.conflict("plan version " + plan().version() + " does not wait for approval");
        }
        if (by.equals(plan().changedBy())) {
            throw ProblemException.conflict("the plan must be refused by a second person");
        }
        plan = plan().rejected();
    }

    /** A second person refuses the closure waiting for approval: the case stays open, the closure goes. */
    public void refuseClosure(String by) {
        if (status != CaseStatus.CLOSURE_REQUESTED) {
            throw ProblemException.conflict("case " + id + " has no closure waiting for approval");
        }
        if (by.equals(closure().requestedBy())) {
            throw ProblemException.conflict("the closure must be refused by a second person");
        }
        status = CaseStatus.OPEN;
        closure = null;
    }

    public Optional<CasePerson> mainPerson() {
        return persons.stream().filter(CasePerson::isMain).findFirst();
    }

    /** The main person's full name, or {@code orElse} when the case has none (never for a case opened here). */
    public String mainPersonName(String orElse) {
        return mainPerson().map(CasePerson::fullName).orElse(orElse);
    }

    public Optional<CasePerson> person(UUID personId) {
        return persons.stream().filter(p -> p.personId().equals(personId)).findFirst();
    }

    public boolean involves(String organisation) {
        return partners.stream().anyMatch(p -> p.organisation().equalsIgnoreCase(organisation));
    }

    public List<UUID> personIds() {
        return persons.stream().map(CasePerson::personId).toList();
    }

    public boolean isOpen() {
        return status == CaseStatus.OPEN;
    }

    public boolean isDirectedBy(String userId) {
        return userId != null && userId.equals(processDirectorId);
    }

    public UUID id() {
        return id;
    }

    public String house() {
        return house;
    }

    public String municipality() {
        return municipality;
    }

    public Intensity intensity() {
        return intensity;
    }

    public SubApproach subApproach() {
        return subApproach;
    }

    public CaseStatus status() {
        return status;
    }

    public CaseSource source() {
        return source;
    }

    public UUID sourceReferralId() {
        return sourceReferralId;
    }

    public UUID sourceTrackId() {
        return sourceTrackId;
    }

    public String processDirectorId() {
        return processDirectorId;
    }

    public String processDirectorName() {
        return processDirectorName;
    }

    public String processDirectorDisplayName() {
        return processDirectorDisplayName;
    }

    public LocalDate startDate() {
        return startDate;
    }

    public Instant openedAt() {
        return openedAt;
    }

    public Instant closedAt() {
        return closedAt;
    }

    /** The closure (requested or done); {@link Closure#NONE}'s fields are null while the case is open. */
    public Closure closure() {
        return closure == null ? Closure.NONE : closure;
    }

    public AveLevel escalationLevel() {
        return escalationLevel;
    }

    public PlanVersions plan() {
        return plan == null ? PlanVersions.first() : plan;
    }

    public List<CasePerson> persons() {
        return Collections.unmodifiableList(persons);
    }

    public List<CasePartner> partners() {
        return Collections.unmodifiableList(partners);
    }
}
