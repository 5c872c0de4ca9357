package nl.zvh.coveca.plan;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The action plan of a case: version, approval, goals and agreements. */
public record PlanView(UUID caseId, int version, int approvedVersion, boolean approved, boolean fourEyes,
        List<GoalView> goals, List<AgreementView> agreements) {

    /** A goal. */
    public record GoalView(UUID id, String lifeDomain, String description, Instant createdAt) {
        static GoalView of(PlanGoal g) {
            return new GoalView(g.id, g.lifeDomain, g.description, g.createdAt);
        }
    }

    /** An agreement. */
    public record AgreementView(UUID id, UUID goalId, UUID meetingId, String description, String ownerOrganisation,
            String ownerPerson, LocalDate dueDate, AgreementStatus status, String dropReason, Instant statusChangedAt) {
        public static AgreementView of(Agreement a) {
            return new AgreementView(a.id, a.goalId, a.meetingId, a.description, a.ownerOrganisation, a.ownerPerson,
                    a.dueDate, a.status, a.dropReason, a.statusChangedAt);
        }
    }

    /**
     * One entry of the plan's history; {@code changedByName}: the name people read of who changed it, or null when
     * unknown.
     */
    public record Change(int planVersion, String subjectType, UUID subjectId, String change, String snapshot,
            String changedBy, Instant changedAt, String changedByName) {
    }
}
