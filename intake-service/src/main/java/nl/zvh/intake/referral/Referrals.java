package nl.zvh.intake.referral;

import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.zvh.intake.reference.Domain;
import nl.zvh.intake.reference.ReferenceData;
import nl.zvh.platform.audit.AuditAction;
import nl.zvh.platform.audit.AuditLog;
import nl.zvh.platform.outbox.Outbox;
import nl.zvh.platform.problem.ProblemException;
import nl.zvh.platform.security.CurrentUser;
import nl.zvh.platform.ui.shell.SignedInUser;

/**
 * The lifecycle of a referral: draft → submitted → on the agenda → decided → closed, or withdrawn before triage.
 * Every read or change of personal data is audited per person.
 */
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
    ReferralRules rules;
    @Inject
    ReferralSubmission submission;
    @Inject
    Outbox outbox;
    @Inject
    AuditLog audit;
    @Inject
    SubmissionKeys keys;
    @Inject
    SecurityIdentity identity;

    /** The answer to a submission: the referral, and whether an earlier submission with the same key filed it. */
    public record Submitted(ReferralView referral, boolean replayed) {
    }

    /** Submits a complete referral at once. */
    @Transactional
    public ReferralView submit(NewReferral request) {
        return submit(request, null).referral();
    }

    /**
     * Submits a complete referral at once; with an idempotency key, a repeated submission (the caller did not get
     * the first answer) returns the referral filed the first time instead of filing another ({@link SubmissionKeys}).
     */
    @Transactional
    public Submitted submit(NewReferral request, String idempotencyKey) {
        SubmissionKeys.requireWellFormed(idempotencyKey);
        String house = user.requireHouse();
        ReferralRules.requireNone(rules.checkSubmission(house, request));
        UUID id = UUID.randomUUID();
        if (idempotencyKey != null) {
            Optional<UUID> earlier = keys.claim(house, user.requireOrganisation(), idempotencyKey, request, id);
            if (earlier.isPresent()) {
                Referral filed = Referral.findById(earlier.get());
                auditPersons(AuditAction.READ, filed, "referral-submission");
                return new Submitted(ReferralView.of(filed), true);
            }
        }
        Referral referral = newReferral(id, house, request.toDraft());
        referral.persist();
        submission.submit(referral);
        auditPersons(AuditAction.CREATE, referral, "referral-submission");
        return new Submitted(ReferralView.of(referral), false);
    }

    /** Saves a draft (concept): only the main person's name is required. */
    @Transactional
    public ReferralView createDraft(DraftReferral request) {
        String house = user.requireHouse();
        ReferralRules.requireNone(rules.checkDraft(house, request));
        Referral referral = newReferral(UUID.randomUUID(), house, request);
        referral.persist();
        auditPersons(AuditAction.CREATE, referral, "referral-draft");
        return ReferralView.of(referral);
    }

    @Transactional
    public ReferralView updateDraft(UUID id, DraftReferral request) {
        Referral referral = ownDraft(id);
        ReferralRules.requireNone(rules.checkDraft(referral.house, request));
        apply(referral, request);
        auditPersons(AuditAction.UPDATE, referral, "referral-draft");
        return ReferralView.of(referral);
    }

    /** Submits a draft with the full rules; 400 naming the fields still missing or invalid. */
    @Transactional
    public ReferralView submitDraft(UUID id) {
        Referral referral = ownDraft(id);
        ReferralRules.requireNone(rules.checkSubmission(referral.house, DraftReferral.of(referral).toNewReferral()));
        submission.submit(referral);
        auditPersons(AuditAction.UPDATE, referral, "referral-submission");
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
        // one entry per person hit (the list shows the main person), person_ref = platform person id
        referrals.forEach(r -> audit.record(AuditAction.SEARCH, AUDIT_TYPE, r.id.toString(),
                r.mainPerson().id.toString(), "referral-follow-up"));
        return referrals.stream().map(ReferralSummary::of).toList();
    }

    /** How many referrals {@link #list} pages through (not audited: no person is read). */
    @Transactional
    public long count(ReferralStatus status) {
        String where = scope.where() + (status == null ? "" : " and status = :status");
        var parameters = scope.parameters();
        if (status != null) {
            parameters = parameters.and("status", status);
        }
        return Referral.count(where, parameters);
    }

    @Transactional
    public ReferralView withdraw(UUID id, String reason) {
        Referral referral = own(id);
        if (referral.status != ReferralStatus.SUBMITTED && referral.status != ReferralStatus.DRAFT) {
            throw ProblemException.conflict("A referral can only be withdrawn before triage; it is " + referral.status);
        }
        boolean triageKnowsIt = referral.status == ReferralStatus.SUBMITTED;
        referral.status = ReferralStatus.WITHDRAWN;
        referral.withdrawnAt = Instant.now();
        referral.withdrawnReason = reason;
        if (triageKnowsIt) {
            outbox.publish(ReferralEvents.TOPIC, referral.id.toString(), ReferralEvents.WITHDRAWN, 1, referral.house,
                    new ReferralEvents.ReferralWithdrawnV1(referral.id, referral.house, referral.withdrawnAt, reason));
        }
        auditPersons(AuditAction.UPDATE, referral, "referral-withdrawal");
        return ReferralView.of(referral);
    }

    /** Closes a decided referral (the referrer has the feedback, or the chair closes it). */
    @Transactional
    public ReferralView close(UUID id) {
        Referral referral = scope.find(id).orElseThrow(() -> ProblemException.notFound("referral " + id));
        if (!scope.seesWholeHouse() && !referral.referrerOrganisation.equals(user.organisation())) {
            throw ProblemException.notFound("referral " + id);
        }
        if (referral.status != ReferralStatus.DECIDED) {
            throw ProblemException.conflict("Only a decided referral can be closed; it is " + referral.status);
        }
        referral.status = ReferralStatus.CLOSED;
        referral.closedAt = Instant.now();
        auditPersons(AuditAction.UPDATE, referral, "referral-closure");
        return ReferralView.of(referral);
    }

    private Referral own(UUID id) {
        return scope.findOwn(id).orElseThrow(() -> ProblemException.notFound("referral " + id));
    }

    private Referral ownDraft(UUID id) {
        Referral referral = own(id);
        if (referral.status != ReferralStatus.DRAFT) {
            throw ProblemException.conflict("Only a draft can be changed or submitted; it is " + referral.status);
        }
        return referral;
    }

    /** The referrer as a person reads it (the token's name claim); null for partner systems, which have none. */
    private String displayName() {
        String name = SignedInUser.of(identity).displayName();
        return name == null ? null : name.length() > 200 ? name.substring(0, 200) : name;
    }

    private Referral newReferral(UUID id, String house, DraftReferral request) {
        Referral referral = new Referral();
        referral.id = id;
        referral.house = house;
        referral.status = ReferralStatus.DRAFT;
        referral.referrerUserId = user.id();
        referral.referrerName = user.name();
        referral.referrerDisplayName = displayName();
        referral.referrerOrganisation = user.requireOrganisation();
        referral.referrerDomain = referenceData.domainOf(house, referral.referrerOrganisation)
                .map(Domain::name).orElse(null);
        referral.createdAt = Instant.now();
        apply(referral, request);
        return referral;
    }

    private static void apply(Referral referral, DraftReferral request) {
        referral.municipality = ReferralPersons.blankToNull(request.municipality());
        referral.question = ReferralPersons.blankToNull(request.question());
        referral.triedAlready = ReferralPersons.blankToNull(request.triedAlready());
        referral.urgency = request.urgency();
        referral.personInformed = request.personInformed();
        referral.notInformedReason = ReferralPersons.blankToNull(request.notInformedReason());
        referral.controllingPartner = ReferralPersons.blankToNull(request.controllingPartner());
        referral.problemAreas.clear();
        if (request.problemAreas() != null) {
            referral.problemAreas.addAll(request.problemAreas());
        }
        ReferralPersons.replaceAll(referral, request);
    }

    private void auditPersons(AuditAction action, Referral referral, String purpose) {
        for (ReferralPerson person : referral.persons) {
            audit.record(action, AUDIT_TYPE, referral.id.toString(), person.id.toString(), purpose);
        }
    }
}
