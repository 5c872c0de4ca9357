package nl.zvh.intake.question;

/** open → answered, and from open or answered → became a referral ({@link Question}'s rules). */
public enum QuestionStatus {
    OPEN, ANSWERED, BECAME_REFERRAL
}
