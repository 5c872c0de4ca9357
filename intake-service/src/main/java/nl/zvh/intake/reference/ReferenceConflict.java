package nl.zvh.intake.reference;

import jakarta.ws.rs.core.Response;
import nl.zvh.platform.problem.Problem;
import nl.zvh.platform.problem.ProblemException;

/**
 * A change of reference data that would overwrite what someone else saved in the meantime, or clash with an entity
 * that exists already. The API answers 409 problem, the admin page keeps the input and says why in Dutch
 * ({@link #reason()}).
 */
public class ReferenceConflict extends ProblemException {
    private static final long serialVersionUID = 1L;

    /** Why the change was refused. */
    public enum Reason {
        /** the form's version is not the stored one: someone else changed it since it was opened */
        STALE,
        /** another entity of the house has this name */
        NAME_TAKEN,
        /** the partner organisation exists with another domain: change it on its own form, not by adding it again */
        OTHER_DOMAIN
    }

    private final Reason reason;

    public ReferenceConflict(Reason reason, String detail) {
        super(Problem.of(Response.Status.CONFLICT, detail));
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
