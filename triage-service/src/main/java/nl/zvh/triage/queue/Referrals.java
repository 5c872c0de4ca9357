package nl.zvh.triage.queue;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.zvh.platform.audit.AuditAction;
import nl.zvh.platform.audit.AuditLog;
import nl.zvh.platform.problem.ProblemException;
import nl.zvh.platform.tracing.TraceParent;
import org.jboss.logging.Logger;

/**
 * The referrals on the triage table: receiving and withdrawing them as intake reports, finding one of a house, and
 * auditing who was looked at. The other features change a referral through its state rules ({@link TriageReferral}),
 * whose refusals {@link #enforce(Runnable)} turns into the 409 problem clients and pages read.
 */
@ApplicationScoped
public class Referrals {
    private static final Logger LOG = Logger.getLogger(Referrals.class);

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    /**
     * Puts a submitted referral on the queue (in the consumer's transaction).
     *
     * @return the new referral, or empty when triage already has it (the same referral under another event id:
     *         the first stays)
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<TriageReferral> receive(TriageReferral.Submission submission,
            List<TriageReferral.SubmittedPerson> persons) {
        if (TriageReferral.findById(submission.referralId()) != null) {
            return Optional.empty();
        }
        TriageReferral referral = TriageReferral.received(submission, persons, clock.instant());
        referral.arrivedIn(TraceParent.ofCurrentSpan());
        referral.persist();
        return Optional.of(referral);
    }

    /**
     * Takes over a referral of the house's history (in the consumer's transaction); empty when triage has it already.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<TriageReferral> receiveImported(TriageReferral.Submission submission,
            List<TriageReferral.SubmittedPerson> persons, Instant withdrawnAt) {
        if (TriageReferral.findById(submission.referralId()) != null) {
            return Optional.empty();
        }
        TriageReferral referral = TriageReferral.imported(submission, persons, clock.instant(), withdrawnAt);
        referral.persist();
        return Optional.of(referral);
    }

    /** Intake withdrew a referral of {@code house}; one the table already decided keeps its decision. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void withdraw(UUID referralId, String house, Instant withdrawnAt) {
        TriageReferral referral = TriageReferral.findById(referralId);
        if (referral == null || !referral.house().equals(house)) {
            return;
        }
        try {
            referral.withdraw(withdrawnAt);
        } catch (IllegalStateException refused) {
            LOG.infof("withdrawal of referral %s not applied: %s", referralId, refused.getMessage());
        }
    }

    /** A referral of {@code house} that is not erased; a 404 problem otherwise. */
    public TriageReferral ofHouse(UUID referralId, String house) {
        return TriageReferral
                .<TriageReferral>find("referralId = ?1 and house = ?2 and erasedAt is null", referralId, house)
                .firstResultOptional().orElseThrow(() -> ProblemException.notFound("referral " + referralId));
    }

    /** A referral whatever its house or state (for the agenda, which holds referral ids). */
    public Optional<TriageReferral> find(UUID referralId) {
        return TriageReferral.findByIdOptional(referralId);
    }

    /** The referrals of these ids in one statement (their persons follow in batches), by id. */
    public java.util.Map<UUID, TriageReferral> findAll(Collection<UUID> referralIds) {
        if (referralIds.isEmpty()) {
            return java.util.Map.of();
        }
        return TriageReferral.<TriageReferral>list("referralId in ?1", referralIds).stream()
                .collect(java.util.stream.Collectors.toMap(TriageReferral::referralId, r -> r));
    }

    /** Of {@code referralIds}, those triage holds in {@code house} and has not erased yet. */
    public List<UUID> notErased(String house, Collection<UUID> referralIds) {
        if (referralIds.isEmpty()) {
            return List.of();
        }
        return TriageReferral
                .<TriageReferral>find("referralId in ?1 and house = ?2 and erasedAt is null", referralIds, house).list()
                .stream().map(TriageReferral::referralId).toList();
    }

    /** Writes one audit row per person of the referral (the audit log holds person refs, never names). */
    public void auditPersons(AuditAction action, String recordType, TriageReferral referral, String purpose) {
        auditPersons(action, recordType, List.of(referral), purpose);
    }

    /** One audit row per person of each referral, in one statement (an agenda of 150 referrals is one write). */
    public void auditPersons(AuditAction action, String recordType, List<TriageReferral> shown, String purpose) {
        audit.recordAll(action, recordType, shown.stream()
                .flatMap(r -> r.persons().stream()
                        .map(p -> new AuditLog.Touched(r.referralId().toString(), p.personId().toString())))
                .toList(), purpose);
    }

    /** Applies a state rule of a referral; a refusal becomes a 409 problem with the rule's words. */
    public static void enforce(Runnable rule) {
        try {
            rule.run();
        } catch (IllegalStateException refused) {
            throw ProblemException.conflict(refused.getMessage());
        }
    }
}
