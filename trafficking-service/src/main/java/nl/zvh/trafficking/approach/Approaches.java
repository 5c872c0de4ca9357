package nl.zvh.trafficking.approach;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.zvh.platform.audit.AuditAction;
import nl.zvh.platform.audit.AuditLog;
import nl.zvh.platform.outbox.Outbox;
import nl.zvh.platform.problem.ProblemException;
import nl.zvh.platform.security.CurrentUser;
import nl.zvh.trafficking.signal.Outcome;
import nl.zvh.trafficking.signal.Signal;
import nl.zvh.trafficking.signal.SignalScope;
import nl.zvh.trafficking.signal.SignalView;
import nl.zvh.trafficking.signal.Signals;

/**
 * Deciding a signal (advice or coordinated approach), the approach's care route and its closure. Starting and closing
 * publish their event through the outbox in the same transaction. Only the house's coordinators get here.
 */
@ApplicationScoped
public class Approaches {
    static final String AUDIT_TYPE = "trafficking-approach";
    static final String PURPOSE = "trafficking-care-coordination";

    @Inject
    CurrentUser user;
    @Inject
    SignalScope signalScope;
    @Inject
    Signals signals;
    @Inject
    Outbox outbox;
    @Inject
    AuditLog audit;

    @Transactional
    public SignalView decide(UUID signalId, ApproachInputs.Decision decision) {
        Signal signal = signalScope.requireForCoordinator(signalId);
        if (signal.outcome != null) {
            throw ProblemException.conflict("The signal was already decided: " + signal.outcome);
        }
        if (decision.outcome() == Outcome.ADVICE && (decision.advice() == null || decision.advice().isBlank())) {
            throw ProblemException.invalid("advice", "is required for the outcome ADVICE");
        }
        signal.outcome = decision.outcome();
        signal.outcomeOn = LocalDate.now();
        if (decision.outcome() == Outcome.ADVICE) {
            signal.advice = decision.advice();
        } else {
            Approach approach = new Approach();
            approach.id = UUID.randomUUID();
            approach.signal = signal;
            approach.house = signal.house;
            approach.municipality = signal.municipality;
            approach.status = ApproachStatus.OPEN;
            approach.startedOn = signal.outcomeOn;
            approach.startedBy = user.name();
            approach.persist();
            outbox.publish(ApproachEvents.TOPIC, approach.id.toString(), ApproachEvents.STARTED, 1, approach.house,
                    ApproachEvents.started(approach));
        }
        signals.auditPersons(AuditAction.UPDATE, signal, "trafficking-signal-outcome");
        return signals.coordinatorView(signal);
    }

    @Transactional
    public ApproachView get(UUID id) {
        Approach approach = find(id);
        auditVictim(AuditAction.READ, approach);
        return ApproachView.of(approach, LocalDate.now());
    }

    @Transactional
    public List<ApproachView> list(ApproachStatus status) {
        String house = user.requireHouse();
        List<Approach> approaches = status == null
                ? Approach.<Approach>list("house = ?1 and erasedAt is null order by startedOn desc", house)
                : Approach.<Approach>list("house = ?1 and erasedAt is null and status = ?2 order by startedOn desc", house, status);
        approaches.forEach(a -> auditVictim(AuditAction.SEARCH, a));
        LocalDate today = LocalDate.now();
        return approaches.stream().map(a -> ApproachView.of(a, today)).toList();
    }

    @Transactional
    public ApproachView updateCareRoute(UUID id, ApproachInputs.CareRoute in) {
        Approach approach = open(id);
        if (in.reflectionPeriodStart() != null && in.reflectionPeriodEnd() != null
                && in.reflectionPeriodEnd().isBefore(in.reflectionPeriodStart())) {
            throw ProblemException.invalid("reflectionPeriodEnd", "lies before the start of the reflection period");
        }
        if (in.residenceAppliedOn() != null && in.residenceDecidedOn() != null
                && in.residenceDecidedOn().isBefore(in.residenceAppliedOn())) {
            throw ProblemException.invalid("residenceDecidedOn", "lies before the application");
        }
        approach.safetyMeasures = in.safetyMeasures();
        approach.legalAid = in.legalAid();
        approach.medicalCare = in.medicalCare();
        approach.reflectionPeriodStart = in.reflectionPeriodStart();
        approach.reflectionPeriodEnd = in.reflectionPeriodEnd();
        approach.residenceProcedure = in.residenceProcedure();
        approach.residenceAppliedOn = in.residenceAppliedOn();
        approach.residenceDecidedOn = in.residenceDecidedOn();
        return changed(approach);
    }

    @Transactional
    public ApproachView requestShelter(UUID id, ApproachInputs.NewShelterRequest in) {
        Approach approach = open(id);
        ShelterRequest request = new ShelterRequest();
        request.id = UUID.randomUUID();
        request.approach = approach;
        request.shelterName = in.shelterName();
        request.categorical = in.categorical();
        request.status = ShelterStatus.ASKED;
        request.askedOn = in.askedOn() == null ? LocalDate.now() : in.askedOn();
        request.position = approach.shelterRequests.size();
        approach.shelterRequests.add(request);
        return changed(approach);
    }

    @Transactional
    public ApproachView updateShelter(UUID id, UUID requestId, ApproachInputs.ShelterUpdate in) {
        Approach approach = open(id);
        ShelterRequest request = approach.shelterRequests.stream().filter(r -> r.id.equals(requestId)).findFirst()
                .orElseThrow(() -> ProblemException.notFound("shelter request " + requestId));
        ShelterTransitions.apply(request, in);
        return changed(approach);
    }

    @Transactional
    public ApproachView addAgreement(UUID id, ApproachInputs.NewAgreement in) {
        Approach approach = open(id);
        Agreement agreement = new Agreement();
        agreement.id = UUID.randomUUID();
        agreement.approach = approach;
        agreement.description = in.description();
        agreement.ownerOrganisation = in.ownerOrganisation();
        agreement.dueDate = in.dueDate();
        agreement.status = AgreementStatus.OPEN;
        agreement.position = approach.agreements.size();
        approach.agreements.add(agreement);
        return changed(approach);
    }

    @Transactional
    public ApproachView updateAgreement(UUID id, UUID agreementId, ApproachInputs.AgreementUpdate in) {
        Approach approach = open(id);
        Agreement agreement = approach.agreements.stream().filter(a -> a.id.equals(agreementId)).findFirst()
                .orElseThrow(() -> ProblemException.notFound("agreement " + agreementId));
        if (in.status() == AgreementStatus.DROPPED && (in.dropReason() == null || in.dropReason().isBlank())) {
            throw ProblemException.invalid("dropReason", "is required when an agreement is dropped");
        }
        agreement.status = in.status();
        agreement.dropReason = in.status() == AgreementStatus.DROPPED ? in.dropReason() : null;
        agreement.doneOn = in.status() == AgreementStatus.DONE ? LocalDate.now() : null;
        return changed(approach);
    }

    @Transactional
    public ApproachView close(UUID id, ApproachInputs.Closure in) {
        Approach approach = open(id);
        LocalDate closedOn = in.closedOn() == null ? LocalDate.now() : in.closedOn();
        if (closedOn.isBefore(approach.startedOn)) {
            throw ProblemException.invalid("closedOn", "lies before the approach started");
        }
        if (in.reason() == ClosureReason.OTHER && (in.notes() == null || in.notes().isBlank())) {
            throw ProblemException.invalid("notes", "are required when the closure reason is OTHER");
        }
        approach.status = ApproachStatus.CLOSED;
        approach.closedOn = closedOn;
        approach.closureReason = in.reason();
        approach.closureNotes = in.notes();
        outbox.publish(ApproachEvents.TOPIC, approach.id.toString(), ApproachEvents.CLOSED, 1, approach.house,
                ApproachEvents.closed(approach));
        return changed(approach);
    }

    @Transactional
    public List<OpenShelterRequest> openShelterRequests() {
        List<ShelterRequest> requests = ShelterRequest.<ShelterRequest>list("""
                select r from ShelterRequest r join r.approach a
                 where a.house = ?1 and a.status = ?2 and r.status = ?3 order by r.askedOn""",
                user.requireHouse(), ApproachStatus.OPEN, ShelterStatus.ASKED);
        requests.forEach(r -> auditVictim(AuditAction.SEARCH, r.approach));
        return requests.stream().map(OpenShelterRequest::of).toList();
    }

    Approach find(UUID id) {
        return Approach.<Approach>find("id = ?1 and house = ?2 and erasedAt is null", id, user.requireHouse()).firstResultOptional()
                .orElseThrow(() -> ProblemException.notFound("approach " + id));
    }

    private Approach open(UUID id) {
        Approach approach = find(id);
        if (approach.status != ApproachStatus.OPEN) {
            throw ProblemException.conflict("The approach is closed");
        }
        return approach;
    }

    private ApproachView changed(Approach approach) {
        auditVictim(AuditAction.UPDATE, approach);
        return ApproachView.of(approach, LocalDate.now());
    }

    void auditVictim(AuditAction action, Approach approach) {
        audit.record(action, AUDIT_TYPE, approach.id.toString(), approach.signal.victim().id.toString(), PURPOSE);
    }
}
