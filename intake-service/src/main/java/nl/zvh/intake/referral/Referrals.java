package nl.zvh.intake.referral;

import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import nl.zvh.intake.reference.Domain;
import nl.zvh.intake.reference.ReferenceData;
import nl.zvh.platform.audit.AuditAction;
import nl.zvh.platform.audit.AuditLog;
import nl.zvh.platform.outbox.Outbox;
import nl.zvh.platform.problem.ProblemException;
import nl.zvh.platform.security.CurrentUser;

/** Submitting, reading and withdrawing referrals. Every read or change of personal data is audited. */
@ApplicationScoped
public class Referrals {
    static final String AUDIT_TYPE = "referral";

    @Inject
    CurrentUser user;
    @Inject
    ReferralScope scope;
    @Inject
    ReferenceData referenceData;
    @Inject
    Outbox outbox;
    @Inject
    AuditLog audit;

    @Transactional
    public ReferralView submit(NewReferral request) {
        String house = user.requireHouse();
        checkAgainstReferenceData(house, request);
        Referral referral = new Referral();
        referral.id = UUID.randomUUID();
        referral.house = house;
        referral.status = ReferralStatus.SUBMITTED;
        referral.municipality = request.municipality();
        referral.referrerUserId = user.id();
        referral.referrerName = user.name();
        referral.referrerOrganisation = user.requireOrganisation();
        referral.referrerDomain = referenceData.domainOf(house, referral.referrerOrganisation)
                .map(Domain::name).orElse(null);
        referral.question = request.question();
        referral.triedAlready = request.triedAlready();
        referral.urgency = request.urgency();
        referral.personInformed = request.personInformed();
        referral.notInformedReason = request.notInformedReason();
        referral.controllingPartner = request.controllingPartner();
        referral.problemAreas.addAll(request.problemAreas());
        referral.createdAt = Instant.now();
        referral.submittedAt = referral.createdAt;
        ReferralPersons.addAll(referral, request);
        referral.persist();
        outbox.publish(ReferralEvents.TOPIC, referral.id.toString(), ReferralEvents.SUBMITTED, 1, house,
                ReferralEvents.submitted(referral));
        auditPersons(AuditAction.CREATE, referral, "referral-submission");
        return ReferralView.of(referral);
    }

    @Transactional
    public ReferralView get(UUID id) {
        Referral referral = scope.find(id).orElseThrow(() -> ProblemException.notFound("referral " + id));
        auditPersons(AuditAction.READ, referral, "referral-follow-up");
        return ReferralView.of(referral);
    }

    @Transactional
    public List<ReferralSummary> list(ReferralStatus status, int page, int size) {
        String where = scope.where() + (status == null ? "" : " and status = :status");
        var parameters = scope.parameters();
        if (status != null) {
            parameters = parameters.and("status", status);
        }
        List<Referral> referrals = Referral.<Referral>find(where, Sort.descending("createdAt"), parameters)
                .page(Page.of(page, size)).list();
        audit.recordEach(AuditAction.SEARCH, AUDIT_TYPE,
                referrals.stream().map(r -> r.id.toString()).toList(), "referral-follow-up");
        return referrals.stream().map(ReferralSummary::of).toList();
    }

    @Transactional
    public ReferralView withdraw(UUID id, String reason) {
        Referral referral = scope.find(id).orElseThrow(() -> ProblemException.notFound("referral " + id));
        if (!referral.referrerOrganisation.equals(user.organisation())) {
            throw ProblemException.notFound("referral " + id);
        }
        if (referral.status != ReferralStatus.SUBMITTED && referral.status != ReferralStatus.DRAFT) {
            throw ProblemException.conflict("A referral can only be withdrawn before triage; it is " + referral.status);
        }
        referral.status = ReferralStatus.WITHDRAWN;
        referral.withdrawnAt = Instant.now();
        referral.withdrawnReason = reason;
        outbox.publish(ReferralEvents.TOPIC, referral.id.toString(), ReferralEvents.WITHDRAWN, 1, referral.house,
                new ReferralEvents.ReferralWithdrawnV1(referral.id, referral.house, referral.withdrawnAt, reason));
        auditPersons(AuditAction.UPDATE, referral, "referral-withdrawal");
        return ReferralView.of(referral);
    }

    private void checkAgainstReferenceData(String house, NewReferral request) {
        if (!referenceData.isMunicipalityOf(house, request.municipality())) {
            throw ProblemException.invalid("municipality", "is not a municipality of this house");
        }
        for (String code : request.problemAreas()) {
            if (!referenceData.isProblemArea(code)) {
                throw ProblemException.invalid("problemAreas", "unknown problem area: " + code);
            }
        }
        if (request.personInformed() != PersonInformed.INFORMED
                && (request.notInformedReason() == null || request.notInformedReason().isBlank())) {
            throw ProblemException.invalid("notInformedReason", "is required when the person was not informed");
        }
    }

    private void auditPersons(AuditAction action, Referral referral, String purpose) {
        for (ReferralPerson person : referral.persons) {
            audit.record(action, AUDIT_TYPE, referral.id.toString(), person.id.toString(), purpose);
        }
    }
}
