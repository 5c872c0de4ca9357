package nl.zvh.intake.referral;

import java.util.List;
import nl.zvh.platform.problem.Problem;
import nl.zvh.platform.problem.ProblemException;

/** A submission's idempotency key was used before for a different request (422, naming the key). */
public class IdempotencyKeyReused extends ProblemException {
    IdempotencyKeyReused() {
        super(Problem.of(422, "Unprocessable Content",
                "This Idempotency-Key was used for another referral; use a new" + " key for a new referral.",
                List.of(new Problem.FieldError(SubmissionKeys.HEADER, "was used before for a different request"))));
    }
}
