package nl.zvh.triage.queue;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;
import nl.zvh.platform.audit.AuditAction;
import nl.zvh.platform.security.CurrentUser;

/** The caller's house queue of referrals waiting for triage: urgent first, then oldest first. */
@ApplicationScoped
public class TriageQueue {

    @Inject
    CurrentUser user;

    @Inject
    Referrals referrals;

    private static final String WAITING = "house = ?1 and status = ?2 and erasedAt is null";
    private static final String URGENCY_ORDER = "case urgency when 'CRISIS' then 0 when 'URGENT' then 1 else 2 end";

    @Transactional
    public List<QueueItem> waiting() {
        return audited(TriageReferral.<TriageReferral>find(WAITING + " order by " + URGENCY_ORDER + ", submittedAt",
                user.requireHouse(), QueueStatus.WAITING).list());
    }

    /** How many referrals of the caller's house wait (for paging). */
    @Transactional
    public long countWaiting() {
        return TriageReferral.count(WAITING, user.requireHouse(), QueueStatus.WAITING);
    }

    /**
     * One page of the waiting referrals for the table's UI; only the referrals shown are audited.
     *
     * @param sort {@code urgency} (urgent first, then oldest: the queue's order), {@code submitted} or
     *             {@code municipality}; anything else sorts by urgency
     */
    @Transactional
    public List<QueueItem> waiting(String sort, boolean descending, int offset, int size) {
        String dir = descending ? " desc" : "";
        String order = switch (sort == null ? "" : sort) {
            case "submitted" -> "submittedAt" + dir;
            case "municipality" -> "municipality" + dir + ", submittedAt";
            default -> URGENCY_ORDER + dir + ", submittedAt" + dir;
        };
        return audited(TriageReferral.<TriageReferral>find(WAITING + " order by " + order + ", referralId",
                user.requireHouse(), QueueStatus.WAITING).range(offset, offset + size - 1).list());
    }

    private List<QueueItem> audited(List<TriageReferral> found) {
        for (TriageReferral r : found) {
            referrals.auditPersons(AuditAction.SEARCH, "triage-referral", r, "triage");
        }
        return found.stream().map(QueueItem::of).toList();
    }

    /** Where a referral of the caller's house stands (no person data, not audited); 404 outside the house. */
    @Transactional
    public QueueStatus statusOf(UUID referralId) {
        return referrals.ofHouse(referralId, user.requireHouse()).status();
    }

    /**
     * A referral's file with all its persons (any status); one audit row per person, in one statement; 404 outside
     * the house.
     */
    @Transactional
    public ReferralFile file(UUID referralId) {
        TriageReferral r = referrals.ofHouse(referralId, user.requireHouse());
        referrals.auditPersons(AuditAction.READ, "triage-referral", r, "triage");
        return ReferralFile.of(r);
    }

    /** One referral of the caller's house (any status), audited; 404 outside the house. */
    @Transactional
    public QueueItem one(UUID referralId) {
        TriageReferral r = referrals.ofHouse(referralId, user.requireHouse());
        referrals.auditPersons(AuditAction.READ, "triage-referral", r, "triage");
        return QueueItem.of(r);
    }
}
