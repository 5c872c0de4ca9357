package nl.zvh.intake.referral;

/** Whether the person was informed of the referral (legal ground for sharing), and if not, why. */
public enum PersonInformed {
    INFORMED,
    /** not informed because informing would endanger someone */
    NOT_INFORMED_SAFETY,
    /** not informed because of a criminal investigation */
    NOT_INFORMED_CRIMINAL_INVESTIGATION
}
