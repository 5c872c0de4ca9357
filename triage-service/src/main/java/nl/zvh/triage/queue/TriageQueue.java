package nl.zvh.triage.queue;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import nl.zvh.platform.audit.AuditAction;
import nl.zvh.platform.audit.AuditLog;
import nl.zvh.platform.security.CurrentUser;

/** The caller's house queue of referrals waiting for triage: urgent first, then oldest first. */
@ApplicationScoped
public class TriageQueue {

    @Inject
    CurrentUser user;
    @Inject
    AuditLog audit;

    @Transactional
    public List<QueueItem> waiting() {
        List<TriageReferral> referrals = TriageReferral.<TriageReferral>find("""
                house = ?1 and status = ?2 and erasedAt is null
                order by case urgency when 'CRISIS' then 0 when 'URGENT' then 1 else 2 end, submittedAt""",
                user.requireHouse(), QueueStatus.WAITING).list();
        for (TriageReferral r : referrals) {
            for (TriagePerson p : r.persons) {
                audit.record(AuditAction.SEARCH, "triage-referral", r.referralId.toString(),
                        p.personId.toString(), "triage");
            }
        }
        return referrals.stream().map(QueueItem::of).toList();
    }

    /** One referral of the caller's house (any status), audited; 404 outside the house. */
    @Transactional
    public QueueItem one(java.util.UUID referralId) {
        TriageReferral r = TriageReferral.<TriageReferral>find("referralId = ?1 and house = ?2 and erasedAt is null", referralId,
                user.requireHouse()).firstResultOptional()
                .orElseThrow(() -> nl.zvh.platform.problem.ProblemException.notFound("referral " + referralId));
        for (TriagePerson p : r.persons) {
            audit.record(AuditAction.READ, "triage-referral", r.referralId.toString(), p.personId.toString(),
                    "triage");
        }
        return QueueItem.of(r);
    }
}
