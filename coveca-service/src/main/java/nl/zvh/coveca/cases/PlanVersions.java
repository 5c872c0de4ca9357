package nl.zvh.coveca.cases;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * The versions of a case's action plan: every change raises the version; the approved version is the last one a
 * second person approved (four-eyes houses) and follows every change elsewhere. A value, replaced on each change.
 */
@Embeddable
public record PlanVersions(@Column(name = "plan_version") int version,
        @Column(name = "plan_approved_version") int approvedVersion,
        @Column(name = "plan_changed_by") String changedBy) {

    /** The plan of a new case: version 0, approved. */
    static PlanVersions first() {
        return new PlanVersions(0, 0, null);
    }

    PlanVersions changed(String by, boolean fourEyes) {
        int next = version + 1;
        return new PlanVersions(next, fourEyes ? approvedVersion : next, by);
    }

    PlanVersions approved() {
        return new PlanVersions(version, version, changedBy);
    }

    public boolean isApproved() {
        return approvedVersion >= version;
    }
}
