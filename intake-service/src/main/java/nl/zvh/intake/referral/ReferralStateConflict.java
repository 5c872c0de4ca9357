package nl.zvh.intake.referral;

/**
 * A change the referral's state does not allow (submitting what is no longer a draft, withdrawing after triage,
 * closing before the decision); answered as a 409 problem ({@link ReferralProblems}).
 */
public class ReferralStateConflict extends IllegalStateException {
    public ReferralStateConflict(String message) {
        super(message);
    }
}
