package nl.zvh.coveca.cases;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A second process director's refusal, with the reason, of a plan version ({@code PLAN}) or a requested closure
 * ({@code CLOSURE}) in a four-eyes house; only added, never changed.
 */
@Entity
@Table(name = "approval_refusal")
public class ApprovalRefusal extends PanacheEntityBase {
    /** What was refused. */
    public static final String PLAN = "PLAN";
    public static final String CLOSURE = "CLOSURE";

    /** A refusal as the case page shows it. */
    public record View(String subject, int planVersion, String reason, String refusedByName, Instant refusedAt) {
        public boolean plan() {
            return PLAN.equals(subject);
        }
    }

    @Id
    private UUID id;

    private UUID caseId;

    private String subject;

    private int planVersion;

    private String reason;

    private String refusedBy;

    private String refusedByName;

    private Instant refusedAt;

    protected ApprovalRefusal() {
    }

    /** Records a refusal of {@code subject} on case {@code c} (its plan version as it stands). */
    public static void record(CovecaCase c, String subject, String reason, String by, String byName, Instant at) {
        ApprovalRefusal r = new ApprovalRefusal();
        r.id = UUID.randomUUID();
        r.caseId = c.id();
        r.subject = subject;
        r.planVersion = c.plan().version();
        r.reason = reason.strip();
        r.refusedBy = by;
        r.refusedByName = byName;
        r.refusedAt = at;
        r.persist();
    }

    /** The refusals on a case, newest first (the caller scoped and audited the case). */
    public static List<View> of(UUID caseId) {
        return ApprovalRefusal.<ApprovalRefusal>list("caseId = ?1 order by refusedAt desc", caseId).stream()
                .map(r -> new View(r.subject, r.planVersion, r.reason, r.refusedByName, r.refusedAt)).toList();
    }
}
