package nl.zvh.intake.referral;

import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.zvh.intake.notification.NotificationKind;
import nl.zvh.intake.notification.Notifications;
import nl.zvh.intake.reference.Domain;
import nl.zvh.intake.reference.ReferenceData;
import nl.zvh.platform.audit.AuditAction;
import nl.zvh.platform.audit.AuditLog;
import nl.zvh.platform.changes.Changes;
import nl.zvh.platform.outbox.Outbox;
import nl.zvh.platform.problem.ProblemException;
import nl.zvh.platform.security.CurrentUser;
import nl.zvh.platform.ui.shell.SignedInUser;
import org.jboss.logging.Logger;

/**
 * The lifecycle of a referral: draft → submitted → on the agenda → decided → closed, or withdrawn before triage
 * ({@link Referral}'s rules), in transactions with its events, inbox messages and audit. Every read or change of
 * personal data is audited per person.
 */
@ApplicationScoped
public class Referrals {
    static final String AUDIT_TYPE = "referral";
    private static final Logger LOG = Logger.getLogger(Referrals.class);

    @Inject
    Changes changes;

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

    @Inject
    Notifications notifications;

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
        Referral referral = Referral.draft(id, house, referrer(house), request.toDraft(), Instant.now());
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
        Referral referral = Referral.draft(UUID.randomUUID(), house, referrer(house), request, Instant.now());
        referral.persist();
        auditPersons(AuditAction.CREATE, referral, "referral-draft");
        return ReferralView.of(referral);
    }

    @Transactional
    public ReferralView updateDraft(UUID id, DraftReferral request) {
        Referral referral = ownDraft(id);
        ReferralRules.requireNone(rules.checkDraft(referral.house(), request));
        referral.revise(request);
        auditPersons(AuditAction.UPDATE, referral, "referral-draft");
        return ReferralView.of(referral);
    }

    /** Submits a draft with the full rules; 400 naming the fields still missing or invalid. */
    @Transactional
    public ReferralView submitDraft(UUID id) {
        Referral referral = ownDraft(id);
        ReferralRules.requireNone(rules.checkSubmission(referral.house(), DraftReferral.of(referral).toNewReferral()));
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
        referrals.forEach(r -> audit.record(AuditAction.SEARCH, AUDIT_TYPE, r.id().toString(),
                r.mainPerson().id().toString(), "referral-follow-up"));
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
        if (referral.withdraw(reason, Instant.now())) {
            outbox.publish(ReferralEvents.WITHDRAWN_V1, referral.id(), referral.house(),
                    ReferralEvents.withdrawn(referral));
        }
        auditPersons(AuditAction.UPDATE, referral, "referral-withdrawal");
        return ReferralView.of(referral);
    }

    /** Closes a decided referral (the referrer has the feedback, or the chair closes it). */
    @Transactional
    public ReferralView close(UUID id) {
        Referral referral = scope.find(id).orElseThrow(() -> ProblemException.notFound("referral " + id));
        if (!scope.seesWholeHouse() && !referral.referrer().organisation().equals(user.organisation())) {
            throw ProblemException.notFound("referral " + id);
        }
        referral.close(Instant.now());
        auditPersons(AuditAction.UPDATE, referral, "referral-closure");
        return ReferralView.of(referral);
    }

    /**
     * Triage put the referral on the agenda of a session ({@code ReferralScheduled}); the referrer's organisation
     * hears of it. A referral of another house, one past triage or already on that date stays as it is.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void putOnAgenda(String house, UUID referralId, LocalDate date) {
        Referral referral = ofTriage(house, referralId, "ReferralScheduled");
        if (referral == null || date == null) {
            return;
        }
        if (!referral.schedulable()) {
            LOG.infof("ReferralScheduled for referral %s, which is %s; status kept", referralId, referral.status());
        } else if (referral.putOnAgenda(date)) {
            notifications.record(house, referral.referrer().organisation(), referralId, NotificationKind.ON_AGENDA,
                    date, null, null, null);
        }
    }

    /**
     * The triage table decided ({@code TriageDecided}); the referrer's organisation hears the outcome and advice. A
     * referral of another house, a draft, or one withdrawn or closed stays as it is.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void decide(String house, UUID referralId, Decision decision) {
        Referral referral = ofTriage(house, referralId, "TriageDecided");
        if (referral == null) {
            return;
        }
        if (!referral.decidable()) {
            LOG.infof("TriageDecided for referral %s, which is %s; status kept", referralId, referral.status());
            return;
        }
        referral.decide(decision);
        Decision told = decision.toldToReferrer();
        notifications.record(house, referral.referrer().organisation(), referralId, NotificationKind.DECIDED,
                referral.agendaDate(), told.outcome(), told.programme(), told.advice());
        changes.record(house, referral.referrer().organisation(), "ReferralDecided", "referral", referralId.toString(),
                referral.status().name());
    }

    private static Referral ofTriage(String house, UUID referralId, String event) {
        Referral referral = referralId == null ? null : Referral.findById(referralId);
        if (referral == null || !referral.house().equals(house)) {
            LOG.warnf("%s for an unknown referral %s; ignored", event, referralId);
            return null;
        }
        return referral;
    }

    private Referral own(UUID id) {
        return scope.findOwn(id).orElseThrow(() -> ProblemException.notFound("referral " + id));
    }

    private Referral ownDraft(UUID id) {
        Referral referral = own(id);
        referral.requireDraft();
        return referral;
    }

    /** The referrer as a person reads it (the token's name claim); null for partner systems, which have none. */
    private String displayName() {
        String name = SignedInUser.of(identity).displayName();
        return name == null ? null : name.length() > 200 ? name.substring(0, 200) : name;
    }

    /** The caller as the referrer of a new referral in {@code house}. */
    private Referrer referrer(String house) {
        String organisation = user.requireOrganisation();
        return new Referrer(user.id(), user.name(), displayName(), organisation,
                referenceData.domainOf(house, organisation).map(Domain::name).orElse(null));
    }

    private void auditPersons(AuditAction action, Referral referral, String purpose) {
        for (ReferralPerson person : referral.persons()) {
            audit.record(action, AUDIT_TYPE, referral.id().toString(), person.id().toString(), purpose);
        }
    }
}
