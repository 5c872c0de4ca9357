package nl.zvh.coveca.cases;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * The versions of a case's action plan: every change raises the version; the approved version is the last one a
 * second person approved (four-eyes houses) and follows every change elsewhere; the rejected version is the last one
 * a second person refused (it waits for a new change, not for approval). A value, replaced on each change.
 */
@Embeddable
public record PlanVersions(@Column(name = "plan_version") int version,
        @Column(name = "plan_approved_version") int approvedVersion, @Column(name = "plan_changed_by") String changedBy,
        @Column(name = "plan_rejected_version") int rejectedVersion) {

    /** The plan of a new case: version 0, approved. */
    static PlanVersions first() {
        return new PlanVersions(0, 0, null, 0);
    }

    PlanVersions changed(String by, boolean fourEyes) {
        int next = version + 1;
        return new PlanVersions(next, fourEyes ? approvedVersion : next, by, rejectedVersion);
    }

    PlanVersions approved() {
        return new PlanVersions(version, version, changedBy, rejectedVersion);
    }

    PlanVersions rejected() {
        return new PlanVersions(version, approvedVersion, changedBy, version);
    }

    public boolean isApproved() {
        return approvedVersion >= version;
    }

    /** The current version was refused by a second person: it waits for a new change. */
    public boolean isRejected() {
        return !isApproved() && rejectedVersion >= version;
    }

    /** The current version waits for a second person's approval or refusal. */
    public boolean waitsForApproval() {
        return !isApproved() && !isRejected();
    }
}
